// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemactions.h"

#include "itemurl.h"
#include "library/itemoperations.h"
#include "library/library.h"
#include "library/similarimages.h"
#include "librarysession.h"
#include "store/itemrepository.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

namespace Folio {

namespace {
QAction *makeAction(QObject *parent, const QString &icon, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(icon), text, parent);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

// The folder that holds the read-only copies handed to other applications (removed with the session's temp
// files by the system; each copy sits in a folder named after its version so names never clash).
QString openCopiesFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("folio-open-%1").arg(QString::fromLocal8Bit(qgetenv("USER"))));
}
} // namespace

ItemActions::ItemActions(LibrarySession &session, std::function<QList<BrowseRow>()> selection, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_selection(std::move(selection))
    , m_parent(parent)
    , m_quickLook(
          makeAction(this, QStringLiteral(":/icons/quick-look.svg"), tr("Quick Look"), QKeySequence(tr("Ctrl+Y"))))
    , m_open(makeAction(this, QStringLiteral(":/icons/open-external.svg"), tr("Open"), QKeySequence(tr("Ctrl+O"))))
    , m_export(
          makeAction(this, QStringLiteral(":/icons/export.svg"), tr("Export Original…"), QKeySequence(tr("Ctrl+E"))))
    , m_similar(
          makeAction(this, QStringLiteral(":/icons/similar.svg"), tr("Find Similar"), QKeySequence(tr("Ctrl+Shift+F"))))
    , m_trash(makeAction(this, QStringLiteral(":/icons/trash.svg"), tr("Move to Trash"), QKeySequence::Delete))
    , m_restore(
          makeAction(this, QStringLiteral(":/icons/restore.svg"), tr("Put Back"), QKeySequence(tr("Ctrl+Shift+R"))))
    , m_copyLink(makeAction(this, QString(), tr("Copy Link"), QKeySequence(tr("Ctrl+Shift+C"))))
{
    connect(m_quickLook, &QAction::triggered, this, &ItemActions::quickLookRequested);
    connect(m_open, &QAction::triggered, this, &ItemActions::openSelected);
    connect(m_export, &QAction::triggered, this, &ItemActions::exportSelected);
    connect(m_similar, &QAction::triggered, this, &ItemActions::findSimilarToSelected);
    connect(m_trash, &QAction::triggered, this, &ItemActions::trashSelected);
    connect(m_restore, &QAction::triggered, this, &ItemActions::restoreSelected);
    connect(m_copyLink, &QAction::triggered, this, &ItemActions::copyLinksOfSelected);
    m_copyLink->setToolTip(tr("Copy a folio:// link that opens the item in Folio"));
    m_open->setToolTip(tr("Open a read-only copy in the default application"));
    update(false);
}

void ItemActions::update(bool inTrash)
{
    const QList<BrowseRow> rows = m_selection();
    const bool one = rows.size() == 1;
    const bool any = !rows.isEmpty();
    const bool writable = !m_session.isReadOnly();
    m_quickLook->setEnabled(one);
    m_open->setEnabled(one && !rows.first().originalSha256.isEmpty());
    m_export->setEnabled(any);
    m_similar->setEnabled(one && rows.first().kind == QLatin1String("asset"));
    m_trash->setEnabled(any && !inTrash && writable);
    m_trash->setVisible(!inTrash);
    m_restore->setEnabled(any && inTrash && writable);
    m_restore->setVisible(inTrash);
    m_copyLink->setEnabled(any);
}

void ItemActions::fillMenu(QMenu *menu) const
{
    menu->addAction(m_quickLook);
    menu->addAction(m_open);
    menu->addAction(m_export);
    menu->addSeparator();
    menu->addAction(m_similar);
    menu->addAction(m_copyLink);
    menu->addSeparator();
    menu->addAction(m_trash);
    menu->addAction(m_restore);
}

void ItemActions::openSelected()
{
    const QList<BrowseRow> rows = m_selection();
    if (rows.size() != 1) {
        return;
    }
    const BrowseRow row = rows.first();
    const QString folder = QDir(openCopiesFolder()).filePath(row.uuid);
    m_session.run<QString>(
        LibrarySession::Kind::Read,
        [row, folder](SessionContext &cx) -> Result<QString> {
            if (!QDir().mkpath(folder)) {
                return std::unexpected(Error(Error::Code::Io, tr("Cannot make the folder %1.").arg(folder)));
            }
            auto item = ItemRepository(cx.library().database()).byId(row.id);
            if (!item) {
                return std::unexpected(item.error());
            }
            const QString target = QDir(folder).filePath(row.filename.isEmpty() ? row.uuid : row.filename);
            // A copy from an earlier open may be read-only: replace it with the current version.
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            QFile::remove(target);
            auto exported = ItemOperations(cx.library()).exportOriginal(*item, 0, target);
            if (!exported) {
                return std::unexpected(exported.error());
            }
            // Read-only, so an application cannot save over it and make the user think the library changed.
            QFile::setPermissions(*exported, QFile::ReadOwner | QFile::ReadGroup);
            return *exported;
        },
        this,
        [this, row](const Result<QString> &path) {
            if (!path) {
                Q_EMIT failed(path.error().message());
                return;
            }
            m_session.recordAccess(AccessRecord::Action::View, row.uuid);
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path))) {
                Q_EMIT failed(tr("No application opens %1.").arg(*path));
                return;
            }
            Q_EMIT message(tr("Opened a read-only copy: %1").arg(*path));
        });
}

