// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Folio::Translations {

QString install()
{
    const QString wanted = qEnvironmentVariable("FOLIO_LANGUAGE");
    const QLocale locale = wanted.isEmpty() ? QLocale() : QLocale(wanted);

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *folio = new QTranslator(QCoreApplication::instance());
    if (folio->load(locale, QStringLiteral("folio"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(folio);
        return folio->language();
    }
    return {};
}

} // namespace Folio::Translations
