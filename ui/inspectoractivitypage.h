// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector's Activity page: the item's audit events, newest first — when, who, what (in words) and the
// values it changed ("rating: 2 → 4"; "redacted" once purged values were removed), and from the access log
// its views and exports, in one list by time.
//
// Thread safety: GUI thread.

#include "audit/auditlog.h"
#include "store/accesslogrepository.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Folio {

class InspectorActivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorActivityPage(QWidget *parent = nullptr);

    // EVENTS and ACCESSES newest first; TRUNCATED: older events were left out.
    void setEvents(const QList<AuditRecord> &events, bool truncated, const QList<AccessRecord> &accesses = {});
    QTreeWidget *list() const { return m_list; }
    // The words shown for ACTION ("item.rate" → "Rated").
    static QString describe(const QString &action);

private:
    QTreeWidget *m_list;
    QLabel *m_note;
};

} // namespace Folio
