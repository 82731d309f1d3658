// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector's Activity page: the item's audit events, newest first — when, who, what (in words) and the
// values it changed ("rating: 2 → 4"; "redacted" once purged values were removed). Views and downloads will
// join from the access log once the client records them.
//
// Thread safety: GUI thread.

#include "audit/auditlog.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Folio {

class InspectorActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorActivityPage(QWidget *parent = nullptr);

    // EVENTS newest first; TRUNCATED: older ones were left out.
    void setEvents(const QList<AuditRecord> &events, bool truncated);
    QTreeWidget *list() const { return m_list; }
    // The words shown for ACTION ("item.rate" → "Rated").
    static QString describe(const QString &action);

private:
    QTreeWidget *m_list;
    QLabel *m_note;
};

} // namespace Folio
