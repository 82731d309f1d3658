// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectordock.h"

#include "inspectoractivitypage.h"
#include "inspectorheader.h"
#include "inspectorlabelcommand.h"
#include "inspectorlinkcommand.h"
#include "inspectorrelationspage.h"
#include "inspectortechnicalpage.h"
#include "inspectorversionspage.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "librarysession.h"
#include "metadataeditor.h"
#include "store/itemrepository.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Folio {

namespace {
// Arrow keys through a grid change the selection many times a second: read once it rests.
constexpr int settleMs = 60;
} // namespace

InspectorDock::InspectorDock(
    LibrarySession &session, ThumbnailCache *thumbnails, QUndoStack *undoStack, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_header(new InspectorHeader(thumbnails, this))
    , m_tabs(new QTabWidget(this))
    , m_metadata(new MetadataEditor(session, undoStack, this))
    , m_versions(new InspectorVersionsPage(this))
    , m_relations(new InspectorRelationsPage(this))
    , m_textPage(new QWidget(this))
    , m_text(new QPlainTextEdit(m_textPage))
    , m_textNote(new QLabel(m_textPage))
    , m_technical(new InspectorTechnicalPage(this))
    , m_activity(new InspectorActivityPage(this))
    , m_loadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inspectorDock")); // QMainWindow::saveState() keys docks by name
    setAccessibleName(tr("Inspector"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Extracted text"));
    m_text->setPlaceholderText(tr("No text was extracted from this item."));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_textNote->setWordWrap(true);
    m_textNote->setForegroundRole(QPalette::PlaceholderText);
    m_textNote->hide();
    auto *textLayout = new QVBoxLayout(m_textPage);
    textLayout->setContentsMargins(4, 4, 4, 4);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_textNote);

    m_tabs->setAccessibleName(tr("Inspector pages"));
    m_tabs->tabBar()->setAccessibleName(tr("Inspector pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_metadata, tr("Metadata"));
    m_tabs->addTab(wrap(m_versions), tr("Versions"));
    m_tabs->addTab(wrap(m_relations), tr("Relations"));
    m_tabs->addTab(wrap(m_textPage), tr("Text"));
    m_tabs->addTab(wrap(m_technical), tr("Technical"));
    m_tabs->addTab(wrap(m_activity), tr("Activity"));
    m_tabs->setTabToolTip(3, tr("The text extracted from the item (its text layer, or OCR)"));
    m_tabs->setTabToolTip(4, tr("Raw EXIF, IPTC, XMP, media and document properties"));
    m_tabs->setTabToolTip(5, tr("Who changed what, and when"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    content->setMinimumWidth(300);
    setWidget(content);

    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(settleMs);
    connect(m_loadTimer, &QTimer::timeout, this, &InspectorDock::load);
    connect(&m_session, &LibrarySession::libraryChanged, this, &InspectorDock::reload);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_dirty) {
            load();
        }
    });
    connect(m_header, &InspectorHeader::ratingChosen, this, &InspectorDock::setRating);
    connect(m_header, &InspectorHeader::colorLabelChosen, this, &InspectorDock::setColorLabel);
    connect(m_versions, &InspectorVersionsPage::checkInRequested, this, &InspectorDock::checkIn);
    connect(m_versions, &InspectorVersionsPage::revertRequested, this, &InspectorDock::revert);
    connect(m_relations, &InspectorRelationsPage::linkRequested, this, &InspectorDock::link);
    connect(m_relations, &InspectorRelationsPage::unlinkRequested, this, [this](const ItemLink &link, qint64 itemId) {
        const qint64 source = link.outgoing ? itemId : link.otherItemId;
        const qint64 target = link.outgoing ? link.otherItemId : itemId;
        m_undoStack->push(new InspectorLinkCommand(m_session, this, InspectorLinkCommand::Action::Unlink, link.type,
            source, target, link.otherTitle, [this](const QString &message) { reportFailure(message); }));
    });
    connect(m_relations, &InspectorRelationsPage::jumpRequested, this, &InspectorDock::itemRequested);
    connect(m_metadata, &MetadataEditor::failed, this, &InspectorDock::failed);
    showData(InspectorData {});
}

InspectorDock::~InspectorDock() = default;

QWidget *InspectorDock::wrap(QWidget *page)
{
    auto *stack = new QStackedWidget(this);
    stack->addWidget(page);
    auto *placeholder = new QLabel(stack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    stack->addWidget(placeholder);
    m_stacks.append(stack);
    return stack;
}

void InspectorDock::closeEvent(QCloseEvent *event)
{
    QDockWidget::closeEvent(event);
    if (event->isAccepted()) {
        Q_EMIT closedByUser();
    }
}

void InspectorDock::setItems(const QList<qint64> &itemIds)
{
    if (itemIds == m_itemIds && !m_loading && m_data.itemIds == itemIds) {
        return;
    }
    const bool changed = itemIds != m_itemIds;
    m_itemIds = itemIds;
    if (changed) {
        m_metadata->setItems(itemIds);
    }
    ++m_generation; // whatever is on its way is for another selection
    m_loading = true;
    m_loadTimer->start();
}

void InspectorDock::reload()
{
    if (m_itemIds.isEmpty() && m_data.itemIds.isEmpty()) {
        return;
    }
    ++m_generation;
    m_loading = true;
    m_loadTimer->start();
}

void InspectorDock::load()
{
    m_loadTimer->stop();
    if (isHidden()) {
        m_dirty = true; // closed: read when it opens again
        return;
    }
    m_dirty = false;
    const quint64 generation = ++m_generation;
    const QList<qint64> ids = m_itemIds;
    m_loading = true;
    m_session.run<InspectorData>(
        LibrarySession::Kind::Read, [ids](SessionContext &cx) { return InspectorData::read(cx.library(), ids); }, this,
        [this, generation](const Result<InspectorData> &data) {
            if (generation != m_generation) {
                return; // a newer selection or change is being read
            }
            m_loading = false;
            if (!data) {
                reportFailure(data.error().message());
                return;
            }
            showData(*data);
            Q_EMIT loaded();
        });
}

void InspectorDock::showData(const InspectorData &data)
{
    m_data = data;
    if (data.labels.isEmpty()) {
        m_header->showNothing();
        showPlaceholders(data.itemIds.isEmpty() ? tr("No selection.") : tr("This item no longer exists."));
        m_relations->setLinks(0, {}, {});
        return;
    }
    m_header->showData(data);
    if (!data.single) {
        showPlaceholders(tr("Select one item."));
        m_relations->setLinks(0, {}, {});
        return;
    }
    for (QStackedWidget *stack : std::as_const(m_stacks)) {
        stack->setCurrentIndex(0);
    }
    m_versions->setVersions(data.versions, data.current.number);
    m_relations->setLinks(data.item.id, data.item.title, data.links);
    if (m_text->toPlainText() != data.text) {
        m_text->setPlainText(data.text);
    }
    m_textNote->setText(data.textTruncated
            ? tr("Only the first %1 of the text are shown.").arg(QLocale().formattedDataSize(InspectorData::TextLimit))
            : QString());
    m_textNote->setVisible(data.textTruncated);
    m_technical->setExtraction(data.extraction);
    m_activity->setEvents(data.activity, data.activityTruncated, data.accesses);
}

void InspectorDock::showPlaceholders(const QString &text)
{
    for (QStackedWidget *stack : std::as_const(m_stacks)) {
        static_cast<QLabel *>(stack->widget(1))->setText(text);
        stack->setCurrentIndex(1);
    }
}

void InspectorDock::reportFailure(const QString &message)
{
    Q_EMIT failed(message);
    reload(); // show what is stored, not what the failed edit showed
}

void InspectorDock::setRating(int rating)
{
    QList<qint64> ids;
    for (const ItemLabels &item : std::as_const(m_data.labels)) {
        ids.append(item.itemId);
    }
    if (ids.isEmpty() || rating < 0 || rating > 5) {
        return;
    }
    m_undoStack->push(new InspectorLabelCommand(
        m_session, this, ids, rating, std::nullopt, [this](const QString &message) { reportFailure(message); }));
}

void InspectorDock::setColorLabel(const QString &color)
{
    QList<qint64> ids;
    for (const ItemLabels &item : std::as_const(m_data.labels)) {
        ids.append(item.itemId);
    }
    if (ids.isEmpty()) {
        return;
    }
    m_undoStack->push(new InspectorLabelCommand(
        m_session, this, ids, std::nullopt, color, [this](const QString &message) { reportFailure(message); }));
}

void InspectorDock::link(const QString &type, qint64 itemId, const QList<qint64> &otherIds, bool outgoing)
{
    if (otherIds.isEmpty()) {
        return;
    }
    // Several dropped items are one step for Undo.
    const bool macro = otherIds.size() > 1;
    if (macro) {
        m_undoStack->beginMacro(tr("Link %n Item(s)", nullptr, int(otherIds.size())));
    }
    // A drop carries ids only: the command is named "Link Items" rather than after an item not read yet.
    for (const qint64 other : otherIds) {
        m_undoStack->push(new InspectorLinkCommand(m_session, this, InspectorLinkCommand::Action::Link, type,
            outgoing ? itemId : other, outgoing ? other : itemId, QString(),
            [this](const QString &message) { reportFailure(message); }));
    }
    if (macro) {
        m_undoStack->endMacro();
    }
}

void InspectorDock::checkIn(const QString &file, const QString &comment)
{
    if (!m_data.single) {
        return;
    }
    const qint64 id = m_data.item.id;
    const QString title = m_data.item.title;
    m_versions->setBusy(true);
    Q_EMIT message(tr("Checking in %1…").arg(file));
    m_session.run<Version>(
        LibrarySession::Kind::Mutation,
        [id, file, comment](SessionContext &cx) -> Result<Version> {
            auto item = ItemRepository(cx.library().database()).byId(id);
            if (!item) {
                return std::unexpected(item.error());
            }
            return ItemOperations(cx.library()).checkIn(*item, file, comment);
        },
        this,
        [this, title](const Result<Version> &version) {
            m_versions->setBusy(false);
            if (!version) {
                Q_EMIT failed(tr("Could not check in a new version of “%1”: %2").arg(title, version.error().message()));
                return;
            }
            Q_EMIT message(tr("“%1” is now at version %2.").arg(title).arg(version->number));
        });
}

void InspectorDock::revert(int number)
{
    if (!m_data.single) {
        return;
    }
    const qint64 id = m_data.item.id;
    const QString title = m_data.item.title;
    m_versions->setBusy(true);
    m_session.run<Version>(
        LibrarySession::Kind::Mutation,
        [id, number](SessionContext &cx) -> Result<Version> {
            auto item = ItemRepository(cx.library().database()).byId(id);
            if (!item) {
                return std::unexpected(item.error());
            }
            return ItemOperations(cx.library()).revert(*item, number);
        },
        this,
        [this, title, number](const Result<Version> &version) {
            m_versions->setBusy(false);
            if (!version) {
                Q_EMIT failed(tr("Could not revert “%1” to version %2: %3")
                                  .arg(title)
                                  .arg(number)
                                  .arg(version.error().message()));
                return;
            }
            Q_EMIT message(
                tr("“%1” reverted to version %2 as version %3.").arg(title).arg(number).arg(version->number));
        });
}

} // namespace Folio
