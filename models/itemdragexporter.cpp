// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemdragexporter.h"

#include "exportingmimedata.h"
#include "itemwindowmodel.h"
#include "librarysession.h"

#include "library/itemoperations.h"
#include "library/library.h"
#include "store/itemrepository.h"

#include <QDir>

namespace Folio {

ItemDragExporter::ItemDragExporter(LibrarySession &session, QObject *model)
    : QObject(model)
    , m_session(session)
    , m_folder(QDir(QDir::tempPath()).filePath(QStringLiteral("folio-drag-XXXXXX")))
{ }

ItemDragExporter *ItemDragExporter::of(const QObject *model)
{
    return model ? model->findChild<ItemDragExporter *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QMimeData *ItemDragExporter::mimeData(const QList<BrowseRow> &rows, const QByteArray &itemIds)
{
    auto state = std::make_shared<ExportState>();
    auto *data = new ExportingMimeData(state);
    data->setData(ItemWindowModel::ItemIdsMime, itemIds);
    // A folder per drag and per item: two items may have the same file name, and a later drag must not
    // collide with files an application may still be reading.
    const QString dragFolder
        = m_folder.isValid() ? QDir(m_folder.path()).filePath(QString::number(++m_drags)) : QString();
    QList<qint64> ids;
    for (const BrowseRow &row : rows) {
        ids.append(row.id);
    }
    m_session.run<int>(LibrarySession::Kind::Read,
        [state, ids, dragFolder](SessionContext &cx) -> Result<int> {
            int exported = 0;
            for (const qint64 id : ids) {
                QString error;
                const QString folder = QDir(dragFolder).filePath(QString::number(id));
                if (dragFolder.isEmpty() || !QDir().mkpath(folder)) {
                    error = ItemDragExporter::tr("Cannot make the folder %1.").arg(folder);
                } else if (auto item = ItemRepository(cx.library().database()).byId(id); !item) {
                    error = item.error().message();
                } else if (auto file = ItemOperations(cx.library()).exportOriginal(*item, 0, folder); !file) {
                    error = file.error().message();
                } else {
                    ++exported;
                    const std::lock_guard lock(state->mutex);
                    state->urls.append(QUrl::fromLocalFile(*file));
                }
                if (!error.isEmpty()) {
                    const std::lock_guard lock(state->mutex);
                    state->errors.append(error);
                }
            }
            {
                const std::lock_guard lock(state->mutex);
                state->done = true;
            }
            state->ready.notify_all();
            return exported;
        },
        this, {});
    return data;
}

} // namespace Folio
