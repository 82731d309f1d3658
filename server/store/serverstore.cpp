// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstore.h"

#include "audit/auditlog.h"
#include "auth/tokens.h"
#include "datadirectorylock.h"
#include "domain/ids.h"
#include "servermigrations.h"
#include "serverauditrepository.h"
#include "serverschema.h"
#include "sql/sqlconnection.h"
#include "sql/sqltransaction.h"
#include "store/auditrepository.h"

#include <QDir>
#include <QFile>

namespace Folio::Server {

namespace {

const QString userColumns
    = QStringLiteral("uuid, name, role, password_hash, totp_secret, totp_last_step, disabled, created FROM users");
const QString sessionColumns
    = QStringLiteral("t.id, u.uuid, u.name, t.device, t.created, t.last_used, t.expires, t.revoked "
                     "FROM refresh_tokens t JOIN users u ON u.id = t.user_id");

ServerUser readUser(const SqlStatement &row)
{
    ServerUser user;
    user.uuid = row.text(0);
    user.name = row.text(1);
    user.role = row.text(2);
    user.passwordHash = row.text(3);
    user.totpSecret = row.blob(4);
    if (!row.isNull(5)) {
        user.totpLastStep = row.int64(5);
    }
    user.disabled = row.int64(6) != 0;
    user.created = row.text(7);
    return user;
}

ServerSession readSession(const SqlStatement &row)
{
    ServerSession session;
    session.id = row.int64(0);
    session.userUuid = row.text(1);
    session.userName = row.text(2);
    session.device = row.text(3);
    session.created = row.text(4);
    session.lastUsed = row.text(5);
    session.expires = row.text(6);
    session.revoked = row.isNull(7) ? QString() : row.text(7);
    return session;
}

} // namespace

ServerStore::ServerStore(std::unique_ptr<SqlConnection> db, QString target, QString dir, int migratedFrom)
    : m_db(std::move(db))
    , m_target(std::move(target))
    , m_dir(std::move(dir))
    , m_migratedFrom(migratedFrom)
{ }

ServerStore::~ServerStore() = default;

QString ServerStore::databaseFileName()
{
    return QStringLiteral("foliod.db");
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const DataDirectoryLock &lock)
{
    return open(QDir(lock.directory()).filePath(databaseFileName()), lock.directory());
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &database, const QString &directory)
{
    auto db = SqlConnection::open(database);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (!SqlConnection::isPostgresUrl(database)) {
        // Password hashes and TOTP secrets: the owner's only, even in a DIR others can enter. SQLite gives its
        // -wal and -shm files the database file's mode. (On PostgreSQL the server's roles guard them.)
        QFile file(database);
        if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            return fail(Error::Code::PermissionDenied,
                tr("Could not make the server database %1 private to its owner: %2").arg(database, file.errorString()));
        }
    }
    auto before = ServerMigrations::migrate(**db, ServerSchema::migrations());
    if (!before) {
        return std::unexpected(before.error());
    }
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(*db), database, directory, *before));
}

Result<void> ServerStore::validateName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64) {
        return fail(Error::Code::InvalidArgument,
            tr("The user name \"%1\" is not allowed: it must have 1 to 64 characters.").arg(name));
    }
    if (name.trimmed().isEmpty() || name.trimmed() != name) {
        return fail(Error::Code::InvalidArgument,
            tr("The user name \"%1\" is not allowed: it must not start or end with a space.").arg(name));
    }
    for (const QChar ch : name) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format) {
            return fail(Error::Code::InvalidArgument,
                tr("The user name \"%1\" is not allowed: it contains a control character (U+%2).")
                    .arg(QString(name).replace(ch, QLatin1Char('?')))
                    .arg(ch.unicode(), 4, 16, QLatin1Char('0')));
        }
        if (ch == QLatin1Char('/')) {
            return fail(
                Error::Code::InvalidArgument, tr("The user name \"%1\" is not allowed: it contains '/'.").arg(name));
        }
    }
    return {};
}

const QStringList &ServerStore::roles()
{
    static const QStringList all { QStringLiteral("admin"), QStringLiteral("librarian"), QStringLiteral("editor"),
        QStringLiteral("approver"), QStringLiteral("reviewer"), QStringLiteral("viewer"), QStringLiteral("external") };
    return all;
}

Result<void> ServerStore::validateRole(const QString &role)
{
    if (!roles().contains(role)) {
        return fail(Error::Code::InvalidArgument,
            tr("The role \"%1\" does not exist: use one of %2.").arg(role, roles().join(QStringLiteral(", "))));
    }
    return {};
}

