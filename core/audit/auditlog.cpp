// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"

#include "domain/canonicaljson.h"
#include "domain/ids.h"
#include "store/database.h"
#include "util/durablefile.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Folio {

namespace {

const QString zeroHash(64, QLatin1Char('0'));
constexpr qint64 maxHeadFileSize = 4096;

QString sha256Hex(QByteArrayView first, QByteArrayView second)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(first);
    hash.addData(second);
    return QString::fromLatin1(hash.result().toHex());
}

bool isHash(const QString &text)
{
    if (text.size() != 64) {
        return false;
    }
    return std::all_of(
        text.cbegin(), text.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// One audit_event row, as hashed.
struct ChainedEvent
{
    qint64 seq = 0;
    QString uuid;
    QString at;
    QString actor;
    QString action;
    QString entityKind;
    QString entityUuid;
    QString itemUuid;
    QString digest;
    QString prevHash;
};

QString chainHash(const ChainedEvent &event)
{
    const QJsonObject canonical {
        { QStringLiteral("seq"), event.seq },
        { QStringLiteral("uuid"), event.uuid },
        { QStringLiteral("at"), event.at },
        { QStringLiteral("actor"), event.actor },
        { QStringLiteral("action"), event.action },
        { QStringLiteral("entity_kind"), event.entityKind },
        { QStringLiteral("entity_uuid"), event.entityUuid },
        { QStringLiteral("item_uuid"), event.itemUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : event.itemUuid },
        { QStringLiteral("digest"), event.digest },
        { QStringLiteral("prev_hash"), event.prevHash },
    };
    return sha256Hex(event.prevHash.toLatin1(), CanonicalJson::serialize(canonical));
}

QString valuesDigest(const QString &salt, const QByteArray &valuesJson)
{
    return sha256Hex(salt.toLatin1(), valuesJson);
}

QString newSalt()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof words)).toHex());
}

struct Head
{
    qint64 seq = 0;
    QString hash;
};

// What audit.head holds: nothing (no file), a head, or why it cannot be used (a sentence for the user).
struct HeadRead
{
    std::optional<Head> head;
    QString problem;
};

HeadRead readHead(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return { std::nullopt, AuditLog::tr("the audit head %1 cannot be read: %2").arg(path, file.errorString()) };
    }
    const QByteArray data = file.read(maxHeadFileSize + 1);
    if (data.size() > maxHeadFileSize) {
        return { std::nullopt, AuditLog::tr("the audit head %1 is damaged: it is too large").arg(path) };
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return { std::nullopt, AuditLog::tr("the audit head %1 is damaged: it is not a JSON object").arg(path) };
    }
    const QJsonObject object = document.object();
    const qint64 seq = object.value(QStringLiteral("seq")).toInteger(0);
    const QString hash = object.value(QStringLiteral("hash")).toString();
    if (seq < 1 || !isHash(hash)) {
        return { std::nullopt,
            AuditLog::tr("the audit head %1 is damaged: it does not name an event and its hash").arg(path) };
    }
    return { Head { seq, hash }, {} };
}

// An exclusive flock held for the lifetime of the object; closing the descriptor releases it.
class FileLock
{
public:
    FileLock() = default;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    Result<void> lock(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0) {
            const int error = errno;
            return fail(Error::Code::Io,
                AuditLog::tr("Could not open the lock file %1: %2").arg(path, DurableFile::errnoText(error)));
        }
        while (::flock(m_fd, LOCK_EX) != 0) {
            const int error = errno;
            if (error != EINTR) {
                return fail(
                    Error::Code::Io, AuditLog::tr("Could not lock %1: %2").arg(path, DurableFile::errnoText(error)));
            }
        }
        return {};
    }

private:
    int m_fd = -1;
};

// Wraps a lower-level error (which names the database and SQLite's reason) in what was being done.
std::unexpected<Error> failedTo(const QString &doing, const Error &error)
{
    return std::unexpected(Error(error.code(), doing + QStringLiteral(": ") + error.message(), error.detail()));
}

} // namespace

AuditLog::AuditLog(Database &db, QString libraryPath)
    : m_db(db)
    , m_libraryPath(std::move(libraryPath))
{ }

QString AuditLog::headPath() const
{
    return QDir(m_libraryPath).filePath(QStringLiteral("audit.head"));
}

