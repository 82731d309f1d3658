// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataformmodel.h"

#include "policy/defaultschema.h"

#include "librarysession.h"
#include "policy/metadatavalidator.h"

#include <QSet>

namespace Folio {

namespace {
void flatten(const QList<VocabularyTerm> &terms, QStringList &into)
{
    for (const VocabularyTerm &term : terms) {
        into.append(term.value);
        flatten(term.children, into);
    }
}

bool appliesTo(const FieldDefinition &field, const QString &kind)
{
    return field.appliesTo == QLatin1String("both") || field.appliesTo == kind;
}
} // namespace

MetadataFormModel::MetadataFormModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void MetadataFormModel::load(LibrarySession &session, const QList<qint64> &itemIds)
{
    const quint64 generation = ++m_generation;
    m_itemIds = itemIds;
    if (itemIds.isEmpty()) {
        m_loading = false;
        setSnapshot({});
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    session.run<MetadataSnapshot>(
        LibrarySession::Kind::Read, [itemIds](SessionContext &cx) { return MetadataBatch(cx.library()).read(itemIds); },
        this,
        [this, generation](const Result<MetadataSnapshot> &snapshot) {
            if (generation != m_generation) {
                return; // the selection moved on meanwhile
            }
            m_loading = false;
            if (!snapshot) {
                Q_EMIT loadFailed(snapshot.error().message());
                return;
            }
            setSnapshot(*snapshot);
            Q_EMIT loaded();
        });
}

void MetadataFormModel::clear()
{
    ++m_generation;
    m_loading = false;
    m_itemIds.clear();
    setSnapshot({});
}

void MetadataFormModel::setSnapshot(MetadataSnapshot snapshot)
{
    QList<Row> rows = buildRows(snapshot);
    bool sameFields = rows.size() == m_rows.size();
    for (qsizetype row = 0; sameFields && row < rows.size(); ++row) {
        const FieldDefinition &now = rows.at(row).field;
        const FieldDefinition &before = m_rows.at(row).field;
        sameFields = now.key == before.key && now.type == before.type && now.label == before.label
            && now.required == before.required && now.vocabulary == before.vocabulary;
    }
    if (sameFields) {
        m_snapshot = std::move(snapshot);
        m_rows = std::move(rows);
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        }
        return;
    }
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows = std::move(rows);
    endResetModel();
}

QList<MetadataFormModel::Row> MetadataFormModel::buildRows(const MetadataSnapshot &snapshot) const
{
    QHash<QString, const Vocabulary *> vocabularies;
    for (const Vocabulary &vocabulary : snapshot.vocabularies) {
        vocabularies.insert(vocabulary.key, &vocabulary);
    }
    QList<Row> rows;
    for (const FieldDefinition &field : snapshot.fields) {
        Row row;
        row.field = field;
        const QList<QJsonValue> values = snapshot.values.value(field.key);
        for (qsizetype i = 0; i < snapshot.items.size() && i < values.size(); ++i) {
            if (appliesTo(field, snapshot.items.at(i).kind)) {
                row.items.append(snapshot.items.at(i).id);
                row.values.append(values.at(i));
            }
        }
        if (row.items.isEmpty()) {
            continue; // no selected item has this field
        }
        row.mixed = std::any_of(row.values.cbegin(), row.values.cend(),
            [&row](const QJsonValue &value) { return value != row.values.first(); });
        if (!row.mixed) {
            row.text = MetadataBatch::displayText(field, row.values.first());
        }
        if (const Vocabulary *vocabulary = vocabularies.value(field.vocabulary)) {
            flatten(vocabulary->terms, row.terms);
            row.terms.removeDuplicates();
            row.closed = !vocabulary->open;
        }
        rows.append(row);
    }
    return rows;
}

int MetadataFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MetadataFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return SchemaJson::displayLabel(row.field);
    case Qt::ToolTipRole: return row.field.description.isEmpty() ? QVariant() : row.field.description;
    case KeyRole: return row.field.key;
    case TypeRole: return int(row.field.type);
    case RequiredRole: return row.field.required;
    case MixedRole: return row.mixed;
    case ValueTextRole: return row.text;
    case TermsRole: return row.terms;
    case ClosedRole: return row.closed;
    case ReadOnlyRole: return isReadOnly(index.row());
    case ItemCountRole: return int(row.items.size());
    default: return {};
    }
}

QHash<int, QByteArray> MetadataFormModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(TypeRole, "type");
    names.insert(RequiredRole, "required");
    names.insert(MixedRole, "mixed");
    names.insert(ValueTextRole, "valueText");
    names.insert(TermsRole, "terms");
    names.insert(ClosedRole, "closed");
    names.insert(ReadOnlyRole, "readOnly");
    names.insert(ItemCountRole, "itemCount");
    return names;
}

int MetadataFormModel::rowOfKey(const QString &key) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).field.key == key) {
            return int(row);
        }
    }
    return -1;
}

bool MetadataFormModel::isReadOnly(int row) const
{
    Q_UNUSED(row);
    // The schema has no per-field lock yet; a library on read-only media refuses every change.
    return m_snapshot.readOnly;
}

Result<TypedValue> MetadataFormModel::parse(int row, const QString &text) const
{
    const Row &form = m_rows.at(row);
    const QSet<QString> terms(form.terms.cbegin(), form.terms.cend());
    return MetadataValidator::parse(
        form.field, text, form.closed, [&terms](const QString &term) -> Result<bool> { return terms.contains(term); },
        [](const QString &) -> Result<bool> { return true; });
}

bool MetadataFormModel::wouldChange(int row, const TypedValue &value) const
{
    const Row &form = m_rows.at(row);
    return std::any_of(
        form.values.cbegin(), form.values.cend(), [&value](const QJsonValue &held) { return held != value.json; });
}

QList<MetadataAssignment> MetadataFormModel::assignments(int row, const QString &text) const
{
    QList<MetadataAssignment> result;
    for (const qint64 item : m_rows.at(row).items) {
        result.append({ item, text });
    }
    return result;
}

} // namespace Folio
