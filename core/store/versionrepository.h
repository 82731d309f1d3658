// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes versions (immutable once written) and renditions' blob references. Borrowed
// Database; one thread at a time; writes run inside the caller's transaction.

#include "domain/records.h"
#include "error.h"

#include <QCoreApplication>

namespace Folio {

class Database;

class VersionRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::VersionRepository)

public:
    explicit VersionRepository(Database &db) : m_db(db) {}

    Result<QList<Version>> forItem(qint64 itemId);
    Result<Version> byNumber(qint64 itemId, int number);
    Result<Version> byId(qint64 id);
    Result<int> latestNumber(qint64 itemId);
    // Inserts VERSION (number, blob, filename… set by the caller); returns its id.
    Result<qint64> insert(const Version &version, qint64 authorId);
    // Blob ids used by ITEM's versions and their renditions (one entry per use), for purge.
    Result<QList<qint64>> blobUses(qint64 itemId);
    Result<void> deleteForItem(qint64 itemId);
    // Groups (size >= 2) of live items whose current versions have the same content, by item id.
    Result<QList<QList<qint64>>> itemsSharingContent();
    // The uuid of a live item (not trashed) that has a version with this content, or an empty string.
    Result<QString> itemWithContent(const QString &sha256);

private:
    Result<QList<Version>> select(const QString &where, const QVariant &a, const QVariant &b = {});
    Database &m_db;
};

} // namespace Folio
