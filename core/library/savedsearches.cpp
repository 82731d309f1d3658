// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/savedsearches.h"

#include "domain/ids.h"
#include "library/library.h"
#include "library/librarysearch.h"

#include <QJsonObject>

namespace Folio {

Result<SavedSearch> SavedSearches::add(const QString &name, const QString &query, LibrarySearch &search, bool replace)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        return fail(Error::Code::InvalidArgument, tr("A saved search needs a name of 1 to 200 characters."));
    }
    // Parsing is the cheapest proof that the query will run; the page it returns is not used.
    LibrarySearch::Options probe;
    probe.query = query;
    probe.limit = 1;
    probe.log = false;
    if (auto parsed = search.search(probe); !parsed) {
        return std::unexpected(parsed.error());
    }
    SavedSearchRepository repository(m_library.database());
    SavedSearch saved;
    auto written = m_library.write([&]() -> Result<void> {
        auto existing = repository.byName(trimmed);
        if (!existing) {
            return std::unexpected(existing.error());
        }
        const QString at = Ids::now();
        if (*existing) {
            if (!replace) {
                return fail(Error::Code::AlreadyExists,
                    tr("A saved search named “%1” exists already (use --replace to change its query).").arg(trimmed));
            }
            saved = **existing;
            saved.query = query;
            saved.modifiedAt = at;
            if (auto updated = repository.updateQuery(saved.id, query, at); !updated) {
                return updated;
            }
            return m_library.record(QStringLiteral("saved-search.update"), QStringLiteral("collection"), saved.uuid,
                QString(), { { QStringLiteral("name"), trimmed }, { QStringLiteral("query"), query } });
        }
        saved = { 0, Ids::newUuid(), trimmed, query, at, at };
        if (auto added = repository.add(saved); !added) {
            return added;
        }
        return m_library.record(QStringLiteral("saved-search.add"), QStringLiteral("collection"), saved.uuid, QString(),
            { { QStringLiteral("name"), trimmed }, { QStringLiteral("query"), query } });
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return saved;
}

Result<QList<SavedSearch>> SavedSearches::list()
{
    return SavedSearchRepository(m_library.database()).all();
}

Result<SavedSearch> SavedSearches::find(const QString &name)
{
    auto found = SavedSearchRepository(m_library.database()).byName(name.trimmed());
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(Error::Code::NotFound, tr("No saved search is named “%1”.").arg(name));
    }
    return **found;
}

Result<void> SavedSearches::remove(const QString &name)
{
    auto found = find(name);
    if (!found) {
        return std::unexpected(found.error());
    }
    return m_library.write([&]() -> Result<void> {
        if (auto removed = SavedSearchRepository(m_library.database()).remove(found->id); !removed) {
            return removed;
        }
        return m_library.record(QStringLiteral("saved-search.remove"), QStringLiteral("collection"), found->uuid,
            QString(), { { QStringLiteral("name"), found->name } });
    });
}

} // namespace Folio
