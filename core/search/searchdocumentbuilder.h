// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SearchDocumentBuilder turns what the library stores about an item (SearchItemRows) into the
// SearchDocument the index takes: which metadata field feeds which text field, exact values, numbers
// and flags (docs/SEARCH.md, "What is indexed"). Pure mapping, no SQL.
//
// Thread safety: const members are thread-safe. Holds a copy of the folder paths it was given.

#include "search/searchdocument.h"
#include "store/searchrepository.h"

#include <QHash>

namespace Folio::Search {

class SearchDocumentBuilder
{
public:
    // Body text beyond this many characters is not indexed (a 2,000-page manual's first ~400 pages).
    static constexpr qsizetype MaxBodyCharacters = 2'000'000;

    explicit SearchDocumentBuilder(QHash<qint64, QString> folderPaths)
        : m_folderPaths(std::move(folderPaths))
    { }

    SearchDocument build(const SearchItemRows &rows) const;

    // "/a/b/c" -> "/a/b/c", "/a/b", "/a" (the root "/" too, so folder:/ matches everything).
    static QStringList folderAndAncestors(const QString &path);
    // The names type: matches for MIMETYPE: itself, its major type and subtype, its usual suffix
    // ("image/jpeg" -> "image/jpeg", "image", "jpeg", "jpg").
    static QStringList typeNames(const QString &mimeType);
    // Seconds since the epoch of an ISO-8601 date or date-time (UTC when no offset); NaN when invalid.
    static double epochSeconds(const QString &iso);

private:
    QHash<qint64, QString> m_folderPaths;
};

} // namespace Folio::Search
