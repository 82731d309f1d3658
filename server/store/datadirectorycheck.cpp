// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadirectorycheck.h"

#include "audit/auditlog.h"
#include "blobs/blobfile.h"
#include "blobs/serverblobstore.h"
#include "serverschema.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Folio::Server {

namespace {

using Tr = DataDirectoryCheck;

constexpr qint64 tokenKeyBytes = 32;

QFileInfoList entries(const QString &folder)
{
    return QDir(folder).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

bool isLowerHex(const QString &text, qsizetype length)
{
    if (text.size() != length) {
        return false;
    }
    for (const QChar ch : text) {
        if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f'))) {
            return false;
        }
    }
    return true;
}

class Checker
{
public:
    Checker(QString dir, const std::function<bool(int)> &progress)
        : m_dir(std::move(dir))
        , m_progress(progress)
    { }

    Result<CheckReport> run()
    {
        const QString path = m_dir + QStringLiteral("/foliod.db");
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db) {
            return std::unexpected(db.error());
        }
        if (auto ok = database(**db); !ok) {
            return std::unexpected(ok.error());
        }
        tokenKey();
        if (auto ok = blobs(); !ok) {
            return std::unexpected(ok.error());
        }
        owners();
        uploads();
        return m_report;
    }

private:
    void problem(const QString &subject, const QString &reason) { m_report.problems.append({ subject, reason }); }

    Result<void> database(Database &db)
    {
        const QString name = db.path();
        auto integrity = db.query(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity) {
            return std::unexpected(integrity.error());
        }
        auto ok = integrity->forEach([&](Statement &row) {
            if (row.text(0) != QLatin1String("ok")) {
                problem(name, Tr::tr("the database is damaged: %1").arg(row.text(0)));
            }
        });
        if (!ok) {
            return ok;
        }
        *integrity = {};
        auto keys = db.query(QStringLiteral("PRAGMA foreign_key_check"));
        if (!keys) {
            return std::unexpected(keys.error());
        }
        ok = keys->forEach([&](Statement &row) {
            problem(name,
                Tr::tr("a %1 row (rowid %2) refers to a missing %3 row").arg(row.text(0), row.text(1), row.text(2)));
        });
        if (!ok) {
            return ok;
        }
        *keys = {};

        auto version = Migrations::version(db);
        if (!version) {
            return std::unexpected(version.error());
        }
        if (*version != ServerSchema::currentVersion()) {
            problem(name,
                *version > ServerSchema::currentVersion()
                    ? Tr::tr("its schema version %1 is newer than this foliod's %2: use a newer foliod")
                          .arg(*version)
                          .arg(ServerSchema::currentVersion())
                    : Tr::tr("its schema version %1 is older than %2: run foliod migrate")
                          .arg(*version)
                          .arg(ServerSchema::currentVersion()));
            // The queries below assume the current schema.
            return {};
        }

        auto users = db.query(QStringLiteral("SELECT uuid, name FROM users"));
        if (!users) {
            return std::unexpected(users.error());
        }
        ok = users->forEach([&](Statement &row) { m_users.insert(row.text(0), row.text(1)); });
        if (!ok) {
            return ok;
        }
        *users = {};
        m_report.users = int(m_users.size());

        AuditLog log(db, m_dir);
        auto audit = log.verify();
        if (!audit) {
            return std::unexpected(audit.error());
        }
        m_report.auditEvents = audit->events;
        if (!audit->ok) {
            problem(Tr::tr("audit log"), audit->problem);
        }
        m_usersKnown = true;
        return {};
    }

    void tokenKey()
    {
        // Made by the first `foliod serve`, so a DIR that never served has none yet.
        const QFileInfo key(m_dir + QStringLiteral("/token.key"));
        if (!key.exists()) {
            return;
        }
        if (!key.isFile()) {
            problem(key.filePath(), Tr::tr("the token key is not a regular file"));
        } else if (key.size() != tokenKeyBytes) {
            problem(key.filePath(),
                Tr::tr("the token key holds %1 bytes instead of %2: foliod will refuse to start")
                    .arg(key.size())
                    .arg(tokenKeyBytes));
        } else if (key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
            problem(key.filePath(), Tr::tr("other users may read the token key: run chmod 600 on it"));
        }
    }

