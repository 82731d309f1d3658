// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Accepts files, folders and archives dragged from outside Folio (text/uri-list with local files) onto the
// widgets it watches — the browser, the sidebar's folders and collections, the welcome view — and hands
// them on with the target under the cursor. Drags made inside Folio (item or folder ids) pass through to
// the widget, whose own drop handling they are meant for. Where TARGETAT finds no target (the Trash, a
// smart collection) the drop is refused.
//
// Thread safety: GUI thread.

#include "ingestcontroller.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QMimeData;

namespace Folio {

class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    // The target of a drop at POSITION (in WIDGET's coordinates), or none where nothing may be dropped.
    using TargetAt = std::function<std::optional<IngestTarget>(QWidget *widget, const QPoint &position)>;

    explicit FileDropFilter(QObject *parent = nullptr);

    // Watches WIDGET (and makes it accept drops); TARGETAT says where its drops go.
    void watch(QWidget *widget, TargetAt targetAt);
    // The local files and folders a drag from outside carries; empty for Folio's own drags.
    static QStringList localPaths(const QMimeData *data);

Q_SIGNALS:
    void filesDropped(const QStringList &paths, const Folio::IngestTarget &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHash<QObject *, TargetAt> m_targets;
};

} // namespace Folio
