// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectortechnicalpage.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Folio {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr qsizetype shownValueLength = 2000; // a thumbnail blob or an XMP packet can be long

QString valueText(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isArray() || value.isObject()) {
        text = QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    } else {
        text = value.toVariant().toString();
    }
    return text.size() > shownValueLength ? text.left(shownValueLength) + QStringLiteral("…") : text;
}

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &name, const QString &value, const QString &key)
{
    auto *row = new QTreeWidgetItem(parent, { name, value });
    row->setData(0, KeyRole, key);
    row->setToolTip(1, value.left(500));
    return row;
}
} // namespace

InspectorTechnicalPage::InspectorTechnicalPage(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    m_filter->setPlaceholderText(tr("Filter properties"));
    m_filter->setAccessibleName(tr("Filter technical properties"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setAccessibleName(tr("Technical metadata"));
    m_tree->setHeaderLabels({ tr("Property"), tr("Value") });
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Long keys (Image.YCbCrPositioning) must not push the values out of a narrow dock: the user can widen it.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 170);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &InspectorTechnicalPage::applyFilter);
}

void InspectorTechnicalPage::setExtraction(const std::optional<ExtractionRecord> &record)
{
    m_tree->clear();
    if (!record) {
        auto *row = new QTreeWidgetItem(m_tree, { tr("Extraction"), tr("Not extracted yet") });
        row->setData(0, KeyRole, QStringLiteral("state"));
        return;
    }
    auto *summary = new QTreeWidgetItem(m_tree, { tr("File") });
    addRow(summary, tr("Detected type"), record->detectedType, QStringLiteral("detected_type"));
    addRow(summary, tr("Extraction"), record->state == QLatin1String("done") ? tr("Done") : tr("Failed"),
        QStringLiteral("state"));
    if (record->width > 0 && record->height > 0) {
        addRow(summary, tr("Dimensions"), tr("%1 × %2 px").arg(record->width).arg(record->height),
            QStringLiteral("dimensions"));
    }
    if (record->pages > 0) {
        addRow(summary, tr("Pages"), QString::number(record->pages), QStringLiteral("pages"));
    }
    if (record->extensionMismatch) {
        addRow(summary, tr("Extension"), tr("Does not match the content"), QStringLiteral("extension_mismatch"));
    }
    if (record->isProtected) {
        addRow(summary, tr("Protected"), tr("Needs a password"), QStringLiteral("protected"));
    }
    if (!record->error.isEmpty()) {
        addRow(summary, tr("Error"), record->error, QStringLiteral("error"));
    }
    for (const QString &warning : record->warnings) {
        addRow(summary, tr("Warning"), warning, QStringLiteral("warning"));
    }
    addRow(summary, tr("Extracted"), record->extractedAt, QStringLiteral("extracted_at"));
    summary->setExpanded(true);

    if (!record->fields.isEmpty()) {
        auto *fields = new QTreeWidgetItem(m_tree, { tr("Mapped fields") });
        for (auto it = record->fields.constBegin(); it != record->fields.constEnd(); ++it) {
            addRow(fields, it.key(), valueText(it.value()), it.key());
        }
        fields->setExpanded(true);
    }

    // Tags by family: the key's first part ("Exif.Image.Make" → Exif, "pdf.Producer" → pdf).
    QHash<QString, QTreeWidgetItem *> families;
    for (const auto &value : record->tags) {
        const QJsonObject tag = value.toObject();
        const QString key = tag.value(QStringLiteral("key")).toString();
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        const QString family = dot > 0 ? key.left(dot) : tr("Other");
        QTreeWidgetItem *&group = families[family];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, { family });
            group->setExpanded(true);
        }
        QTreeWidgetItem *row
            = addRow(group, dot > 0 ? key.mid(dot + 1) : key, valueText(tag.value(QStringLiteral("value"))), key);
        row->setToolTip(0, tr("%1 (%2)").arg(key, tag.value(QStringLiteral("type")).toString()));
    }
    for (QTreeWidgetItem *group : std::as_const(families)) {
        group->setText(1, tr("%n tag(s)", nullptr, group->childCount()));
    }
    applyFilter();
}

QString InspectorTechnicalPage::valueOf(const QString &key) const
{
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(top);
        if (group->data(0, KeyRole).toString() == key) {
            return group->text(1);
        }
        for (int child = 0; child < group->childCount(); ++child) {
            if (group->child(child)->data(0, KeyRole).toString() == key) {
                return group->child(child)->text(1);
            }
        }
    }
    return {};
}

void InspectorTechnicalPage::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem *group = m_tree->topLevelItem(top);
        int shown = 0;
        for (int child = 0; child < group->childCount(); ++child) {
            QTreeWidgetItem *row = group->child(child);
            const bool match = needle.isEmpty() || row->text(0).contains(needle, Qt::CaseInsensitive)
                || row->text(1).contains(needle, Qt::CaseInsensitive)
                || row->data(0, KeyRole).toString().contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(group->childCount() > 0 && shown == 0);
    }
}

} // namespace Folio
