// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/similarimages.h"

#include "library/library.h"
#include "store/extractionrepository.h"

namespace Folio {

Result<NearDuplicateIndex> SimilarImages::index(QHash<qint64, quint64> *hashes)
{
    auto all = ExtractionRepository(m_library.database()).currentHashes();
    if (!all) {
        return std::unexpected(all.error());
    }
    NearDuplicateIndex index;
    for (const HashedImage &image : std::as_const(*all)) {
        index.insert(image.itemId, image.hash);
        if (hashes) {
            hashes->insert(image.itemId, image.hash);
        }
    }
    return index;
}

Result<QList<NearDuplicateIndex::Match>> SimilarImages::similarTo(qint64 itemId, const QString &itemName, int threshold)
{
    QHash<qint64, quint64> hashes;
    auto loaded = index(&hashes);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    if (!hashes.contains(itemId)) {
        return std::unexpected(Error(Error::Code::NotFound,
            tr("Item %1 has no image hash (not an image, or not extracted yet).").arg(itemName)));
    }
    QList<NearDuplicateIndex::Match> matches = loaded->query(hashes.value(itemId), qBound(0, threshold, 32));
    matches.removeIf([itemId](const NearDuplicateIndex::Match &match) { return match.id == itemId; });
    return matches;
}

} // namespace Folio
