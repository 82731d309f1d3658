// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/metadatawriter.h"

#include "library/library.h"
#include "store/itemrepository.h"
#include "store/schemarepository.h"

#include <QJsonObject>

namespace Folio {

QJsonValue MetadataWriter::builtinValue(const FieldDefinition &field, const Item &item)
{
    if (field.key == QLatin1String("title")) {
        return item.title;
    }
    if (field.key == QLatin1String("classification")) {
        return item.classification;
    }
    if (field.key == QLatin1String("status")) {
        return item.status;
    }
    return QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> MetadataWriter::current(const Item &item, const FieldDefinition &field)
{
    if (field.builtin) {
        return builtinValue(field, item);
    }
    auto value = MetadataRepository(m_library.database()).value(item.id, field.id);
    if (!value) {
        return std::unexpected(value.error());
    }
    return value->value_or(QJsonValue(QJsonValue::Null));
}

Result<bool> MetadataWriter::write(const Item &item, const FieldDefinition &field, const TypedValue &value,
    const QJsonValue &before, const QString &now)
{
    if (before == value.json) {
        return false; // writing the value that is already there changes nothing
    }
    Database &db = m_library.database();
    ItemRepository items(db);
    if (field.builtin) {
        if (auto set = items.setColumn(item.id, field.key, value.json.toString(), now, m_library.actorId()); !set) {
            return std::unexpected(set.error());
        }
    } else {
        MetadataRepository metadata(db);
        auto written = value.json.isNull() ? metadata.remove(item.id, field.id)
                                           : metadata.set(item.id, field.id, value, m_library.actorId(), now);
        if (!written) {
            return std::unexpected(written.error());
        }
        if (!field.vocabulary.isEmpty() && !value.terms.isEmpty()) {
            if (!m_openVocabularies.contains(field.vocabulary)) {
                auto vocabulary = SchemaRepository(db).vocabulary(field.vocabulary);
                m_openVocabularies.insert(field.vocabulary,
                    vocabulary && vocabulary->open ? std::optional<qint64>(vocabulary->id) : std::nullopt);
            }
            if (const std::optional<qint64> open = m_openVocabularies.value(field.vocabulary)) {
                for (const QString &term : value.terms) {
                    if (auto added = SchemaRepository(db).addTerm(*open, term); !added) {
                        return std::unexpected(added.error());
                    }
                }
            }
        }
        if (auto touched = items.touch(item.id, now, m_library.actorId()); !touched) {
            return std::unexpected(touched.error());
        }
    }
    const QJsonObject change { { QStringLiteral("old"), before }, { QStringLiteral("new"), value.json } };
    if (auto recorded = m_library.record(QStringLiteral("metadata.set"), QStringLiteral("item"), item.uuid, item.uuid,
            QJsonObject { { field.key, change } });
        !recorded) {
        return std::unexpected(recorded.error());
    }
    return true;
}

} // namespace Folio