void ItemActions::exportSelected()
{
    const QList<BrowseRow> rows = m_selection();
    if (rows.isEmpty()) {
        return;
    }
    QString destination;
    if (rows.size() == 1) {
        destination = QFileDialog::getSaveFileName(m_parent, tr("Export Original"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(rows.first().filename));
    } else {
        destination
            = QFileDialog::getExistingDirectory(m_parent, tr("Export %n Originals To", nullptr, int(rows.size())),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }
    if (destination.isEmpty()) {
        return;
    }
    m_session.run<int>(
        LibrarySession::Kind::Read,
        [rows, destination](SessionContext &cx) -> Result<int> {
            int done = 0;
            for (const BrowseRow &row : rows) {
                auto item = ItemRepository(cx.library().database()).byId(row.id);
                if (!item) {
                    return std::unexpected(item.error());
                }
                if (auto exported = ItemOperations(cx.library()).exportOriginal(*item, 0, destination); !exported) {
                    return std::unexpected(exported.error());
                }
                ++done;
            }
            return done;
        },
        this,
        [this, rows](const Result<int> &done) {
            for (qsizetype i = 0; done && i < rows.size(); ++i) {
                m_session.recordAccess(AccessRecord::Action::Export, rows.at(i).uuid);
            }
            if (!done) {
                Q_EMIT failed(done.error().message());
            } else {
                Q_EMIT message(tr("Exported %n original(s).", nullptr, *done));
            }
        });
}

void ItemActions::findSimilarToSelected()
{
    const QList<BrowseRow> rows = m_selection();
    if (rows.size() != 1) {
        return;
    }
    const BrowseRow row = rows.first();
    m_session.run<QList<qint64>>(
        LibrarySession::Kind::Read,
        [row](SessionContext &cx) -> Result<QList<qint64>> {
            auto matches = SimilarImages(cx.library()).similarTo(row.id, row.title);
            if (!matches) {
                return std::unexpected(matches.error());
            }
            QList<qint64> ids { row.id }; // the item itself first, then the nearest
            for (const NearDuplicateIndex::Match &match : std::as_const(*matches)) {
                ids.append(match.id);
            }
            return ids;
        },
        this,
        [this, title = row.title](const Result<QList<qint64>> &ids) {
            if (!ids) {
                Q_EMIT failed(ids.error().message());
            } else {
                Q_EMIT showItems(tr("Similar to “%1”").arg(title), *ids);
            }
        });
}

void ItemActions::trashSelected()
{
    changeSelected([](ItemOperations &operations, const Item &item) { return operations.trash(item); },
        [](int count) { return tr("Moved %n item(s) to the Trash.", nullptr, count); });
}

void ItemActions::restoreSelected()
{
    changeSelected([](ItemOperations &operations, const Item &item) { return operations.restore(item); },
        [](int count) { return tr("Put back %n item(s).", nullptr, count); });
}

void ItemActions::copyLinksOfSelected()
{
    const QList<BrowseRow> rows = m_selection();
    if (rows.isEmpty()) {
        return;
    }
    QList<QUrl> links;
    QStringList texts;
    for (const BrowseRow &row : rows) {
        links.append(ItemUrl::make(row.uuid));
        texts.append(links.last().toString());
    }
    // As text for chat and mail, as URLs for applications that take links.
    auto *data = new QMimeData;
    data->setUrls(links);
    data->setText(texts.join(QLatin1Char('\n')));
    QGuiApplication::clipboard()->setMimeData(data);
    Q_EMIT message(tr("Copied %n link(s).", nullptr, int(rows.size())));
}

void ItemActions::changeSelected(const std::function<Result<void>(ItemOperations &, const Item &)> &change,
    const std::function<QString(int)> &describe)
{
    const QList<BrowseRow> rows = m_selection();
    if (rows.isEmpty() || m_session.isReadOnly()) {
        return;
    }
    // One mutation per item (each audited); the first failure stops the rest and is reported.
    m_session.run<int>(
        LibrarySession::Kind::Mutation,
        [rows, change](SessionContext &cx) -> Result<int> {
            ItemOperations operations(cx.library());
            for (const BrowseRow &row : rows) {
                auto item = ItemRepository(cx.library().database()).byId(row.id);
                if (!item) {
                    return std::unexpected(item.error());
                }
                if (auto changed = change(operations, *item); !changed) {
                    return std::unexpected(changed.error());
                }
            }
            return int(rows.size());
        },
        this,
        [this, describe](const Result<int> &done) {
            if (!done) {
                Q_EMIT failed(done.error().message());
            } else {
                Q_EMIT message(describe(*done));
            }
        });
}

} // namespace Folio
