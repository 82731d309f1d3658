// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector (View → Inspector): a dock beside the browser that follows its selection. On top the
// preview, title, type and size, star rating and colour label (InspectorHeader); below, tabs: Metadata (the
// schema-driven MetadataEditor), Versions (check in, revert), Relations (drop items to link, jump to a linked
// item), Extracted text, Technical (raw tags) and Activity (audit events). With several items selected the
// preview shows their count, and rating, label and metadata edit all of them; the per-item tabs say so.
//
// Everything is read in one go on the session's thread (InspectorData::read) and shown when it comes
// back; an answer for an earlier selection is dropped. It reads again when the library changes. Rating,
// label, link and unlink are QUndoCommands on the window's undo stack (InspectorLabelCommand,
// InspectorLinkCommand). Check-in and revert are not: versions are immutable, so neither can be taken back
// (a revert is itself a new version), and they leave the undo stack as it was.
//
// Thread safety: GUI thread. Borrows the session, the thumbnail cache and the undo stack.

#include "inspectordata.h"

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Folio {

class InspectorActivityPage;
class InspectorHeader;
class InspectorRelationsPage;
class InspectorTechnicalPage;
class InspectorVersionsPage;
class LibrarySession;
class MetadataEditor;
class ThumbnailCache;

class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    InspectorDock(
        LibrarySession &session, ThumbnailCache *thumbnails, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~InspectorDock() override;

    // Shows ITEMIDS (the browser's selection); empty shows nothing. Coalesces quick changes (arrow keys).
    void setItems(const QList<qint64> &itemIds);
    QList<qint64> items() const { return m_itemIds; }
    // Reads the shown items again (the library changed).
    void reload();
    // What is on screen now, and whether a newer read is on its way.
    const InspectorData &data() const { return m_data; }
    bool isLoading() const { return m_loading; }

    // Edits of the shown items, each one undoable command (what the header's controls do).
    void setRating(int rating);
    void setColorLabel(const QString &color);
    // Links this item with OTHERIDS as the relations page asks (undoable; several links are one step).
    void link(const QString &type, qint64 itemId, const QList<qint64> &otherIds, bool outgoing);
    // Stores FILE as the shown item's next version with COMMENT; reverts it to version NUMBER.
    void checkIn(const QString &file, const QString &comment);
    void revert(int number);

    InspectorHeader *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    MetadataEditor *metadataEditor() const { return m_metadata; }
    InspectorVersionsPage *versionsPage() const { return m_versions; }
    InspectorRelationsPage *relationsPage() const { return m_relations; }
    QPlainTextEdit *textView() const { return m_text; }
    InspectorTechnicalPage *technicalPage() const { return m_technical; }
    InspectorActivityPage *activityPage() const { return m_activity; }

Q_SIGNALS:
    // The data of the current items is on screen.
    void loaded();
    // The user asked to see item ITEMID (a linked item).
    void itemRequested(qint64 itemId, const QString &title);
    void failed(const QString &message);
    void message(const QString &text);
    // The user closed the dock (its close button).
    void closedByUser();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void load();
    void showData(const InspectorData &data);
    void showPlaceholders(const QString &text);
    void reportFailure(const QString &message);
    QWidget *wrap(QWidget *page);

    LibrarySession &m_session;
    QUndoStack *m_undoStack;
    InspectorHeader *m_header;
    QTabWidget *m_tabs;
    MetadataEditor *m_metadata;
    InspectorVersionsPage *m_versions;
    InspectorRelationsPage *m_relations;
    QWidget *m_textPage;
    QPlainTextEdit *m_text;
    QLabel *m_textNote;
    InspectorTechnicalPage *m_technical;
    InspectorActivityPage *m_activity;
    QList<QStackedWidget *> m_stacks; // per-item tabs: the page, or a placeholder
    QTimer *m_loadTimer;
    QList<qint64> m_itemIds;
    InspectorData m_data;
    quint64 m_generation = 0; // answers of older reads are dropped
    bool m_loading = false;
    bool m_dirty = false; // items changed while the dock was closed
};

} // namespace Folio
