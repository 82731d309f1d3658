// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/jobrepository.h"

#include "domain/canonicaljson.h"
#include "domain/ids.h"
#include "store/database.h"

#include <QJsonDocument>

namespace Folio {

Result<qint64> JobRepository::enqueue(const QString &kind, qint64 versionId, int priority, const QJsonObject &payload,
                                      const QString &now)
{
    auto inserted = m_db.execute(QStringLiteral("INSERT INTO job (uuid, kind, version_id, state, priority, payload_json, "
                                                "created_at) VALUES (?, ?, ?, 'queued', ?, ?, ?)"),
                                 Ids::newUuid(), kind, versionId ? QVariant(versionId) : QVariant(), priority,
                                 QString::fromUtf8(CanonicalJson::serialize(payload)), now);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    return m_db.lastInsertRowId();
}

Result<QList<Job>> JobRepository::claim(const QString &owner, int limit, const QString &now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto stmt = m_db.query(QStringLiteral("SELECT id, uuid, kind, ifnull(version_id, 0), priority, payload_json, attempts "
                                          "FROM job WHERE state = 'queued' ORDER BY priority DESC, id LIMIT ?"),
                           limit);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<Job> jobs;
    auto ok = stmt->forEach([&](Statement &row) {
        jobs.append({row.int64(0), row.text(1), row.text(2), row.int64(3), int(row.int64(4)),
                     QJsonDocument::fromJson(row.text(5).toUtf8()).object(), int(row.int64(6))});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    *stmt = {};
    for (const Job &job : std::as_const(jobs)) {
        auto claimed = m_db.execute(QStringLiteral("UPDATE job SET state = 'running', owner = ?, started_at = ?, "
                                                   "attempts = attempts + 1 WHERE id = ?"),
                                    owner, now, job.id);
        if (!claimed) {
            return std::unexpected(claimed.error());
        }
    }
    if (auto committed = tx->commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return jobs;
}

Result<void> JobRepository::finish(qint64 id, bool failed, const QString &error, const QString &now)
{
    auto updated = m_db.execute(QStringLiteral("UPDATE job SET state = ?, error = ?, finished_at = ? WHERE id = ?"),
                                failed ? QStringLiteral("failed") : QStringLiteral("done"),
                                error.isEmpty() ? QVariant() : QVariant(error), now, id);
    if (!updated) {
        return std::unexpected(updated.error());
    }
    return {};
}

Result<int> JobRepository::requeueRunning()
{
    return m_db.execute(QStringLiteral("UPDATE job SET state = 'queued', owner = NULL WHERE state = 'running'"));
}

Result<int> JobRepository::requeueOwned(const QString &owner)
{
    return m_db.execute(QStringLiteral("UPDATE job SET state = 'queued', owner = NULL WHERE state = 'running' AND owner = ?"),
                        owner);
}

Result<qint64> JobRepository::queued()
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM job WHERE state = 'queued'"));
    if (!count) {
        return std::unexpected(count.error());
    }
    return count->toLongLong();
}

Result<int> JobRepository::enqueueForVersions(const QString &kind, const QList<qint64> &versionIds, int priority,
                                              const QString &now)
{
    int queuedNow = 0;
    for (qint64 versionId : versionIds) {
        // A version already waiting needs no second job.
        auto waiting = m_db.scalar(QStringLiteral("SELECT 1 FROM job WHERE version_id = ? AND kind = ? AND state = 'queued'"),
                                   versionId, kind);
        if (!waiting) {
            return std::unexpected(waiting.error());
        }
        if (waiting->isValid()) {
            continue;
        }
        if (auto id = enqueue(kind, versionId, priority, {}, now); !id) {
            return std::unexpected(id.error());
        }
        ++queuedNow;
    }
    return queuedNow;
}

Result<qint64> JobRepository::pending()
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM job WHERE state IN ('queued', 'running')"));
    if (!count) {
        return std::unexpected(count.error());
    }
    return count->toLongLong();
}

} // namespace Folio