Result<void> ServerStore::lockAuditChain(SqlConnection &connection)
{
    if (connection.dialect().backend() != SqlDialect::Backend::Postgres) {
        return {};
    }
    // Any fixed number, the same in every foliod; not the change feed's lock (server/library/changelog.cpp),
    // so sign-ins do not wait for library writes.
    constexpr qint64 auditChainLockKey = 0x466f6c696f41; // "FolioA"
    auto locked = connection.query(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), auditChainLockKey);
    if (!locked) {
        return std::unexpected(locked.error());
    }
    return locked->run();
}

Result<void> ServerStore::audit(const QString &actor, const QString &action, const QString &entityKind,
    const QString &entityUuid, const QJsonObject &values)
{
    ServerAuditRepository rows(*m_db); // takes the chain's lock first thing in append()
    AuditLog log(rows, m_dir);
    AuditEvent event;
    event.action = action;
    event.entityKind = entityKind;
    event.entityUuid = entityUuid;
    event.actor = actor;
    event.values = values;
    auto seq = log.append(event);
    if (!seq) {
        return std::unexpected(seq.error());
    }
    return {};
}

Result<void> ServerStore::publishAudit()
{
    BasicAuditRepository<SqlConnection> rows(*m_db);
    AuditLog log(rows, m_dir);
    return log.publishHead();
}

Result<AuditVerifyReport> ServerStore::verifyAudit()
{
    BasicAuditRepository<SqlConnection> rows(*m_db);
    AuditLog log(rows, m_dir);
    return log.verify();
}

Result<ServerUser> ServerStore::addUser(
    const QString &name, const QString &role, const QString &passwordHash, const QString &actor)
{
    if (auto ok = validateName(name); !ok) {
        return std::unexpected(ok.error());
    }
    if (auto ok = validateRole(role); !ok) {
        return std::unexpected(ok.error());
    }
    if (!passwordHash.startsWith(QLatin1String("$argon2id$"))) {
        return fail(Error::Code::InvalidArgument,
            tr("Could not add the user \"%1\": the password hash is not an Argon2id hash.").arg(name));
    }
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    ServerUser user;
    user.uuid = Ids::newUuid();
    user.name = name;
    user.role = role;
    user.passwordHash = passwordHash;
    user.created = Ids::now();
    // One statement decides whether the name is free: of two nodes adding one name at once only one wins, and
    // the other gets AlreadyExists rather than a constraint error that aborts its transaction on PostgreSQL.
    auto inserted = m_db->execute(QStringLiteral("INSERT INTO users (uuid, name, role, password_hash, created) "
                                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"),
        user.uuid, user.name, user.role, user.passwordHash, user.created);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    if (*inserted == 0) {
        return fail(Error::Code::AlreadyExists, tr("Could not add the user \"%1\": that name is taken.").arg(name));
    }
    if (auto ok = commitAudited(*tx, actor, QStringLiteral("user.add"), QStringLiteral("user"), user.uuid,
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("role"), role } });
        !ok) {
        return std::unexpected(ok.error());
    }
    return user;
}

Result<ServerUser> ServerStore::userWhere(const QString &column, const QString &key, const QString &notFound)
{
    auto stmt = m_db->query(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" WHERE %1 = ?").arg(column), key);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(Error::Code::NotFound, notFound);
    }
    return readUser(*stmt);
}

Result<ServerUser> ServerStore::user(const QString &name)
{
    return userWhere(QStringLiteral("name"), name, tr("There is no user \"%1\".").arg(name));
}

Result<ServerUser> ServerStore::userByUuid(const QString &uuid)
{
    return userWhere(QStringLiteral("uuid"), uuid, tr("There is no user with the id %1.").arg(uuid));
}

