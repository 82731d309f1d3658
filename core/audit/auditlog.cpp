// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"

#include "domain/canonicaljson.h"
#include "domain/ids.h"
#include "store/auditrepository.h"
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

// The hash EVENT should have (its own hash field is not part of it).
QString chainHash(const AuditEventRow &event)
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

using Head = AuditLink;

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
    : m_owned(std::make_unique<AuditRepository>(db))
    , m_store(*m_owned)
    , m_libraryPath(std::move(libraryPath))
{ }

AuditLog::AuditLog(AuditStore &store, QString directory)
    : m_store(store)
    , m_libraryPath(std::move(directory))
{ }

AuditLog::~AuditLog() = default;

QString AuditLog::headPath() const
{
    return QDir(m_libraryPath).filePath(QStringLiteral("audit.head"));
}

Result<qint64> AuditLog::append(const AuditEvent &event)
{
    const QString doing = tr("Could not record the audit event %1 of %2").arg(event.action, event.entityUuid);
    if (!m_store.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            tr("%1: it must be written inside the transaction of the change it records.").arg(doing));
    }
    if (event.action.isEmpty() || event.entityKind.isEmpty() || event.entityUuid.isEmpty() || event.actor.isEmpty()) {
        return fail(Error::Code::InvalidArgument,
            tr("%1: the action, the kind and id of what it touched, and the actor are required.").arg(doing));
    }

    AuditStore &audit = m_store;
    if (auto locked = audit.lockChain(); !locked) {
        return failedTo(doing, locked.error());
    }
    AuditEventRow chained;
    chained.seq = 1;
    chained.prevHash = zeroHash;
    auto read = audit.lastEvent();
    if (!read) {
        return failedTo(doing, read.error());
    }
    if (const std::optional<AuditLink> &last = *read) {
        chained.seq = last->seq + 1;
        chained.prevHash = last->hash;
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
    chained.hash = chainHash(chained);

    if (auto ok = audit.insertEvent(chained); !ok) {
        return failedTo(doing, ok.error());
    }
    if (auto ok = audit.insertValues(chained.seq, salt, valuesJson); !ok) {
        return failedTo(doing, ok.error());
    }
    return chained.seq;
}

Result<void> AuditLog::publishHead()
{
    const QString path = headPath();
    const QString doing = tr("Could not update the audit head %1").arg(path);
    if (m_store.inTransaction()) {
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

    auto read = m_store.lastEvent();
    if (!read) {
        return failedTo(doing, read.error());
    }
    const std::optional<Head> &newest = *read;
    if (!newest) {
        return {};
    }
    const Head head = *newest;
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

    AuditVerifyReport report;
    auto problem = [&report](qint64 seq, const QString &text) {
        report.ok = false;
        report.firstBadSeq = seq;
        report.problem = text;
        return report;
    };
    // Reports a problem found while walking the chain and ends the walk.
    auto stop = [&problem](qint64 seq, const QString &text) {
        problem(seq, text);
        return false;
    };

    qint64 previousSeq = 0;
    QString previousHash = zeroHash;
    QString hashAtHead;
    auto walked = m_store.forEachEvent([&](const AuditRow &row) {
        const AuditEventRow &event = row.event;
        ++report.events;

        if (previousSeq == 0 && event.seq != 1) {
            return stop(event.seq,
                tr("the audit log starts at event %1 instead of event 1: its first events "
                   "were removed")
                    .arg(event.seq));
        }
        if (event.seq != previousSeq + 1 || event.prevHash != previousHash) {
            if (previousSeq == 0) {
                return stop(event.seq,
                    tr("audit event 1 does not start the chain: earlier events were removed "
                       "or the events were reordered"));
            }
            return stop(event.seq,
                tr("audit event %1 does not follow event %2: an event was removed or "
                   "reordered")
                    .arg(event.seq)
                    .arg(previousSeq));
        }
        if (chainHash(event) != event.hash) {
            return stop(
                event.seq, tr("audit event %1 was altered: its hash does not match its content").arg(event.seq));
        }
        if (!row.value.exists) {
            return stop(event.seq, tr("the recorded values of audit event %1 are missing").arg(event.seq));
        }
        if (row.value.valuesJson) {
            if (valuesDigest(row.value.salt, *row.value.valuesJson) != event.digest) {
                return stop(event.seq, tr("the recorded values of audit event %1 were altered").arg(event.seq));
            }
        } else if (!row.value.redacted) {
            return stop(event.seq,
                tr("the recorded values of audit event %1 were removed without being "
                   "redacted")
                    .arg(event.seq));
        }

        if (head.head && head.head->seq == event.seq) {
            hashAtHead = event.hash;
        }
        previousSeq = event.seq;
        previousHash = event.hash;
        return true;
    });
    if (!walked) {
        return failedTo(doing, walked.error());
    }
    if (!report.ok) {
        return report;
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
    if (!m_store.inTransaction()) {
        return fail(Error::Code::InvalidArgument,
            tr("%1: it must run inside the transaction of the change that requires it.").arg(doing));
    }
    auto redacted = m_store.redactItem(itemUuid, Ids::now());
    if (!redacted) {
        return failedTo(doing, redacted.error());
    }
    return *redacted;
}

Result<QList<AuditRecord>> AuditLog::history(const QString &itemOrEntityUuid)
{
    const QString doing = tr("Could not read the audit history of %1").arg(itemOrEntityUuid);
    auto rows = m_store.eventsOf(itemOrEntityUuid);
    if (!rows) {
        return failedTo(doing, rows.error());
    }
    QList<AuditRecord> records;
    for (const AuditRow &row : std::as_const(*rows)) {
        AuditRecord record;
        record.seq = row.event.seq;
        record.uuid = row.event.uuid;
        record.at = row.event.at;
        record.actor = row.event.actor;
        record.action = row.event.action;
        record.entityKind = row.event.entityKind;
        record.entityUuid = row.event.entityUuid;
        record.itemUuid = row.event.itemUuid;
        record.redacted = row.value.redacted;
        if (row.value.valuesJson) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(*row.value.valuesJson, &error);
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
    auto events = m_store.count();
    if (!events) {
        return failedTo(tr("Could not count the audit events"), events.error());
    }
    return events;
}

} // namespace Folio
