// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/metadatavalidator.h"

#include "domain/ids.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace Folio {

namespace {
Result<void> checkTerm(const FieldDefinition &field, const QString &term, bool closed,
                       const MetadataValidator::TermCheck &hasTerm)
{
    if (!closed) {
        return {};
    }
    auto known = hasTerm(term);
    if (!known) {
        return std::unexpected(known.error());
    }
    if (!*known) {
        return fail(Error::Code::Validation,
                    MetadataValidator::tr("\"%1\" is not a value of the field %2 (its vocabulary \"%3\" is closed).")
                        .arg(term, field.key, field.vocabulary));
    }
    return {};
}
} // namespace

Result<TypedValue> MetadataValidator::parse(const FieldDefinition &field, const QString &raw, bool closedVocabulary,
                                            const TermCheck &hasTerm, const ItemCheck &itemExists)
{
    const QString text = raw.trimmed();
    TypedValue value;
    if (text.isEmpty()) {
        if (field.required) {
            return fail(Error::Code::Validation, tr("The field %1 is required and cannot be empty.").arg(field.key));
        }
        value.json = QJsonValue(QJsonValue::Null);
        return value;
    }

    switch (field.type) {
    case FieldType::Text:
    case FieldType::Person:
        value.json = text;
        value.text = text;
        break;
    case FieldType::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            return fail(Error::Code::Validation, tr("The field %1 takes a number, not \"%2\".").arg(field.key, text));
        }
        value.json = number;
        value.number = number;
        break;
    }
    case FieldType::Date: {
        QDate date = QDate::fromString(text, Qt::ISODate);
        QString stored;
        if (date.isValid() && text.size() == 10) {
            stored = date.toString(Qt::ISODate);
        } else {
            const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!time.isValid()) {
                return fail(Error::Code::Validation,
                            tr("The field %1 takes a date like 2025-03-31 (or an ISO date-time), not \"%2\".")
                                .arg(field.key, text));
            }
            stored = Ids::format(time);
        }
        value.json = stored;
        value.date = stored;
        break;
    }
    case FieldType::Bool: {
        const QString lower = text.toLower();
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("on")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("off")};
        if (!yes.contains(lower) && !no.contains(lower)) {
            return fail(Error::Code::Validation, tr("The field %1 takes yes or no, not \"%2\".").arg(field.key, text));
        }
        value.json = yes.contains(lower);
        value.number = yes.contains(lower) ? 1 : 0;
        break;
    }
    case FieldType::Enum:
        if (auto ok = checkTerm(field, text, closedVocabulary, hasTerm); !ok) {
            return std::unexpected(ok.error());
        }
        value.json = text;
        value.text = text;
        value.terms = {text};
        break;
    case FieldType::MultiEnum: {
        QStringList terms;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString term = part.trimmed();
            if (term.isEmpty() || terms.contains(term)) {
                continue;
            }
            if (auto ok = checkTerm(field, term, closedVocabulary, hasTerm); !ok) {
                return std::unexpected(ok.error());
            }
            terms.append(term);
        }
        value.json = QJsonArray::fromStringList(terms);
        value.terms = terms;
        break;
    }
    case FieldType::ItemRef: {
        auto exists = itemExists(text.toLower());
        if (!exists) {
            return std::unexpected(exists.error());
        }
        if (!*exists) {
            return fail(Error::Code::Validation, tr("The field %1 refers to an item, and there is no item %2.").arg(field.key, text));
        }
        value.json = text.toLower();
        value.text = text.toLower();
        break;
    }
    }
    return value;
}

} // namespace Folio
