// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The persisted job queue (DESIGN.md: one job queue). A job is claimed by a process (owner) before it
// runs; jobs of a process that died are given back to the queue by recovery. Borrowed Database; writes
// run inside the caller's transaction unless said otherwise.

#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Folio {

class Database;

struct Job
{
    qint64 id = 0;
    QString uuid;
    QString kind;      // "extract", later "ocr", "video"…
    qint64 versionId = 0;
    int priority = 0;  // higher runs first
    QJsonObject payload;
    int attempts = 0;
};

class JobRepository
{
public:
    explicit JobRepository(Database &db) : m_db(db) {}

    Result<qint64> enqueue(const QString &kind, qint64 versionId, int priority, const QJsonObject &payload,
                           const QString &now);
    // Claims up to LIMIT queued jobs for OWNER (in its own transaction), highest priority first.
    Result<QList<Job>> claim(const QString &owner, int limit, const QString &now);
    Result<void> finish(qint64 id, bool failed, const QString &error, const QString &now);
    // Gives the running jobs of dead processes back to the queue (recovery, with the library to itself).
    Result<int> requeueRunning();
    // Gives OWNER's running jobs back to the queue (a cancelled run).
    Result<int> requeueOwned(const QString &owner);
    // Queued + running jobs.
    Result<qint64> pending();
    Result<qint64> queued();
    // Queues an extraction of each version again (reprocess); returns how many were queued.
    Result<int> enqueueForVersions(const QString &kind, const QList<qint64> &versionIds, int priority, const QString &now);

private:
    Database &m_db;
};

} // namespace Folio