    Result<void> blobs()
    {
        const QString root = m_dir + QStringLiteral("/blobs");
        const QDateTime now = QDateTime::currentDateTime();
        for (const QFileInfo &entry : entries(root)) {
            const QString name = entry.fileName();
            if (name == QLatin1String("tmp") && entry.isDir() && !entry.isSymLink()) {
                for (const QFileInfo &temp : entries(entry.filePath())) {
                    if (!temp.isFile() || temp.isSymLink()) {
                        problem(temp.filePath(), Tr::tr("a stray entry: blobs/tmp holds only files being written"));
                    } else if (temp.lastModified().secsTo(now) > DataDirectoryCheck::strayTempSeconds) {
                        problem(temp.filePath(),
                            Tr::tr("a partial blob write left behind (%1 bytes, last written %2); foliod serve "
                                   "removes it when it starts")
                                .arg(temp.size())
                                .arg(temp.lastModified().toUTC().toString(Qt::ISODate)));
                    }
                }
                continue;
            }
            if (!entry.isDir() || entry.isSymLink() || !isLowerHex(name, 2)) {
                problem(entry.filePath(),
                    Tr::tr("a stray entry: the blob store holds only folders named by two hex digits"));
                continue;
            }
            for (const QFileInfo &file : entries(entry.filePath())) {
                if (auto ok = blob(file, name); !ok) {
                    return ok;
                }
            }
        }
        return {};
    }

    Result<void> blob(const QFileInfo &file, const QString &folder)
    {
        const QString name = file.fileName();
        if (!file.isFile() || file.isSymLink()) {
            problem(file.filePath(), Tr::tr("a stray entry: blob files are regular files"));
            return {};
        }
        if (!ServerBlobStore::isSha256(name)) {
            problem(file.filePath(), Tr::tr("a stray file: its name is not a SHA-256"));
            return {};
        }
        if (!name.startsWith(folder)) {
            problem(
                file.filePath(), Tr::tr("the blob is in the wrong folder: it belongs in blobs/%1").arg(name.left(2)));
            return {};
        }
        auto digest = BlobFile::hash(file.filePath());
        ++m_report.blobsChecked;
        if (!digest) {
            if (digest.error().code() != Error::Code::NotFound) {
                problem(file.filePath(), Tr::tr("the blob cannot be read: %1").arg(digest.error().message()));
            }
        } else if (digest->sha256 != name) {
            problem(file.filePath(), Tr::tr("the blob is corrupt: its content hashes to %1").arg(digest->sha256));
        } else {
            m_present.insert(name);
            m_report.blobBytes += digest->size;
        }
        if (m_progress && !m_progress(m_report.blobsChecked)) {
            return fail(Error::Code::Cancelled, Tr::tr("The check was cancelled."));
        }
        return {};
    }

    QString blobPath(const QString &sha256) const
    {
        return m_dir + QStringLiteral("/blobs/") + sha256.left(2) + QLatin1Char('/') + sha256;
    }

    void owners()
    {
        for (const QFileInfo &owner : entries(m_dir + QStringLiteral("/blob-owners"))) {
            if (!owner.isDir() || owner.isSymLink()) {
                problem(owner.filePath(), Tr::tr("a stray entry: blob-owners holds one folder per user"));
                continue;
            }
            const QString user = m_users.value(owner.fileName());
            if (m_usersKnown && user.isEmpty()) {
                problem(owner.filePath(), Tr::tr("the blob owner folder names no user of foliod.db"));
            }
            for (const QFileInfo &marker : entries(owner.filePath())) {
                const QString sha = marker.fileName();
                if (!marker.isFile() || !ServerBlobStore::isSha256(sha)) {
                    problem(marker.filePath(), Tr::tr("a stray entry: owner markers are files named by a SHA-256"));
                    continue;
                }
                ++m_report.ownerMarkers;
                // A blob that arrived after the blob folders were walked is there, just not hashed.
                if (m_present.contains(sha) || BlobFile::isRegularFile(blobPath(sha))) {
                    continue;
                }
                problem(blobPath(sha),
                    Tr::tr("the blob is missing, though %1 uploaded it (marker %2)")
                        .arg(user.isEmpty() ? owner.fileName() : user, marker.filePath()));
            }
        }
    }

