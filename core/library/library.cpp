// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"

#include "audit/auditlog.h"
#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "policy/defaultschema.h"
#include "store/actorrepository.h"
#include "store/database.h"
#include "store/jobrepository.h"
#include "store/migrations.h"
#include "store/schemarepository.h"
#include "util/durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

namespace Folio {

namespace {
// Opens folio.lock and takes the lock that lets recovery run only when nobody else is inside.
struct Lock
{
    int fd = -1;       // -1 when a read-only library has no lock file
    bool alone = false; // this process holds the lock exclusively
    bool readOnly = false;
};

Result<Lock> takeLock(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("folio.lock"));
    Lock lock;
    lock.fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock.fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM)) {
        // Read-only media or permissions: the library can still be read. Share a lock when there is a
        // lock file; without one nobody can be writing either.
        lock.readOnly = true;
        lock.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (lock.fd < 0) {
            return lock;
        }
    }
    if (lock.fd < 0) {
        const int error = errno;
        return fail(Error::Code::Io, Library::tr("Cannot open the library %1: %2 (%3).")
                                         .arg(dir, DurableFile::errnoText(error), path));
    }
    if (!lock.readOnly && ::flock(lock.fd, LOCK_EX | LOCK_NB) == 0) {
        lock.alone = true;
        return lock;
    }
    if (::flock(lock.fd, LOCK_SH) != 0) {
        const int error = errno;
        ::close(lock.fd);
        return fail(Error::Code::Busy, Library::tr("Cannot lock the library %1: %2.").arg(dir, DurableFile::errnoText(error)));
    }
    return lock;
}
} // namespace

Library::Library(QString path, std::unique_ptr<Database> db, int lockFd)
    : m_path(std::move(path)), m_db(std::move(db)), m_lockFd(lockFd)
{
    m_blobs = std::make_unique<BlobStore>(*m_db, m_path);
    m_audit = std::make_unique<AuditLog>(*m_db, m_path);
}

Library::~Library()
{
    m_audit.reset();
    m_blobs.reset();
    m_db.reset();
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
    }
}

bool Library::isLibrary(const QString &path)
{
    return QFileInfo(QDir(path).filePath(databaseFileName())).isFile();
}

QString Library::localActorName()
{
    QString name = qEnvironmentVariable("FOLIO_ACTOR");
    if (name.isEmpty()) {
        if (const passwd *user = ::getpwuid(::geteuid())) {
            name = QString::fromLocal8Bit(user->pw_name);
        }
    }
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USER", QStringLiteral("uid-%1").arg(::geteuid()));
    }
    return name;
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenMode mode)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    const QFileInfo info(clean);
    const bool exists = isLibrary(clean);

    if (mode == OpenMode::Existing && !exists) {
        return fail(Error::Code::NotFound, tr("%1 is not a Folio library (no %2 in it).").arg(clean, databaseFileName()));
    }
    if (mode == OpenMode::Create && exists) {
        return fail(Error::Code::AlreadyExists, tr("%1 is already a Folio library.").arg(clean));
    }
    if (!exists) {
        if (info.exists() && !info.isDir()) {
            return fail(Error::Code::InvalidArgument, tr("%1 is a file, not a folder.").arg(clean));
        }
        if (info.isDir() && !QDir(clean).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            return fail(Error::Code::AlreadyExists,
                        tr("%1 is not empty and is not a Folio library; choose an empty or new folder.").arg(clean));
        }
        if (!QDir().mkpath(clean)) {
            return fail(Error::Code::Io, tr("Could not create the folder %1.").arg(clean));
        }
    }

    auto lock = takeLock(clean);
    if (!lock) {
        return std::unexpected(lock.error());
    }
    if (lock->readOnly && !exists) {
        return fail(Error::Code::PermissionDenied, tr("Cannot create a library in %1: the folder is read-only.").arg(clean));
    }
    auto closeLock = [fd = lock->fd] {
        if (fd >= 0) {
            ::close(fd);
        }
    };
    auto db = Database::open(QDir(clean).filePath(databaseFileName()),
                             lock->readOnly ? Database::Mode::ReadOnly
                             : exists       ? Database::Mode::ReadWrite
                                            : Database::Mode::Create);
    if (!db) {
        closeLock();
        return std::unexpected(db.error());
    }
    if (lock->readOnly) {
        auto version = Migrations::version(**db);
        if (version && *version != Schema::currentVersion()) {
            closeLock();
            return fail(Error::Code::PermissionDenied,
                        tr("The library %1 needs an upgrade to schema version %2, but it is read-only.")
                            .arg(clean)
                            .arg(Schema::currentVersion()));
        }
    } else if (auto migrated = Migrations::migrate(**db, Schema::migrations()); !migrated) {
        closeLock();
        return std::unexpected(migrated.error());
    }
    std::unique_ptr<Library> library(new Library(clean, std::move(*db), lock->fd));
    library->m_readOnly = lock->readOnly;
    if (auto ready = library->initialise(!exists); !ready) {
        return std::unexpected(ready.error());
    }
    if (lock->alone) {
        // Nobody else is inside: finish what a crashed process left (pending blob files, temp files,
        // jobs that were running).
        if (auto recovered = library->m_blobs->recover(); !recovered) {
            return std::unexpected(recovered.error());
        }
        if (auto requeued = JobRepository(*library->m_db).requeueRunning(); !requeued) {
            return std::unexpected(requeued.error());
        }
        ::flock(lock->fd, LOCK_SH);
    }
    return library;
}