Result<qint64> AuditLog::append(const AuditEvent &event)
{
    const QString doing = tr("Could not record the audit event %1 of %2").arg(event.action, event.entityUuid);
    if (!m_db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            tr("%1: it must be written inside the transaction of the change it records.").arg(doing));
    }
    if (event.action.isEmpty() || event.entityKind.isEmpty() || event.entityUuid.isEmpty() || event.actor.isEmpty()) {
        return fail(Error::Code::InvalidArgument,
            tr("%1: the action, the kind and id of what it touched, and the actor are required.").arg(doing));
    }

    ChainedEvent chained;
    chained.seq = 1;
    chained.prevHash = zeroHash;
    {
        auto last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
        if (!last) {
            return failedTo(doing, last.error());
        }
        auto row = last->next();
        if (!row) {
            return failedTo(doing, row.error());
        }
        if (*row) {
            chained.seq = last->int64(0) + 1;
            chained.prevHash = last->text(1);
        }
    }
    chained.uuid = Ids::newUuid();
    chained.at = Ids::now();
    chained.actor = event.actor;
    chained.action = event.action;
    chained.entityKind = event.entityKind;
    chained.entityUuid = event.entityUuid;
    chained.itemUuid = event.itemUuid;
    const QString salt = newSalt();
    const QByteArray valuesJson = CanonicalJson::serialize(event.values);
    chained.digest = valuesDigest(salt, valuesJson);
    const QString hash = chainHash(chained);

    {
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO audit_event (seq, uuid, at, actor, action, entity_kind, entity_uuid, item_uuid, digest, "
            "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
        if (!insert) {
            return failedTo(doing, insert.error());
        }
        insert->bindAll(chained.seq, chained.uuid, chained.at, chained.actor, chained.action, chained.entityKind,
            chained.entityUuid, chained.itemUuid.isEmpty() ? QVariant() : QVariant(chained.itemUuid), chained.digest,
            chained.prevHash, hash);
        if (auto ok = insert->run(); !ok) {
            return failedTo(doing, ok.error());
        }
    }
    {
        auto insert = m_db.prepare(
            QStringLiteral("INSERT INTO audit_value (event_seq, salt, values_json) VALUES (?1, ?2, ?3)"));
        if (!insert) {
            return failedTo(doing, insert.error());
        }
        // Text, not a blob, so the values stay readable with any SQLite tool.
        insert->bindAll(chained.seq, salt, QString::fromUtf8(valuesJson));
        if (auto ok = insert->run(); !ok) {
            return failedTo(doing, ok.error());
        }
    }
    return chained.seq;
}

Result<void> AuditLog::publishHead()
{
    const QString path = headPath();
    const QString doing = tr("Could not update the audit head %1").arg(path);
    if (m_db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            tr("%1: it must be published after the transaction commits, as its events could still be "
               "rolled back.")
                .arg(doing));
    }
    // Without the lock, a process that read an older newest event could overwrite the head a faster
    // process had just written, moving it backwards.
    FileLock lock;
    if (auto ok = lock.lock(path + QStringLiteral(".lock")); !ok) {
        return failedTo(doing, ok.error());
    }
    const HeadRead current = readHead(path);
    if (!current.problem.isEmpty()) {
        // Overwriting it would destroy what verify() needs to report.
        return fail(Error::Code::Corrupt, tr("%1: %2.").arg(doing, current.problem));
    }

    auto newest = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!newest) {
        return failedTo(doing, newest.error());
    }
    auto row = newest->next();
    if (!row) {
        return failedTo(doing, row.error());
    }
    if (!*row) {
        return {};
    }
    const Head head { newest->int64(0), newest->text(1) };
    if (current.head && current.head->seq >= head.seq) {
        return {};
    }
    const QJsonObject json { { QStringLiteral("seq"), head.seq }, { QStringLiteral("hash"), head.hash } };
    return DurableFile::write(path, CanonicalJson::serialize(json) + '\n');
}