    void uploads()
    {
        const QDateTime now = QDateTime::currentDateTime();
        for (const QFileInfo &entry : entries(m_dir + QStringLiteral("/uploads"))) {
            if (!entry.isDir() || entry.isSymLink() || !isLowerHex(entry.fileName(), 32)) {
                problem(entry.filePath(), Tr::tr("a stray entry: uploads holds one folder per upload session"));
                continue;
            }
            ++m_report.uploadSessions;
            const QString folder = entry.filePath();
            const QFileInfo offsetFile(folder + QStringLiteral("/offset"));
            if (!offsetFile.exists()) {
                // The server removes these after a minute; one older than that was left by a crash while the
                // server was stopped, or the server is not cleaning up.
                if (entry.lastModified().secsTo(now) > 60) {
                    problem(
                        folder, Tr::tr("an upload session interrupted while it was being created (no offset file)"));
                }
                continue;
            }
            QFile meta(folder + QStringLiteral("/meta.json"));
            QFile offset(offsetFile.filePath());
            if (!meta.open(QIODevice::ReadOnly) || !offset.open(QIODevice::ReadOnly)) {
                if (QFileInfo::exists(folder)) { // else it finished or was cancelled meanwhile
                    problem(folder, Tr::tr("the upload session cannot be read: %1").arg(meta.errorString()));
                }
                continue;
            }
            const QJsonObject object = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
            bool ok = false;
            const qint64 acknowledged = offset.read(64).trimmed().toLongLong(&ok);
            const qint64 size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
            if (!ServerBlobStore::isSha256(object.value(QStringLiteral("sha256")).toString()) || size < 0 || !ok
                || acknowledged < 0 || acknowledged > size) {
                problem(folder, Tr::tr("the upload session is damaged: its meta.json or offset file is not valid"));
                continue;
            }
            const QFileInfo data(folder + QStringLiteral("/data"));
            // A session that finished meanwhile has moved its data away.
            if ((!data.isFile() || data.size() < acknowledged) && QFileInfo::exists(offsetFile.filePath())) {
                problem(data.filePath(),
                    Tr::tr("the upload has lost acknowledged bytes: %1 were acknowledged, %2 are there")
                        .arg(acknowledged)
                        .arg(data.isFile() ? data.size() : 0));
            }
            for (const QFileInfo &file : entries(folder)) {
                static const QStringList known { QStringLiteral("meta.json"), QStringLiteral("offset"),
                    QStringLiteral("data"), QStringLiteral("meta.json.tmp"), QStringLiteral("offset.tmp") };
                if (!known.contains(file.fileName())) {
                    problem(file.filePath(), Tr::tr("a stray file in an upload session"));
                }
            }
        }
    }

    QString m_dir;
    const std::function<bool(int)> &m_progress;
    CheckReport m_report;
    QHash<QString, QString> m_users; // uuid → name
    bool m_usersKnown = false;
    QSet<QString> m_present;
};

} // namespace

Result<CheckReport> DataDirectoryCheck::run(const QString &dir, const std::function<bool(int blobsDone)> &progress)
{
    if (dir.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("No data directory: pass --data DIR or set FOLIOD_DATA."));
    }
    const QString absolute = QDir(dir).absolutePath();
    if (!QFileInfo(absolute).isDir()) {
        return fail(Error::Code::NotFound, tr("The data directory %1 does not exist.").arg(absolute));
    }
    if (!QFileInfo::exists(absolute + QStringLiteral("/foliod.db"))) {
        return fail(
            Error::Code::NotFound, tr("%1 is not a foliod data directory: it holds no foliod.db.").arg(absolute));
    }
    return Checker(absolute, progress).run();
}

} // namespace Folio::Server
