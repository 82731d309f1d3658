// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Star ratings and colour labels of many items at once (the inspector's and the browser's quick marks).
// Each call is one audited transaction: one "item.rate" / "item.label" event per item that changed, with
// the old and new value, so undo (restore()) is audited the same way.
//
// Thread safety: one thread at a time, like its Library. Ownership: borrows the Library.

#include "error.h"
#include "store/itemlabelrepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Folio {

class Library;

class ItemAnnotations
{
    Q_DECLARE_TR_FUNCTIONS(Folio::ItemAnnotations)

public:
    explicit ItemAnnotations(Library &library)
        : m_library(library)
    { }

    // Sets RATING (when given; 0 = no stars) and/or COLORLABEL (when given; empty clears) on every live item
    // of ITEMIDS. Returns what each item had before, for undo. Nothing is written when one of them fails.
    Result<QList<ItemLabels>> set(
        const QList<qint64> &itemIds, std::optional<int> rating, std::optional<QString> colorLabel);
    // Puts back exactly what PREVIOUS says each item had (the answer of set()).
    Result<void> restore(const QList<ItemLabels> &previous);

private:
    Result<void> write(const QList<ItemLabels> &before, const QList<ItemLabels> &after);
    Library &m_library;
};

} // namespace Folio
