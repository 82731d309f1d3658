// SPDX-License-Identifier: GPL-3.0-or-later
#include "browserpane.h"

#include "uiresources.h"

#include "clientsettings.h"
#include "documenttableview.h"
#include "itemdelegate.h"
#include "itemwindowmodel.h"
#include "thumbnailgridview.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Folio {

namespace {
QString modeName(BrowserPane::Mode mode)
{
    switch (mode) {
    case BrowserPane::Mode::Grid: return QStringLiteral("grid");
    case BrowserPane::Mode::List: return QStringLiteral("list");
    case BrowserPane::Mode::Details: return QStringLiteral("details");
    }
    return {};
}

BrowserPane::Mode modeFromName(const QString &name, BrowserPane::Mode fallback)
{
    for (BrowserPane::Mode mode : { BrowserPane::Mode::Grid, BrowserPane::Mode::List, BrowserPane::Mode::Details }) {
        if (modeName(mode) == name) {
            return mode;
        }
    }
    return fallback;
}
} // namespace

BrowserPane::BrowserPane(ItemWindowModel *model, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(new QItemSelectionModel(model, this))
    , m_toolBar(new QToolBar(tr("View"), this))
    , m_modes(new QActionGroup(this))
    , m_sizeSlider(new QSlider(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_grid(new ThumbnailGridView(this))
    , m_table(new DocumentTableView(this))
    , m_emptyLabel(new QLabel(this))
{
    initUiResources();
    m_toolBar->setAccessibleName(tr("View options"));
    m_toolBar->setIconSize(QSize(16, 16));
    const struct
    {
        Mode mode;
        QString icon;
        QString text;
        QKeySequence shortcut;
    } modes[] = {
        { Mode::Grid, QStringLiteral(":/icons/view-grid.svg"), tr("Grid"), QKeySequence(tr("Ctrl+1")) },
        { Mode::List, QStringLiteral(":/icons/view-list.svg"), tr("List"), QKeySequence(tr("Ctrl+2")) },
        { Mode::Details, QStringLiteral(":/icons/view-details.svg"), tr("Details"), QKeySequence(tr("Ctrl+3")) },
    };
    for (const auto &entry : modes) {
        QAction *action = m_toolBar->addAction(QIcon(entry.icon), entry.text);
        action->setCheckable(true);
        action->setShortcut(entry.shortcut);
        action->setToolTip(tr("%1 (%2)").arg(entry.text, entry.shortcut.toString(QKeySequence::NativeText)));
        action->setData(int(entry.mode));
        m_modes->addAction(action);
        const Mode mode = entry.mode;
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }
    m_toolBar->addSeparator();
    auto *sizeLabel = new QLabel(tr("Size"), this);
    m_toolBar->addWidget(sizeLabel);
    m_sizeSlider->setRange(64, 384);
    m_sizeSlider->setSingleStep(16);
    m_sizeSlider->setPageStep(64);
    m_sizeSlider->setMaximumWidth(160);
    m_sizeSlider->setAccessibleName(tr("Thumbnail size"));
    m_sizeSlider->setToolTip(tr("Thumbnail size"));
    sizeLabel->setBuddy(m_sizeSlider);
    m_toolBar->addWidget(m_sizeSlider);
    connect(m_sizeSlider, &QSlider::valueChanged, this, &BrowserPane::setThumbnailEdge);

    auto *delegate = new ItemDelegate(thumbnails, this);
    m_grid->setModel(model);
    m_grid->setSelectionModel(m_selection);
    m_grid->setItemDelegate(delegate);
    m_grid->setAccessibleName(tr("Items"));
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setModel(model);
    m_table->setSelectionModel(m_selection);
    m_table->setAccessibleName(tr("Items"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    for (QAbstractItemView *view :
        { static_cast<QAbstractItemView *>(m_grid), static_cast<QAbstractItemView *>(m_table) }) {
        view->installEventFilter(this);
        connect(view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT itemActivated(index.row()); });
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &position) {
            Q_EMIT contextMenuRequested(view->viewport()->mapToGlobal(position));
        });
    }
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &BrowserPane::selectionChanged);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // The other view follows, so switching modes keeps the place.
        if (current.isValid() && currentView() == m_table) {
            m_table->scrollTo(current);
        }
    });
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_table);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_emptyLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_emptyLabel, 1);
    connect(model, &ItemWindowModel::countChanged, this, &BrowserPane::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &BrowserPane::updateEmptyState);

    m_sizeSlider->setValue(ClientSettings::thumbnailEdge());
    setThumbnailEdge(m_sizeSlider->value());
    setMode(Mode::Grid);
}

BrowserPane::~BrowserPane()
{
    saveViewState();
}

void BrowserPane::setMode(Mode mode)
{
    m_mode = mode;
    for (QAction *action : m_modes->actions()) {
        action->setChecked(action->data().toInt() == int(mode));
    }
    const bool wasFocused = currentView()->hasFocus();
    const QModelIndex current = m_selection->currentIndex();
    if (mode == Mode::Details) {
        m_stack->setCurrentWidget(m_table);
    } else {
        m_grid->setLayoutMode(mode == Mode::List ? ThumbnailGridView::Layout::List : ThumbnailGridView::Layout::Grid);
        m_stack->setCurrentWidget(m_grid);
    }
    m_sizeSlider->setEnabled(mode == Mode::Grid);
    if (current.isValid()) {
        currentView()->scrollTo(current, QAbstractItemView::PositionAtCenter);
    }
    if (wasFocused) {
        currentView()->setFocus();
    }
    saveViewState();
}

void BrowserPane::setViewKey(const QString &key, Mode defaultMode)
{
    if (key == m_viewKey) {
        return;
    }
    saveViewState();
    m_viewKey = key;
    m_table->setStateKey(key);
    const QString stored = QSettings().value(QStringLiteral("browser/%1/mode").arg(key)).toString();
    setMode(modeFromName(stored, defaultMode));
}

void BrowserPane::saveViewState() const
{
    if (!m_viewKey.isEmpty()) {
        QSettings().setValue(QStringLiteral("browser/%1/mode").arg(m_viewKey), modeName(m_mode));
    }
}

void BrowserPane::setThumbnailEdge(int edge)
{
    m_grid->setThumbnailEdge(edge);
    m_model->setThumbnailSize(QSize(m_grid->thumbnailEdge(), m_grid->thumbnailEdge()));
    if (m_sizeSlider->value() != edge) {
        m_sizeSlider->setValue(edge);
    }
    ClientSettings::setThumbnailEdge(m_grid->thumbnailEdge());
}

int BrowserPane::thumbnailEdge() const
{
    return m_grid->thumbnailEdge();
}

void BrowserPane::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
    updateEmptyState();
}

QList<int> BrowserPane::selectedRows() const
{
    QList<int> rows;
    for (const QItemSelectionRange &range : m_selection->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QAbstractItemView *BrowserPane::currentView() const
{
    return m_stack->currentWidget() == m_table ? static_cast<QAbstractItemView *>(m_table) : m_grid;
}

void BrowserPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_emptyLabel->text().isEmpty();
    m_emptyLabel->setVisible(empty);
    m_stack->setVisible(!empty);
}

bool BrowserPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_grid || watched == m_table)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            Q_EMIT quickLookRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Folio
