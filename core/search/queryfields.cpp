// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in fields of the query language (docs/SEARCH.md, "Fields"): known without the library's
// schema, and found before it, so `tag:` means the keywords whatever the registry's aliases say; and the
// flags has: and is: take.

#include "search/queryparser.h"

#include <QHash>

#include <initializer_list>

namespace Folio::Search {

namespace {

const QHash<QString, FieldInfo> &builtinFields()
{
    static const QHash<QString, FieldInfo> fields = [] {
        QHash<QString, FieldInfo> table;
        const auto add = [&table](FieldKind kind, std::initializer_list<const char *> keys) {
            for (const char *key : keys) {
                table.insert(QLatin1String(key), FieldInfo { QLatin1String(key), kind });
            }
        };
        add(FieldKind::Keyword,
            { "kind", "type", "ext", "tag", "creator", "status", "classification", "folder", "collection", "camera",
                "campaign", "product", "region", "language" });
        add(FieldKind::Text, { "title", "description", "keywords", "body" });
        add(FieldKind::Number, { "size", "width", "height", "pages", "duration", "rating" });
        add(FieldKind::Date, { "created", "modified" });
        table.insert(QStringLiteral("tags"), FieldInfo { QStringLiteral("tag"), FieldKind::Keyword });
        return table;
    }();
    return fields;
}

} // namespace

std::optional<FieldInfo> QueryParser::builtinField(const QString &name)
{
    const QHash<QString, FieldInfo> &fields = builtinFields();
    const auto it = fields.constFind(name.toLower());
    if (it == fields.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

QStringList QueryParser::builtinFieldNames()
{
    QStringList names = builtinFields().keys();
    names.sort();
    return names;
}

QStringList QueryParser::flagNames(bool has)
{
    static const QStringList hasFlags { QStringLiteral("text"), QStringLiteral("gps") };
    static const QStringList isFlags { QStringLiteral("duplicate"), QStringLiteral("protected") };
    return has ? hasFlags : isFlags;
}

} // namespace Folio::Search
