// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The facets of the search results in a dock beside the browser: for each facet LibrarySearch counts (kind,
// type, keywords, status, classification, year, creator) its values with the number of results holding each.
// Checking a value narrows the search by its term (type:"application/pdf"), unchecking it removes the term
// again; a value whose term the query holds is shown checked. Space or Enter toggles the current value.
//
// Thread safety: GUI thread.

#include "search/searchindex.h"

#include <QDockWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace Folio {

class FacetPanel : public QDockWidget
{
    Q_OBJECT

public:
    enum Role { FacetRole = Qt::UserRole + 1, ValueRole, TermRole };

    explicit FacetPanel(QWidget *parent = nullptr);

    // Shows FACETS of the results of QUERY.
    void setFacets(const QList<Search::Facet> &facets, const QString &query);
    QTreeWidget *tree() const { return m_tree; }
    // The row of VALUE under FACETNAME, or null.
    QTreeWidgetItem *valueItem(const QString &facetName, const QString &value) const;
    // A facet's name as shown ("keywords" → "Keywords").
    static QString facetTitle(const QString &facetName);

Q_SIGNALS:
    // The user checked or unchecked the value whose query term is TERM.
    void termToggled(const QString &term);

private:
    QTreeWidget *m_tree;
};

} // namespace Folio
