// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The data of a drag of items out of a browser: the item ids (ItemWindowModel::ItemIdsMime) for drops
// inside Folio, and text/uri-list with the file URLs of copies of their originals for the desktop and other
// applications. The copies are made on another thread (ItemDragExporter, when the drag starts); the URLs
// are answered when they are asked for (retrieveData), which waits for the copies to be complete — by the
// time a drop asks, they usually are. Asking only for the formats never waits.
//
// Thread safety: a QMimeData of the GUI thread; its ExportState is shared with the exporting thread.

#include <QMimeData>
#include <QUrl>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace Folio {

// What the exporting thread fills in, once.
struct ExportState
{
    std::mutex mutex;
    std::condition_variable ready;
    bool done = false;
    QList<QUrl> urls;
    QStringList errors;
};

class ExportingMimeData : public QMimeData
{
    Q_OBJECT

public:
    static constexpr int DefaultWaitMs = 60000;

    explicit ExportingMimeData(std::shared_ptr<ExportState> state, int waitMs = DefaultWaitMs);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;
    // Whether every copy is made (true also when some failed).
    bool isExported() const;
    // Why copies could not be made (after the export).
    QStringList errors() const;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    std::shared_ptr<ExportState> m_state;
    int m_waitMs;
};

} // namespace Folio
