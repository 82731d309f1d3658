// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A library's manual collections: hand-picked sets of items (an item may be in several). Every change is
// one audited write: making, renaming and trashing a collection, adding and removing items (one event per
// item that joined or left, so an item's history says which collections it was put in). Names are
// trimmed, 1 to 200 characters without control characters, and unique among the live manual collections
// without regard to case.
//
// Thread safety: one thread at a time, the Library's. Borrows the Library.

#include "error.h"
#include "store/collectionrepository.h"

#include <QCoreApplication>
#include <QList>

namespace Folio {

class Library;

class Collections
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Collections)

public:
    explicit Collections(Library &library)
        : m_library(library)
    { }

    Result<Collection> create(const QString &name);
    // Live manual collections by name, with their item counts.
    Result<QList<Collection>> list();
    Result<Collection> rename(qint64 collectionId, const QString &newName);
    Result<void> trash(qint64 collectionId);
    // Adds the items (live ones, in the Trash or not) after the collection's last member; those already
    // in it stay where they are. Returns how many joined. An unknown or purged item refuses the whole batch.
    Result<int> addItems(qint64 collectionId, const QList<qint64> &itemIds);
    // Returns how many left (ids that were not members are ignored).
    Result<int> removeItems(qint64 collectionId, const QList<qint64> &itemIds);

private:
    // The checked, trimmed form of NAME, or why it is refused (EXCEPTID: the collection being renamed).
    Result<QString> checkedName(const QString &name, qint64 exceptId);
    Result<Collection> liveCollection(qint64 collectionId);

    Library &m_library;
};

} // namespace Folio
