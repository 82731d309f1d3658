// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/field.h"

#include <array>
#include <utility>

namespace Folio {

namespace {
constexpr std::array<std::pair<FieldType, const char *>, 8> names{{
    {FieldType::Text, "text"},
    {FieldType::Number, "number"},
    {FieldType::Date, "date"},
    {FieldType::Bool, "bool"},
    {FieldType::Enum, "enum"},
    {FieldType::MultiEnum, "multi-enum"},
    {FieldType::Person, "person"},
    {FieldType::ItemRef, "item"},
}};
} // namespace

QString fieldTypeName(FieldType type)
{
    for (const auto &[value, name] : names) {
        if (value == type) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("text");
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (const auto &[value, text] : names) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace Folio
