// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed links between items made and removed by users ("SOURCE is TYPE TARGET": a translation-of its
// original, a contract-for a campaign's assets). Each link and unlink is one audited transaction: a
// "relation.add" / "relation.remove" event on the relation, tied to the source item, naming both ends.
//
// Thread safety: one thread at a time, like its Library. Ownership: borrows the Library.

#include "error.h"
#include "store/itemlinkrepository.h"

#include <QCoreApplication>

namespace Folio {

class Library;

class Relations
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Relations)

public:
    explicit Relations(Library &library)
        : m_library(library)
    { }

    // Links SOURCE to TARGET with TYPE (one of ItemLinkRepository::userTypes()); AlreadyExists when that
    // link is there. Returns the link as seen from SOURCE.
    Result<ItemLink> link(const QString &type, qint64 sourceItemId, qint64 targetItemId);
    // Removes the link TYPE from SOURCE to TARGET; NotFound when it is not there.
    Result<void> unlink(const QString &type, qint64 sourceItemId, qint64 targetItemId);

private:
    Library &m_library;
};

} // namespace Folio
