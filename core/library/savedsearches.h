// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A library's saved searches (smart collections): adding one checks its query parses, and every change
// is one audited write. Running one is LibrarySearch's job.
//
// Thread safety: one thread at a time, the Library's. Borrows the Library.

#include "error.h"
#include "store/savedsearchrepository.h"

#include <QCoreApplication>

namespace Folio {

class Library;
class LibrarySearch;

class SavedSearches
{
    Q_DECLARE_TR_FUNCTIONS(Folio::SavedSearches)

public:
    explicit SavedSearches(Library &library)
        : m_library(library)
    { }

    // Saves QUERY as NAME (a name in use is refused unless REPLACE); SEARCH parses it first, so a
    // malformed query is refused with the parser's message.
    Result<SavedSearch> add(const QString &name, const QString &query, LibrarySearch &search, bool replace = false);
    Result<QList<SavedSearch>> list();
    Result<SavedSearch> find(const QString &name);
    Result<void> remove(const QString &name);

private:
    Library &m_library;
};

} // namespace Folio