Result<QList<ServerUser>> ServerStore::users()
{
    auto stmt = m_db->query(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" ORDER BY name"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<ServerUser> out;
    if (auto ok = stmt->forEach([&](const SqlStatement &row) { out.append(readUser(row)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<void> ServerStore::setPasswordHash(const QString &name, const QString &passwordHash, const QString &actor)
{
    if (!passwordHash.startsWith(QLatin1String("$argon2id$"))) {
        return fail(Error::Code::InvalidArgument,
            tr("Could not change the password of \"%1\": the hash is not an Argon2id hash.").arg(name));
    }
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = user(name);
    if (!found) {
        return std::unexpected(found.error());
    }
    auto changed
        = m_db->execute(QStringLiteral("UPDATE users SET password_hash = ? WHERE uuid = ?"), passwordHash, found->uuid);
    if (!changed) {
        return std::unexpected(changed.error());
    }
    return commitAudited(*tx, actor, QStringLiteral("user.passwd"), QStringLiteral("user"), found->uuid, {});
}

Result<void> ServerStore::setDisabled(const QString &name, bool disabled, const QString &actor)
{
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = user(name);
    if (!found) {
        return std::unexpected(found.error());
    }
    auto changed = m_db->execute(QStringLiteral("UPDATE users SET disabled = ? WHERE uuid = ?"), disabled, found->uuid);
    if (!changed) {
        return std::unexpected(changed.error());
    }
    if (disabled) {
        auto revoked = m_db->execute(QStringLiteral("UPDATE refresh_tokens SET revoked = ? WHERE revoked IS NULL "
                                                    "AND user_id = (SELECT id FROM users WHERE uuid = ?)"),
            Ids::now(), found->uuid);
        if (!revoked) {
            return std::unexpected(revoked.error());
        }
    }
    return commitAudited(*tx, actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
        QStringLiteral("user"), found->uuid, {});
}

Result<void> ServerStore::setTotpSecret(const QString &name, const QByteArray &secret, const QString &actor)
{
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = user(name);
    if (!found) {
        return std::unexpected(found.error());
    }
    auto changed = m_db->execute(
        QStringLiteral("UPDATE users SET totp_secret = ?, totp_last_step = NULL WHERE uuid = ?"), secret, found->uuid);
    if (!changed) {
        return std::unexpected(changed.error());
    }
    // The secret itself never goes into the audit trail.
    return commitAudited(*tx, actor, QStringLiteral("user.totp"), QStringLiteral("user"), found->uuid, {});
}

Result<bool> ServerStore::acceptTotpStep(const QString &userUuid, qint64 step)
{
    auto changed = m_db->execute(QStringLiteral("UPDATE users SET totp_last_step = ? WHERE uuid = ? "
                                                "AND (totp_last_step IS NULL OR totp_last_step < ?)"),
        step, userUuid, step);
    if (!changed) {
        return std::unexpected(changed.error());
    }
    return *changed == 1;
}

Result<ServerSession> ServerStore::addSession(
    const QString &userUuid, const QString &device, const QString &refreshToken, const QDateTime &now)
{
    if (refreshToken.size() < 32) {
        return fail(Error::Code::InvalidArgument, tr("Could not record the session: the refresh token is too short."));
    }
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = userByUuid(userUuid);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->disabled) {
        return fail(
            Error::Code::PermissionDenied, tr("Could not sign in \"%1\": the account is disabled.").arg(found->name));
    }
    const QString created = Ids::format(now);
    const QString expires = Ids::format(now.addDays(refreshLifetimeDays));
    auto inserted = m_db->scalar(
        QStringLiteral("INSERT INTO refresh_tokens (user_id, token_hash, device, created, last_used, expires) "
                       "VALUES ((SELECT id FROM users WHERE uuid = ?), ?, ?, ?, ?, ?) RETURNING id"),
        userUuid, Tokens::hashRefreshToken(refreshToken), device, created, created, expires);
    if (!inserted) {
        return std::unexpected(inserted.error());
    }
    const qint64 id = inserted->toLongLong();
    if (auto ok = commitAudited(*tx, found->name, QStringLiteral("session.add"), QStringLiteral("session"), userUuid,
            QJsonObject { { QStringLiteral("session"), id }, { QStringLiteral("device"), device } });
        !ok) {
        return std::unexpected(ok.error());
    }
    return ServerSession { id, userUuid, found->name, device, created, created, expires, {} };
}

Result<ServerSession> ServerStore::useRefreshToken(const QString &refreshToken, const QDateTime &now)
{
    auto stmt = m_db->query(QStringLiteral("SELECT t.id, u.uuid, u.name, t.device, t.created, t.last_used, t.expires, "
                                           "t.revoked, u.disabled FROM refresh_tokens t JOIN users u ON u.id = "
                                           "t.user_id WHERE t.token_hash = ?"),
        Tokens::hashRefreshToken(refreshToken));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(Error::Code::PermissionDenied, tr("The refresh token is not known: sign in again."));
    }
    ServerSession session = readSession(*stmt);
    const bool disabled = stmt->int64(8) != 0;
    if (!session.revoked.isEmpty()) {
        return fail(Error::Code::PermissionDenied, tr("The session %1 was revoked: sign in again.").arg(session.id));
    }
    if (disabled) {
        return fail(Error::Code::PermissionDenied, tr("The account \"%1\" is disabled.").arg(session.userName));
    }
    const QString at = Ids::format(now);
    if (session.expires <= at) {
        return fail(Error::Code::PermissionDenied, tr("The session %1 expired: sign in again.").arg(session.id));
    }
    auto touched
        = m_db->execute(QStringLiteral("UPDATE refresh_tokens SET last_used = ? WHERE id = ?"), at, session.id);
    if (!touched) {
        return std::unexpected(touched.error());
    }
    session.lastUsed = at;
    return session;
}

Result<QList<ServerSession>> ServerStore::sessions(const QString &userName, const QDateTime &now)
{
    if (!userName.isEmpty()) {
        if (auto found = user(userName); !found) {
            return std::unexpected(found.error());
        }
    }
    const QString live
        = QStringLiteral("SELECT ") + sessionColumns + QStringLiteral(" WHERE t.revoked IS NULL AND t.expires > ?");
    const QString newestFirst = QStringLiteral(" ORDER BY t.id DESC");
    auto stmt = userName.isEmpty()
        ? m_db->query(live + newestFirst, Ids::format(now))
        : m_db->query(live + QStringLiteral(" AND u.name = ?") + newestFirst, Ids::format(now), userName);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<ServerSession> out;
    if (auto ok = stmt->forEach([&](const SqlStatement &row) { out.append(readSession(row)); }); !ok) {
        return std::unexpected(ok.error());
    }
    return out;
}

Result<ServerSession> ServerStore::session(qint64 id)
{
    auto stmt = m_db->query(QStringLiteral("SELECT ") + sessionColumns + QStringLiteral(" WHERE t.id = ?"), id);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->next();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(Error::Code::NotFound, tr("There is no session %1.").arg(id));
    }
    return readSession(*stmt);
}

Result<ServerSession> ServerStore::rotateRefreshToken(
    const QString &refreshToken, const QString &newToken, const QString &address, const QDateTime &now)
{
    if (newToken.size() < 32) {
        return fail(Error::Code::InvalidArgument, tr("Could not rotate the session: the refresh token is too short."));
    }
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = useRefreshToken(refreshToken, now);
    if (!found) {
        return std::unexpected(found.error());
    }
    auto changed
        = m_db->execute(QStringLiteral("UPDATE refresh_tokens SET token_hash = ? WHERE id = ? AND token_hash = ?"),
            Tokens::hashRefreshToken(newToken), found->id, Tokens::hashRefreshToken(refreshToken));
    if (!changed) {
        return std::unexpected(changed.error());
    }
    if (*changed != 1) {
        return fail(Error::Code::PermissionDenied, tr("The refresh token was used already: sign in again."));
    }
    if (auto ok = commitAudited(*tx, found->userName, QStringLiteral("auth.refresh"), QStringLiteral("session"),
            found->userUuid,
            QJsonObject { { QStringLiteral("session"), found->id }, { QStringLiteral("address"), address } });
        !ok) {
        return std::unexpected(ok.error());
    }
    return found;
}

Result<void> ServerStore::commitAudited(SqlTransaction &tx, const QString &actor, const QString &action,
    const QString &entityKind, const QString &entityUuid, const QJsonObject &values)
{
    if (auto ok = audit(actor, action, entityKind, entityUuid, values); !ok) {
        return ok;
    }
    if (auto ok = tx.commit(); !ok) {
        return ok;
    }
    return publishAudit();
}

Result<void> ServerStore::recordEvent(const QString &actor, const QString &action, const QString &entityKind,
    const QString &entityUuid, const QJsonObject &values)
{
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    return commitAudited(*tx, actor, action, entityKind, entityUuid, values);
}

Result<bool> ServerStore::revokeSession(qint64 id, const QString &actor)
{
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = session(id);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!found->revoked.isEmpty()) {
        return false;
    }
    // Matches only a live session, so of two nodes revoking it at once one reports false.
    auto changed = m_db->execute(
        QStringLiteral("UPDATE refresh_tokens SET revoked = ? WHERE id = ? AND revoked IS NULL"), Ids::now(), id);
    if (!changed) {
        return std::unexpected(changed.error());
    }
    if (*changed == 0) {
        return false;
    }
    if (auto ok = commitAudited(*tx, actor, QStringLiteral("session.revoke"), QStringLiteral("session"),
            found->userUuid, QJsonObject { { QStringLiteral("session"), id } });
        !ok) {
        return std::unexpected(ok.error());
    }
    return true;
}

Result<int> ServerStore::revokeUserSessions(const QString &name, const QString &actor)
{
    auto tx = SqlTransaction::begin(*m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto found = user(name);
    if (!found) {
        return std::unexpected(found.error());
    }
    // Expired sessions are dead already: they are neither counted nor marked.
    const QString at = Ids::now();
    auto changed = m_db->execute(QStringLiteral("UPDATE refresh_tokens SET revoked = ? WHERE revoked IS NULL "
                                                "AND expires > ? AND user_id = (SELECT id FROM users WHERE uuid = ?)"),
        at, at, found->uuid);
    if (!changed) {
        return std::unexpected(changed.error());
    }
    if (auto ok = commitAudited(*tx, actor, QStringLiteral("session.revoke-all"), QStringLiteral("session"),
            found->uuid, QJsonObject { { QStringLiteral("count"), *changed } });
        !ok) {
        return std::unexpected(ok.error());
    }
    return *changed;
}

} // namespace Folio::Server
