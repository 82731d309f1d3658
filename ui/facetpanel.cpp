// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetpanel.h"

#include "searchcontroller.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QSignalBlocker>
#include <QTreeWidget>

namespace Folio {

FacetPanel::FacetPanel(QWidget *parent)
    : QDockWidget(tr("Refine"), parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("facetPanel"));
    setAccessibleName(tr("Search facets"));
    // Shown while search results are: the window shows and hides it, so it has no close button of its own.
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_tree->setObjectName(QStringLiteral("facetTree"));
    m_tree->setAccessibleName(tr("Facets of the search results"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setWidget(m_tree);

    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0 && item->parent()) {
            Q_EMIT termToggled(item->data(0, TermRole).toString());
        }
    });
    // Enter (and a double click) toggles like a click on the check box.
    connect(m_tree, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item, int) {
        if (item->parent()) {
            item->setCheckState(0, item->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
    });
}

QString FacetPanel::facetTitle(const QString &facetName)
{
    static const QHash<QString, const char *> titles { { QStringLiteral("kind"), QT_TR_NOOP("Kind") },
        { QStringLiteral("type"), QT_TR_NOOP("Type") }, { QStringLiteral("keywords"), QT_TR_NOOP("Keywords") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("classification"), QT_TR_NOOP("Classification") },
        { QStringLiteral("year"), QT_TR_NOOP("Year created") }, { QStringLiteral("creator"), QT_TR_NOOP("Creator") } };
    const char *title = titles.value(facetName);
    return title ? tr(title) : facetName;
}

void FacetPanel::setFacets(const QList<Search::Facet> &facets, const QString &query)
{
    const QSignalBlocker blocker(m_tree); // filling is not the user checking values
    // The facets the user closed stay closed for the next results.
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded()) {
            collapsed.insert(m_tree->topLevelItem(i)->data(0, FacetRole).toString());
        }
    }
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(0, TermRole).toString() : QString();
    m_tree->clear();
    const QLocale locale;
    for (const Search::Facet &facet : facets) {
        if (facet.values.isEmpty()) {
            continue;
        }
        auto *group = new QTreeWidgetItem(m_tree, { facetTitle(facet.name) });
        group->setData(0, FacetRole, facet.name);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const Search::FacetValue &value : facet.values) {
            QString shown = value.value;
            if (facet.name == QLatin1String("kind")) {
                shown = value.value == QLatin1String("document") ? tr("Documents") : tr("Media");
            }
            const QString term = SearchController::facetTerm(facet.name, value.value);
            auto *item = new QTreeWidgetItem(group, { shown, locale.toString(value.count) });
            item->setData(0, FacetRole, facet.name);
            item->setData(0, ValueRole, value.value);
            item->setData(0, TermRole, term);
            item->setToolTip(0, tr("%1 — narrows the search by %2").arg(shown, term));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, SearchController::containsTerm(query, term) ? Qt::Checked : Qt::Unchecked);
            if (term == current) {
                m_tree->setCurrentItem(item);
            }
        }
        group->setExpanded(!collapsed.contains(facet.name));
    }
}

QTreeWidgetItem *FacetPanel::valueItem(const QString &facetName, const QString &value) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->data(0, FacetRole).toString() != facetName) {
            continue;
        }
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->data(0, ValueRole).toString() == value) {
                return group->child(j);
            }
        }
    }
    return nullptr;
}

} // namespace Folio
