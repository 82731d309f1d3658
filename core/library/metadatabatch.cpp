// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/metadatabatch.h"

#include "domain/ids.h"
#include "library/library.h"
#include "library/metadatawriter.h"
#include "policy/metadatavalidator.h"
#include "store/itemrepository.h"
#include "store/metadatarepository.h"
#include "store/schemarepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Folio {

namespace {
bool appliesTo(const FieldDefinition &field, const Item &item)
{
    return field.appliesTo == QLatin1String("both") || field.appliesTo == item.kind;
}

} // namespace

Result<MetadataSnapshot> MetadataBatch::read(const QList<qint64> &itemIds)
{
    Database &db = m_library.database();
    SchemaRepository schema(db);
    MetadataSnapshot snapshot;
    snapshot.readOnly = m_library.isReadOnly();
    auto fields = schema.fields();
    if (!fields) {
        return std::unexpected(fields.error());
    }
    snapshot.fields = *fields;
    auto vocabularies = schema.vocabularies();
    if (!vocabularies) {
        return std::unexpected(vocabularies.error());
    }
    snapshot.vocabularies = *vocabularies;

    ItemRepository items(db);
    MetadataRepository metadata(db);
    for (const FieldDefinition &field : std::as_const(snapshot.fields)) {
        snapshot.values.insert(field.key, {});
    }
    for (const qint64 id : itemIds) {
        auto item = items.byId(id);
        if (!item) {
            if (item.error().code() == Error::Code::NotFound) {
                continue; // purged meanwhile: the selection will follow
            }
            return std::unexpected(item.error());
        }
        if (item->tombstone) {
            continue;
        }
        auto values = metadata.forItem(id);
        if (!values) {
            return std::unexpected(values.error());
        }
        QHash<QString, QJsonValue> byKey;
        for (const MetadataValue &value : std::as_const(*values)) {
            byKey.insert(value.field, value.value);
        }
        for (const FieldDefinition &field : std::as_const(snapshot.fields)) {
            snapshot.values[field.key].append(field.builtin ? MetadataWriter::builtinValue(field, *item)
                                                            : byKey.value(field.key, QJsonValue(QJsonValue::Null)));
        }
        snapshot.items.append(*item);
    }
    return snapshot;
}

Result<MetadataBatchResult> MetadataBatch::apply(
    const QString &fieldKey, const QList<MetadataAssignment> &assignments, Mode mode)
{
    Database &db = m_library.database();
    SchemaRepository schema(db);
    auto found = schema.resolve(fieldKey);
    if (!found) {
        return std::unexpected(found.error());
    }
    FieldDefinition field = *found;
    if (mode == Mode::Restore) {
        field.required = false;
    }
    bool closed = false;
    qint64 vocabularyId = 0;
    if (!field.vocabulary.isEmpty()) {
        auto vocabulary = schema.vocabulary(field.vocabulary);
        if (!vocabulary) {
            return std::unexpected(vocabulary.error());
        }
        closed = !vocabulary->open;
        vocabularyId = vocabulary->id;
    }

    ItemRepository items(db);
    struct Edit
    {
        Item item;
        TypedValue value;
    };
    // Everything is checked before the transaction starts, so a refusal names the first item that does
    // not fit and leaves every item as it was.
    QList<Edit> edits;
    edits.reserve(assignments.size());
    for (const MetadataAssignment &assignment : assignments) {
        auto item = items.byId(assignment.itemId);
        if (!item) {
            return std::unexpected(item.error());
        }
        if (!appliesTo(field, *item)) {
            return fail(Error::Code::Validation,
                tr("The field %1 applies to %2s only, and item %3 is a %4.")
                    .arg(field.key, field.appliesTo, item->uuid, item->kind));
        }
        auto value = MetadataValidator::parse(
            field, assignment.text, closed, [&](const QString &term) { return schema.hasTerm(vocabularyId, term); },
            [&](const QString &uuid) -> Result<bool> {
                auto referenced = items.resolve(uuid);
                if (!referenced && referenced.error().code() != Error::Code::NotFound) {
                    return std::unexpected(referenced.error());
                }
                return bool(referenced);
            });
        if (!value) {
            return std::unexpected(value.error());
        }
        edits.append({ *item, *value });
    }

    MetadataBatchResult result;
    result.previous.reserve(edits.size());
    auto ok = m_library.write([&]() -> Result<void> {
        MetadataWriter writer(m_library);
        const QString now = Ids::now();
        for (const Edit &edit : std::as_const(edits)) {
            // Read again inside the transaction: another writer may have changed it since.
            auto current = items.byId(edit.item.id);
            if (!current) {
                return std::unexpected(current.error());
            }
            auto before = writer.current(*current, field);
            if (!before) {
                return std::unexpected(before.error());
            }
            result.previous.append({ edit.item.id, displayText(field, *before) });
            auto wrote = writer.write(*current, field, edit.value, *before, now);
            if (!wrote) {
                return std::unexpected(wrote.error());
            }
            result.changed += *wrote ? 1 : 0;
        }
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return result;
}

QString MetadataBatch::displayText(const FieldDefinition &field, const QJsonValue &value)
{
    Q_UNUSED(field);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        // The shortest text that reads back as the same double, in the C locale parse() expects.
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &part : value.toArray()) {
            parts.append(displayText(field, part));
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: break;
    }
    return {};
}

} // namespace Folio
