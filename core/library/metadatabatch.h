// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Metadata of many items at once, for the inspector's editor: read the schema with every selected item's
// values in one go, and set one field on many items in ONE audited transaction (all or nothing), each
// item to its own value, returning what each item held before so the change can be undone exactly.
// Each item's change is its own "metadata.set" audit event, as ItemOperations::setMetadata writes it
// (which edits one item with several fields; this edits one field of many items).
//
// Thread safety: one thread at a time, like its Library. Ownership: borrows the Library.

#include "domain/field.h"
#include "domain/records.h"
#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Folio {

class Library;

// The schema and the values of a set of items, as read in one snapshot.
struct MetadataSnapshot
{
    QList<FieldDefinition> fields; // schema order
    QList<Vocabulary> vocabularies;
    QList<Item> items; // in the order asked for; ids that no longer exist are left out
    // Field key → one value per entry of items (Null where the item has none).
    QHash<QString, QList<QJsonValue>> values;
    bool readOnly = false;
};

// One item's value of the field being set, as a user would type it (MetadataBatch::displayText); an empty
// text clears the field.
struct MetadataAssignment
{
    qint64 itemId = 0;
    QString text;
};

struct MetadataBatchResult
{
    QList<MetadataAssignment> previous; // every assigned item's value before, in the order given
    int changed = 0; // items whose value actually changed
};

class MetadataBatch
{
    Q_DECLARE_TR_FUNCTIONS(Folio::MetadataBatch)

public:
    enum class Mode {
        Edit, // the user's new value: it must fit the schema, required fields included
        Restore // putting back values the items held (undo): an empty value is allowed even when the
                // field has since become required, since the item was like that before
    };

    explicit MetadataBatch(Library &library)
        : m_library(library)
    { }

    // The schema and ITEMIDS' values (builtin fields read from the items' own columns).
    Result<MetadataSnapshot> read(const QList<qint64> &itemIds);

    // Sets FIELDKEY (a key or alias) on every item of ASSIGNMENTS to its text, in one transaction; nothing
    // is written when one of them does not fit the schema or the field does not apply to an item's kind.
    Result<MetadataBatchResult> apply(
        const QString &fieldKey, const QList<MetadataAssignment> &assignments, Mode mode = Mode::Edit);

    // VALUE as a user types it for FIELD, and as MetadataValidator::parse reads it back to the same value
    // (lists comma-separated, numbers in their shortest exact form, booleans as true/false).
    static QString displayText(const FieldDefinition &field, const QJsonValue &value);

private:
    Library &m_library;
};

} // namespace Folio