Result<void> Library::initialise(bool created)
{
    m_actorName = localActorName();
    ActorRepository actors(*m_db);
    auto uuid = actors.info(QStringLiteral("uuid"));
    if (!uuid) {
        return std::unexpected(uuid.error());
    }
    const bool fresh = uuid->isEmpty();
    if (!fresh) {
        m_uuid = *uuid;
    }
    auto known = actors.find(m_actorName);
    if (!known) {
        return std::unexpected(known.error());
    }
    m_actorId = *known;
    if ((!fresh && m_actorId != 0) || m_readOnly) {
        return {}; // nothing to write: opening a library for reading needs no write access to its database
    }
    auto ok = write([&]() -> Result<void> {
        auto id = actors.ensure(m_actorName, m_actorName);
        if (!id) {
            return std::unexpected(id.error());
        }
        m_actorId = *id;
        if (!fresh) {
            return {};
        }
        m_uuid = Ids::newUuid();
        if (auto set = actors.setInfo(QStringLiteral("uuid"), m_uuid); !set) {
            return set;
        }
        if (auto set = actors.setInfo(QStringLiteral("created_at"), Ids::now()); !set) {
            return set;
        }
        SchemaRepository schema(*m_db);
        const SchemaDocument defaults = SchemaJson::defaultSchema();
        for (const Vocabulary &vocabulary : defaults.vocabularies) {
            if (auto saved = schema.saveVocabulary(vocabulary); !saved) {
                return std::unexpected(saved.error());
            }
        }
        for (const FieldDefinition &field : defaults.fields) {
            if (auto saved = schema.saveField(field); !saved) {
                return std::unexpected(saved.error());
            }
        }
        auto event = m_audit->append({QStringLiteral("library.create"), QStringLiteral("library"), m_uuid, {},
                                      m_actorName, QJsonObject{{QStringLiteral("created"), created}}});
        if (!event) {
            return std::unexpected(event.error());
        }
        return {};
    });
    return ok;
}

Result<void> Library::record(const QString &action, const QString &entityKind, const QString &entityUuid,
                             const QString &itemUuid, const QJsonObject &values)
{
    auto event = m_audit->append({action, entityKind, entityUuid, itemUuid, m_actorName, values});
    if (!event) {
        return std::unexpected(event.error());
    }
    return {};
}

Result<void> Library::write(const std::function<Result<void>()> &work)
{
    if (m_readOnly) {
        return fail(Error::Code::PermissionDenied, tr("The library %1 is read-only: nothing can be changed.").arg(m_path));
    }
    auto tx = Transaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto done = work(); !done) {
        return done;
    }
    if (auto committed = tx->commit(); !committed) {
        return committed;
    }
    return m_audit->publishHead();
}

} // namespace Folio
