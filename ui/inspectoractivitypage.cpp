// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectoractivitypage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Folio {

namespace {
enum Column { WhenColumn, WhoColumn, WhatColumn, DetailColumn };
constexpr int ActionRole = Qt::UserRole + 1;

QString shortValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return InspectorActivityPage::tr("none");
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return value.toVariant().toString();
}

// "title: a → b; version: 2", from what the event recorded.
QString details(const AuditRecord &event)
{
    if (event.redacted || !event.values) {
        return event.redacted ? InspectorActivityPage::tr("(values redacted)") : QString();
    }
    QStringList parts;
    for (auto it = event.values->constBegin(); it != event.values->constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (it.value().isObject() && change.contains(QStringLiteral("old")) && change.contains(QStringLiteral("new"))) {
            parts.append(InspectorActivityPage::tr("%1: %2 → %3")
                             .arg(it.key(), shortValue(change.value(QStringLiteral("old"))),
                                 shortValue(change.value(QStringLiteral("new")))));
        } else if (it.key() != QLatin1String("sha256") && it.key() != QLatin1String("source")
            && it.key() != QLatin1String("target")) {
            // Hashes and uuids say nothing to a reader; the titles beside them do.
            parts.append(InspectorActivityPage::tr("%1: %2").arg(it.key(), shortValue(it.value())));
        }
    }
    QString text = parts.join(QStringLiteral("; "));
    return text.size() > 300 ? text.left(300) + QStringLiteral("…") : text;
}
} // namespace

InspectorActivityPage::InspectorActivityPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(this))
{
    m_list->setAccessibleName(tr("Activity"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Details") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
}

QString InspectorActivityPage::describe(const QString &action)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("item.create"), QT_TR_NOOP("Added") },
        { QStringLiteral("item.rename"), QT_TR_NOOP("Renamed") },
        { QStringLiteral("item.move"), QT_TR_NOOP("Moved") },
        { QStringLiteral("item.trash"), QT_TR_NOOP("Moved to the Trash") },
        { QStringLiteral("item.restore"), QT_TR_NOOP("Put back from the Trash") },
        { QStringLiteral("item.purge"), QT_TR_NOOP("Deleted for good") },
        { QStringLiteral("item.rate"), QT_TR_NOOP("Rated") },
        { QStringLiteral("item.label"), QT_TR_NOOP("Labelled") },
        { QStringLiteral("version.add"), QT_TR_NOOP("New version") },
        { QStringLiteral("version.revert"), QT_TR_NOOP("Reverted") },
        { QStringLiteral("version.extract"), QT_TR_NOOP("Extracted") },
        { QStringLiteral("version.ocr"), QT_TR_NOOP("Text recognised (OCR)") },
        { QStringLiteral("version.unpack"), QT_TR_NOOP("Unpacked") },
        { QStringLiteral("metadata.set"), QT_TR_NOOP("Metadata changed") },
        { QStringLiteral("relation.add"), QT_TR_NOOP("Linked") },
        { QStringLiteral("relation.create"), QT_TR_NOOP("Linked") },
        { QStringLiteral("relation.remove"), QT_TR_NOOP("Link removed") },
        { QStringLiteral("collection.add-item"), QT_TR_NOOP("Added to a collection") },
        { QStringLiteral("access.view"), QT_TR_NOOP("Viewed") },
        { QStringLiteral("access.download"), QT_TR_NOOP("Downloaded") },
        { QStringLiteral("access.export"), QT_TR_NOOP("Exported") },
        { QStringLiteral("access.search-open"), QT_TR_NOOP("Opened from a search") },
    };
    const auto found = words.constFind(action);
    return found != words.cend() ? tr(*found) : action;
}

void InspectorActivityPage::setEvents(
    const QList<AuditRecord> &events, bool truncated, const QList<AccessRecord> &accesses)
{
    m_list->clear();
    const QLocale locale;
    const auto addRow = [this, &locale](const QString &atText, const QString &actor, const QString &action,
                            const QString &what, const QString &detail) {
        auto *row = new QTreeWidgetItem(m_list);
        const QDateTime at = QDateTime::fromString(atText, Qt::ISODateWithMs);
        row->setText(WhenColumn, at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : atText);
        row->setToolTip(WhenColumn, atText);
        row->setText(WhoColumn, actor);
        row->setText(WhatColumn, what);
        row->setData(WhatColumn, ActionRole, action);
        row->setToolTip(WhatColumn, action);
        row->setText(DetailColumn, detail);
        row->setToolTip(DetailColumn, detail);
    };
    // Both lists are newest first: merge them by time (ISO 8601 UTC strings order as their times do).
    qsizetype e = 0;
    qsizetype a = 0;
    while (e < events.size() || a < accesses.size()) {
        if (a >= accesses.size() || (e < events.size() && events.at(e).at >= accesses.at(a).at)) {
            const AuditRecord &event = events.at(e++);
            addRow(event.at, event.actor, event.action, describe(event.action), details(event));
        } else {
            const AccessRecord &access = accesses.at(a++);
            const QString action = QStringLiteral("access.") + AccessRecord::name(access.action);
            addRow(access.at, access.actor, action, describe(action),
                access.versionNumber > 0 ? tr("version %1").arg(access.versionNumber) : QString());
        }
    }
    m_note->setText(truncated ? tr("Older events are left out (folioctl history shows them all).") : QString());
    m_note->setVisible(truncated);
}

} // namespace Folio
