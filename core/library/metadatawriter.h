// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One field's value of one item, read and written the one way both editing paths share (ItemOperations::
// setMetadata for folioctl set, MetadataBatch for the client's editor): built-in fields (title,
// classification, status) are item columns, the others metadata rows; a write adds new terms of an open
// vocabulary, touches the item and records a metadata.set audit event with the old and new value.
// Call inside the library's write transaction. One thread at a time, like its Library.

#include "domain/field.h"
#include "domain/records.h"
#include "error.h"
#include "store/metadatarepository.h"

#include <QHash>
#include <QJsonValue>

namespace Folio {

class Library;

class MetadataWriter
{
public:
    explicit MetadataWriter(Library &library)
        : m_library(library)
    { }

    // What ITEM holds for FIELD now (null when nothing); a built-in field is read from ITEM itself.
    Result<QJsonValue> current(const Item &item, const FieldDefinition &field);
    // The built-in FIELD's value in ITEM (null for other fields).
    static QJsonValue builtinValue(const FieldDefinition &field, const Item &item);
    // Writes VALUE for FIELD of ITEM unless it equals BEFORE; returns whether it wrote.
    Result<bool> write(const Item &item, const FieldDefinition &field, const TypedValue &value,
        const QJsonValue &before, const QString &now);

private:
    Library &m_library;
    QHash<QString, std::optional<qint64>> m_openVocabularies; // vocabulary name → its id when open
};

} // namespace Folio
