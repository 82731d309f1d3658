// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The metadata editor's form without widgets: one row per schema field that applies to at least one of
// the selected items, holding the field's definition, the items' common value or "mixed", the terms of its
// vocabulary (for completion) and whether it may be edited. It reads the schema and the items' values on
// the LibrarySession's thread (load()); an answer for an older selection is dropped. It parses what a user
// types exactly as the core will (MetadataValidator), checking closed vocabularies against the terms read,
// and says which assignments a new value makes (one per item the field applies to).
//
// Thread safety: a QObject of the GUI thread. Ownership: borrows the session passed to load().

#include "library/metadatabatch.h"
#include "store/metadatarepository.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace Folio {

class LibrarySession;

class MetadataFormModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // the field's canonical key
        TypeRole, // FieldType as int
        RequiredRole,
        MixedRole, // the items hold different values
        ValueTextRole, // the common value as typed (empty when unset or mixed)
        TermsRole, // the vocabulary's terms, flattened (QStringList)
        ClosedRole, // the vocabulary refuses other values
        ReadOnlyRole,
        ItemCountRole, // how many of the items the field applies to
    };

    explicit MetadataFormModel(QObject *parent = nullptr);

    // Reads the schema and ITEMIDS' values on SESSION's thread; the rows follow when the answer comes
    // (loaded()), unless load() or clear() was called again meanwhile. No items clears at once.
    void load(LibrarySession &session, const QList<qint64> &itemIds);
    void clear();
    // Replaces the form: when the fields are the same as before the rows stay and dataChanged() says the
    // values changed (an open editor keeps its place); otherwise the model is reset.
    void setSnapshot(MetadataSnapshot snapshot);
    const MetadataSnapshot &snapshot() const { return m_snapshot; }
    QList<qint64> itemIds() const { return m_itemIds; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOfKey(const QString &key) const;
    const FieldDefinition &field(int row) const { return m_rows.at(row).field; }
    bool isMixed(int row) const { return m_rows.at(row).mixed; }
    QString valueText(int row) const { return m_rows.at(row).text; }
    QStringList terms(int row) const { return m_rows.at(row).terms; }
    bool isClosed(int row) const { return m_rows.at(row).closed; }
    bool isReadOnly(int row) const;
    // The items the field at ROW applies to.
    QList<qint64> itemsOf(int row) const { return m_rows.at(row).items; }

    // TEXT parsed for the field at ROW as the core will parse it. Item references are only checked for
    // existence when the change is applied (that needs the database).
    Result<TypedValue> parse(int row, const QString &text) const;
    // Whether VALUE differs from what at least one item holds.
    bool wouldChange(int row, const TypedValue &value) const;
    // TEXT for every item the field at ROW applies to.
    QList<MetadataAssignment> assignments(int row, const QString &text) const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Row
    {
        FieldDefinition field;
        QList<qint64> items;
        QList<QJsonValue> values; // per entry of items
        bool mixed = false;
        QString text;
        QStringList terms;
        bool closed = false;
    };
    QList<Row> buildRows(const MetadataSnapshot &snapshot) const;

    MetadataSnapshot m_snapshot;
    QList<Row> m_rows;
    QList<qint64> m_itemIds;
    quint64 m_generation = 0; // answers of older loads are dropped
    bool m_loading = false;
};

} // namespace Folio
