// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes item metadata values: JSON, plus typed copies (text, number, date) and one
// metadata_term row per term of a multi-valued field, so searches use indexes. Borrowed Database;
// writes run inside the caller's transaction.

#include "domain/records.h"
#include "error.h"

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Folio {

class Database;

struct TypedValue
{
    QJsonValue json;
    QVariant text;   // comparable text (single values)
    QVariant number; // numbers, booleans
    QVariant date;   // ISO dates
    QStringList terms;
};

class MetadataRepository
{
public:
    explicit MetadataRepository(Database &db) : m_db(db) {}

    Result<QList<MetadataValue>> forItem(qint64 itemId);
    Result<std::optional<QJsonValue>> value(qint64 itemId, qint64 fieldId);
    Result<void> set(qint64 itemId, qint64 fieldId, const TypedValue &value, qint64 actorId, const QString &now);
    Result<void> remove(qint64 itemId, qint64 fieldId);
    Result<void> deleteForItem(qint64 itemId);

private:
    Database &m_db;
};

} // namespace Folio