Result<AuditVerifyReport> AuditLog::verify()
{
    const QString doing = tr("Could not verify the audit log of %1").arg(m_libraryPath);
    // The head is read before the events: a head is published only after its event committed, so every
    // event it names is in the snapshot read next, even while other processes append.
    const HeadRead head = readHead(headPath());

    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT e.seq, e.uuid, e.at, e.actor, e.action, e.entity_kind, e.entity_uuid, e.item_uuid, e.digest, "
        "e.prev_hash, e.hash, v.event_seq IS NOT NULL, v.salt, v.values_json, v.redacted_at "
        "FROM audit_event e LEFT JOIN audit_value v ON v.event_seq = e.seq ORDER BY e.seq"));
    if (!stmt) {
        return failedTo(doing, stmt.error());
    }

    AuditVerifyReport report;
    auto problem = [&report](qint64 seq, const QString &text) {
        report.ok = false;
        report.firstBadSeq = seq;
        report.problem = text;
        return report;
    };

    qint64 previousSeq = 0;
    QString previousHash = zeroHash;
    QString hashAtHead;
    for (;;) {
        auto row = stmt->next();
        if (!row) {
            return failedTo(doing, row.error());
        }
        if (!*row) {
            break;
        }
        ChainedEvent event;
        event.seq = stmt->int64(0);
        event.uuid = stmt->text(1);
        event.at = stmt->text(2);
        event.actor = stmt->text(3);
        event.action = stmt->text(4);
        event.entityKind = stmt->text(5);
        event.entityUuid = stmt->text(6);
        event.itemUuid = stmt->text(7);
        event.digest = stmt->text(8);
        event.prevHash = stmt->text(9);
        const QString storedHash = stmt->text(10);
        ++report.events;

        if (previousSeq == 0 && event.seq != 1) {
            return problem(event.seq,
                tr("the audit log starts at event %1 instead of event 1: its first events "
                   "were removed")
                    .arg(event.seq));
        }
        if (event.seq != previousSeq + 1 || event.prevHash != previousHash) {
            if (previousSeq == 0) {
                return problem(event.seq,
                    tr("audit event 1 does not start the chain: earlier events were removed "
                       "or the events were reordered"));
            }
            return problem(event.seq,
                tr("audit event %1 does not follow event %2: an event was removed or "
                   "reordered")
                    .arg(event.seq)
                    .arg(previousSeq));
        }
        if (chainHash(event) != storedHash) {
            return problem(
                event.seq, tr("audit event %1 was altered: its hash does not match its content").arg(event.seq));
        }
        const bool hasValues = stmt->int64(11) != 0;
        const bool redacted = !stmt->isNull(14);
        if (!hasValues) {
            return problem(event.seq, tr("the recorded values of audit event %1 are missing").arg(event.seq));
        }
        if (!stmt->isNull(13)) {
            if (valuesDigest(stmt->text(12), stmt->blob(13)) != event.digest) {
                return problem(event.seq, tr("the recorded values of audit event %1 were altered").arg(event.seq));
            }
        } else if (!redacted) {
            return problem(event.seq,
                tr("the recorded values of audit event %1 were removed without being "
                   "redacted")
                    .arg(event.seq));
        }

        if (head.head && head.head->seq == event.seq) {
            hashAtHead = storedHash;
        }
        previousSeq = event.seq;
        previousHash = storedHash;
    }

    if (!head.problem.isEmpty()) {
        return problem(0, head.problem);
    }
    if (!head.head) {
        if (report.events > 0) {
            return problem(0,
                tr("the audit head %1 is missing although the log reaches event %2: the newest "
                   "events may have been removed")
                    .arg(headPath())
                    .arg(previousSeq));
        }
        return report;
    }
    if (head.head->seq > previousSeq) {
        if (previousSeq == 0) {
            return problem(1,
                tr("the audit events were removed: the head records event %1 but the log is empty")
                    .arg(head.head->seq));
        }
        return problem(previousSeq + 1,
            tr("the newest audit events were removed: the head records event %1 but "
               "the log ends at event %2")
                .arg(head.head->seq)
                .arg(previousSeq));
    }
    if (hashAtHead != head.head->hash) {
        return problem(head.head->seq,
            tr("audit event %1 is not the one the audit head recorded: the log was "
               "rewritten")
                .arg(head.head->seq));
    }
    return report;
}

Result<int> AuditLog::redactItem(const QString &itemUuid)
{
    const QString doing = tr("Could not redact the audit values of %1").arg(itemUuid);
    if (!m_db.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            tr("%1: it must run inside the transaction of the change that requires it.").arg(doing));
    }
    auto stmt = m_db.prepare(QStringLiteral("UPDATE audit_value SET values_json = NULL, salt = NULL, redacted_at = ?1 "
                                            "WHERE redacted_at IS NULL AND event_seq IN "
                                            "(SELECT seq FROM audit_event WHERE item_uuid = ?2 OR entity_uuid = ?2)"));
    if (!stmt) {
        return failedTo(doing, stmt.error());
    }
    stmt->bindAll(Ids::now(), itemUuid);
    if (auto ok = stmt->run(); !ok) {
        return failedTo(doing, ok.error());
    }
    return stmt->changes();
}

Result<QList<AuditRecord>> AuditLog::history(const QString &itemOrEntityUuid)
{
    const QString doing = tr("Could not read the audit history of %1").arg(itemOrEntityUuid);
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT e.seq, e.uuid, e.at, e.actor, e.action, e.entity_kind, e.entity_uuid, e.item_uuid, "
                       "v.values_json, v.redacted_at IS NOT NULL "
                       "FROM audit_event e LEFT JOIN audit_value v ON v.event_seq = e.seq "
                       "WHERE e.item_uuid = ?1 OR e.entity_uuid = ?1 ORDER BY e.seq"));
    if (!stmt) {
        return failedTo(doing, stmt.error());
    }
    stmt->bindAll(itemOrEntityUuid);
    QList<AuditRecord> records;
    for (;;) {
        auto row = stmt->next();
        if (!row) {
            return failedTo(doing, row.error());
        }
        if (!*row) {
            break;
        }
        AuditRecord record;
        record.seq = stmt->int64(0);
        record.uuid = stmt->text(1);
        record.at = stmt->text(2);
        record.actor = stmt->text(3);
        record.action = stmt->text(4);
        record.entityKind = stmt->text(5);
        record.entityUuid = stmt->text(6);
        record.itemUuid = stmt->text(7);
        record.redacted = stmt->int64(9) != 0;
        if (!stmt->isNull(8)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(stmt->blob(8), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                return fail(Error::Code::Corrupt,
                    tr("%1: the recorded values of audit event %2 are damaged.").arg(doing).arg(record.seq),
                    error.errorString());
            }
            record.values = document.object();
        }
        records.append(record);
    }
    return records;
}

Result<qint64> AuditLog::count()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_event"));
    if (!stmt) {
        return failedTo(tr("Could not count the audit events"), stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return failedTo(tr("Could not count the audit events"), row.error());
    }
    return stmt->int64(0);
}

} // namespace Folio
