// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexSnapshot writes an IndexData to one file and reads it back, so a process does not rebuild
// the search index at every start.
//
// Layout (little-endian): a 32-byte header (magic "FOLIOSIX", format version, section count, the
// change-log position, a checksum of those), then sections (tag, length, payload, checksum of all
// three) and a trailer ("FOLIOEND", the file's length). Bitmaps are in CRoaring's portable format,
// columns and pools are raw arrays. Checksums are a 64-bit xxHash-style hash (~10 GB/s), enough to
// catch damage; a snapshot is a cache the library rebuilds, not a security boundary. Any mismatch,
// truncation or malformed structure is Error::Code::Corrupt naming the file; another format version is
// Error::Code::Unsupported. Reading maps the file and copies out of it (no parsing of text).
//
// Writing goes to a temporary file next to PATH, which is fsynced and renamed over PATH
// (DESIGN.md rule 1): a crash leaves the old snapshot or the new one.
//
// Thread safety: stateless; save() only reads the index.

#include "error.h"
#include "search/indexdata.h"

#include <QCoreApplication>
#include <QString>

namespace Folio::Search::Internal {

class IndexSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Search::IndexSnapshot)

public:
    static constexpr quint32 FormatVersion = 2; // 2: phrase filters of 10 bits and 5 probes per pair

    static Result<void> save(const IndexData &data, const QString &path, qint64 changeSeq);
    static Result<void> load(const QString &path, IndexData *data, qint64 *changeSeq);
};

} // namespace Folio::Search::Internal
