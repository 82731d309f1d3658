// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace Folio {

namespace {
Error::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::Code::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Error::Code::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL: return Error::Code::Io;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH: return Error::Code::PermissionDenied;
    case SQLITE_CONSTRAINT: return Error::Code::Conflict;
    default: return Error::Code::Database;
    }
}
} // namespace

// ---- Statement ----

Statement::Statement(Database *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindFailed(other.m_bindFailed)
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindFailed = other.m_bindFailed;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (m_db && m_stmt) {
        m_db->giveBack(m_stmt);
    }
    m_db = nullptr;
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, qint64 value)
{
    m_bindFailed |= sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_bindFailed |= sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        return bind(index, nullptr);
    }
    const QByteArray utf8 = value.toUtf8();
    m_bindFailed |= sqlite3_bind_text64(
                        m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8)
        != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull()) {
        return bind(index, nullptr);
    }
    m_bindFailed
        |= sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT)
        != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    m_bindFailed |= sqlite3_bind_null(m_stmt, index) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        return bind(index, nullptr);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bind(index, value.toByteArray());
    default: return bind(index, value.toString());
    }
}

Result<bool> Statement::next()
{
    if (m_bindFailed) {
        return std::unexpected(m_db->lastError(Database::tr("binding a value")));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return std::unexpected(m_db->lastError(Database::tr("running a query")));
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = next();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return {};
        }
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!data) {
        return {};
    }
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(int64(column));
    case SQLITE_FLOAT: return QVariant(real(column));
    case SQLITE_TEXT: return QVariant(text(column));
    case SQLITE_BLOB: return QVariant(blob(column));
    default: return {};
    }
}

int Statement::changes() const
{
    return m_db->changes();
}

// ---- Database ----

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{ }

Database::~Database()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache)) {
        sqlite3_finalize(stmt);
    }
    for (auto it = m_borrowed.cbegin(); it != m_borrowed.cend(); ++it) {
        sqlite3_finalize(it.key());
    }
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    if (mode != Mode::Create && !QFileInfo::exists(path)) {
        return fail(Error::Code::NotFound, tr("The database %1 does not exist.").arg(path));
    }
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path, mode == Mode::ReadOnly));
    if (rc == SQLITE_OK && mode == Mode::ReadOnly) {
        // A WAL database on read-only media cannot make its -shm file: read it as immutable instead
        // (nothing else can be writing to it there).
        if (!db->exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            db.reset();
            const QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
            rc = sqlite3_open_v2(uri.constData(), &raw, flags | SQLITE_OPEN_URI, nullptr);
            db.reset(new Database(raw, path, true));
        }
    }
    if (rc != SQLITE_OK) {
        return std::unexpected(db->lastError(tr("opening")));
    }
    sqlite3_extended_result_codes(raw, 1);
    // How long a writer waits for another process's write lock before reporting the database busy.
    bool custom = false;
    const int busyMs = qEnvironmentVariableIntValue("FOLIO_BUSY_TIMEOUT_MS", &custom);
    sqlite3_busy_timeout(raw, custom ? busyMs : 10000);

    // Reading the schema is the first thing that fails on a file that is not a database.
    if (auto ok = db->exec(QStringLiteral("PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_schema;")); !ok) {
        return std::unexpected(ok.error());
    }
    if (mode != Mode::ReadOnly) {
        // WAL lets readers (the UI, backups) run beside a writer; FULL syncs each commit so a commit
        // that returned survives power loss (DESIGN.md rule 1). Temporary storage in memory: a write
        // transaction's statement journals (every statement that fires triggers gets one) otherwise go to
        // files in /var/tmp, which made an ingest of 10,000 small files spend most of its time writing them.
        if (auto ok = db->exec(
                QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;"));
            !ok) {
            return std::unexpected(ok.error());
        }
    }
    return db;
}

Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return std::unexpected(lastError(tr("running a statement")));
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = m_cache.take(sql);
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc
            = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            Error error = lastError(tr("preparing a query"));
            return std::unexpected(Error(error.code(), error.message(), error.detail() + QStringLiteral(": ") + sql));
        }
    }
    m_borrowed.insert(stmt, sql);
    return Statement(this, stmt);
}

void Database::giveBack(sqlite3_stmt *stmt)
{
    const QString sql = m_borrowed.take(stmt);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (m_cache.contains(sql)) {
        // The same SQL was borrowed twice at once; keep one cached copy.
        sqlite3_finalize(stmt);
    } else {
        m_cache.insert(sql, stmt);
    }
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Error Database::lastError(const QString &doing) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    return Error(codeFor(rc), tr("Database %1: %2 failed: %3").arg(m_path, doing, reason),
        QStringLiteral("sqlite code %1").arg(rc));
}

// ---- Transaction ----

Result<Transaction> Transaction::begin(Database &db)
{
    if (auto ok = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok) {
        return std::unexpected(ok.error());
    }
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

Transaction::~Transaction()
{
    if (m_db) {
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    auto ok = m_db->exec(QStringLiteral("COMMIT"));
    if (ok) {
        m_db = nullptr;
    }
    return ok;
}

} // namespace Folio
