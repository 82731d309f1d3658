// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemurl.h"

#include <QRegularExpression>

namespace Folio::ItemUrl {

QUrl make(const QString &uuid)
{
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setHost(QStringLiteral("item"));
    url.setPath(QLatin1Char('/') + uuid);
    return url;
}

QString uuidOf(const QString &argument)
{
    const QUrl url(argument.trimmed());
    if (url.scheme() != QLatin1String(scheme) || url.host() != QLatin1String("item")) {
        return {};
    }
    // Uuids as Folio writes them (lower-case hex with dashes); anything else is not a link of ours.
    static const QRegularExpression uuid(QStringLiteral("^/([0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})/?$"));
    const QRegularExpressionMatch match = uuid.match(url.path());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

bool isLink(const QString &argument)
{
    return !uuidOf(argument).isEmpty();
}

} // namespace Folio::ItemUrl
