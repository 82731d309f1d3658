// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Images that look alike, from the perceptual hashes ingest stores for each current version: an index over
// every live item's hash (NearDuplicateIndex), queried by an item's hash. Used by `folioctl similar` and
// `dupes` and by the client's "Find similar".
//
// Borrows the Library; one thread at a time (the Library's).

#include "error.h"
#include "search/nearduplicateindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Folio {

class Library;

class SimilarImages
{
    Q_DECLARE_TR_FUNCTIONS(Folio::SimilarImages)

public:
    static constexpr int DefaultThreshold = 12; // bits two hashes may differ by

    explicit SimilarImages(Library &library)
        : m_library(library)
    { }

    // Loads every live item's current image hash into an index (id = item id); HASHES, when given, receives them.
    Result<NearDuplicateIndex> index(QHash<qint64, quint64> *hashes = nullptr);
    // The items whose image is within THRESHOLD bits of ITEMID's, nearest first, ITEMID itself left out.
    // NotFound when ITEMID has no image hash (not an image, or not extracted yet).
    Result<QList<NearDuplicateIndex::Match>> similarTo(
        qint64 itemId, const QString &itemName, int threshold = DefaultThreshold);

private:
    Library &m_library;
};

} // namespace Folio
