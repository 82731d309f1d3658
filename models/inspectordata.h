// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the inspector shows about a selection, read in one go on the session's thread (read()): for one
// item its record, preview, versions, links, extracted text (the first TextLimit characters), extraction
// record (the raw EXIF/IPTC/XMP/media/PDF tags) and audit events (newest first); for any number of items
// their ratings, colour labels and total size. Plain data, copied to the GUI thread.
//
// Thread safety: read() runs on the thread that owns the Library; the value is then immutable.

#include "audit/auditlog.h"
#include "domain/records.h"
#include "error.h"
#include "store/accesslogrepository.h"
#include "store/extractionrepository.h"
#include "store/itemlabelrepository.h"
#include "store/itemlinkrepository.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Folio {

class Library;

struct InspectorData
{
    static constexpr qsizetype TextLimit = 1 << 20;
    static constexpr qsizetype ActivityLimit = 1000;

    QList<qint64> itemIds; // what was asked for
    // Every selected live item (the rest were purged meanwhile), with its rating and label.
    QList<ItemLabels> labels;
    qint64 totalSize = 0; // of the current versions

    // One item only (itemIds.size() == 1 and it exists).
    bool single = false;
    Item item;
    QString folderPath;
    Version current;
    QString previewSha256; // preview rendition, else thumb; empty when none
    QList<Version> versions; // newest first
    QList<ItemLink> links;
    QString text;
    bool textTruncated = false;
    std::optional<ExtractionRecord> extraction;
    QList<AuditRecord> activity; // newest first, at most ActivityLimit
    bool activityTruncated = false;
    QList<AccessRecord> accesses; // views and exports from the access log, newest first, at most ActivityLimit

    static Result<InspectorData> read(Library &library, const QList<qint64> &itemIds);
};

} // namespace Folio

Q_DECLARE_METATYPE(Folio::InspectorData)
