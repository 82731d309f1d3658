// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedropfilter.h"

#include "itemwindowmodel.h"
#include "sidebarmodel.h"

#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace Folio {

FileDropFilter::FileDropFilter(QObject *parent)
    : QObject(parent)
{ }

void FileDropFilter::watch(QWidget *widget, TargetAt targetAt)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
    m_targets.insert(widget, std::move(targetAt));
    connect(widget, &QObject::destroyed, this, [this](QObject *gone) { m_targets.remove(gone); });
}

QStringList FileDropFilter::localPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls() || data->hasFormat(ItemWindowModel::ItemIdsMime)
        || data->hasFormat(SidebarModel::FolderIdsMime)) {
        return paths;
    }
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty()) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop) {
        return false;
    }
    const auto found = m_targets.constFind(watched);
    auto *widget = qobject_cast<QWidget *>(watched);
    auto *drop = static_cast<QDropEvent *>(event);
    if (found == m_targets.cend() || !widget || !drop->mimeData() || !drop->mimeData()->hasUrls()
        || drop->mimeData()->hasFormat(ItemWindowModel::ItemIdsMime)
        || drop->mimeData()->hasFormat(SidebarModel::FolderIdsMime)) {
        return false; // not ours: Folio's own drags go to the widget
    }
    // Only the format is looked at while the drag moves: reading the URLs may ask the source application.
    const std::optional<IngestTarget> target = (*found)(widget, drop->position().toPoint());
    if (!target || !(drop->possibleActions() & Qt::CopyAction)) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    if (type != QEvent::Drop) {
        drop->accept();
        return true;
    }
    const QStringList paths = localPaths(drop->mimeData());
    if (paths.isEmpty()) {
        drop->ignore();
        return true;
    }
    drop->accept();
    Q_EMIT filesDropped(paths, *target);
    return true;
}

} // namespace Folio
