// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Folio::Translations {

QLocale chosenLocale(const QString &preferred)
{
    if (const QString wanted = qEnvironmentVariable("FOLIO_LANGUAGE"); !wanted.isEmpty()) {
        return QLocale(wanted);
    }
    if (!preferred.isEmpty()) {
        return QLocale(preferred);
    }
    return QLocale::system();
}

QString install(const QString &preferred)
{
    const QLocale locale = chosenLocale(preferred);
    // English is the source language: nothing to install, and a German system's Qt strings must not mix in.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return {};
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto *folio = new QTranslator(QCoreApplication::instance());
    if (folio->load(locale, QStringLiteral("folio"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(folio);
        // The .qm's own language tag may be empty while its strings are being translated: name the
        // locale's language then.
        const QString language = folio->language().isEmpty() ? locale.name() : folio->language();
        return language.section(QLatin1Char('_'), 0, 0);
    }
    delete folio;
    return {};
}

} // namespace Folio::Translations
