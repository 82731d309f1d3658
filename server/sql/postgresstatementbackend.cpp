// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/postgresstatementbackend.h"

#include <QtEndian>

#include <bit>
#include <charconv>
#include <cstring>
#include <limits>

#include <libpq-fe.h>

namespace Folio::Server {

namespace PostgresStatementBackendHelpers {

// Type OIDs from PostgreSQL's catalog (pg_type.dat); fixed since the types were created.
constexpr unsigned BoolOid = 16;
constexpr unsigned ByteaOid = 17;
constexpr unsigned Int8Oid = 20;
constexpr unsigned Int2Oid = 21;
constexpr unsigned Int4Oid = 23;
constexpr unsigned TextOid = 25;
constexpr unsigned OidOid = 26;
constexpr unsigned Float4Oid = 700;
constexpr unsigned Float8Oid = 701;
constexpr unsigned NumericOid = 1700;

bool isInteger(unsigned type)
{
    return type == Int8Oid || type == Int2Oid || type == Int4Oid || type == OidOid;
}

bool isFloat(unsigned type)
{
    return type == Float4Oid || type == Float8Oid || type == NumericOid;
}

// Text to a double, independent of the C locale (Qt sets it from the environment); PostgreSQL writes
// Infinity, -Infinity and NaN, which from_chars reads.
double toDouble(const char *text)
{
    double value = 0;
    std::from_chars(text, text + std::strlen(text), value);
    return value;
}

// Text to an integer as SQLite converts: leading digits, saturating at the int64 limits.
qint64 toInt64(const char *text)
{
    const char *end = text + std::strlen(text);
    qint64 value = 0;
    const auto [stop, error] = std::from_chars(text, end, value);
    if (error == std::errc::result_out_of_range) {
        return *text == '-' ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    }
    if (stop != end && (*stop == '.' || *stop == 'e' || *stop == 'E')) {
        const double real = toDouble(text);
        if (real >= 9.2233720368547758e18) {
            return std::numeric_limits<qint64>::max();
        }
        if (real <= -9.2233720368547758e18) {
            return std::numeric_limits<qint64>::min();
        }
        return qint64(real);
    }
    return value;
}

} // namespace PostgresStatementBackendHelpers

using namespace PostgresStatementBackendHelpers;

PostgresStatementBackend::PostgresStatementBackend(PostgresConnection *connection, QString sql, int parameters)
    : m_connection(connection)
    , m_sql(std::move(sql))
    , m_parameters(parameters)
{ }

void PostgresStatementBackend::set(int index, unsigned type, QByteArray value, bool null)
{
    if (index < 1 || index > m_parameters.size()) {
        m_badIndex = index;
        return;
    }
    m_parameters[index - 1] = PostgresConnection::Parameter { type, std::move(value), null };
}

void PostgresStatementBackend::bindInt64(int index, qint64 value)
{
    QByteArray data(sizeof(qint64), Qt::Uninitialized);
    qToBigEndian(value, data.data());
    set(index, Int8Oid, std::move(data), false);
}

void PostgresStatementBackend::bindReal(int index, double value)
{
    QByteArray data(sizeof(quint64), Qt::Uninitialized);
    qToBigEndian(std::bit_cast<quint64>(value), data.data());
    set(index, Float8Oid, std::move(data), false);
}

void PostgresStatementBackend::bindText(int index, const QString &value)
{
    set(index, TextOid, value.toUtf8(), false);
}

void PostgresStatementBackend::bindBlob(int index, const QByteArray &value)
{
    set(index, ByteaOid, value, false);
}

void PostgresStatementBackend::bindNull(int index)
{
    set(index, 0, {}, true);
}

Result<bool> PostgresStatementBackend::next()
{
    if (m_state == State::Bound) {
        if (m_badIndex != 0) {
            return fail(Error::Code::Database,
                tr("Database %1: binding a value failed: the query has no parameter %2 (it has %3).")
                    .arg(m_connection->name())
                    .arg(m_badIndex)
                    .arg(m_parameters.size()),
                m_sql);
        }
        auto result = m_connection->runPrepared(m_sql, m_parameters);
        if (!result) {
            m_state = State::Done;
            return std::unexpected(result.error());
        }
        m_result = std::move(*result);
        m_rows = PQntuples(m_result.get());
        m_row = -1;
        m_state = State::Rows;
    }
    if (m_state == State::Rows && m_row + 1 < m_rows) {
        ++m_row;
        return true;
    }
    m_state = State::Done;
    m_row = m_rows;
    return false;
}

Result<void> PostgresStatementBackend::run()
{
    auto row = next();
    if (!row) {
        return std::unexpected(row.error());
    }
    m_state = State::Done;
    return {};
}

const char *PostgresStatementBackend::raw(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || column < 0 || column >= PQnfields(m_result.get())
        || PQgetisnull(m_result.get(), m_row, column)) {
        return nullptr;
    }
    return PQgetvalue(m_result.get(), m_row, column);
}

unsigned PostgresStatementBackend::type(int column) const
{
    return PQftype(m_result.get(), column);
}

QByteArray PostgresStatementBackend::bytea(int column) const
{
    const char *text = raw(column);
    if (!text) {
        return {};
    }
    size_t length = 0;
    PgMemoryHandle bytes(PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &length));
    if (!bytes || length == 0) {
        return {}; // as sqlite3_column_blob gives for an empty blob
    }
    return QByteArray(reinterpret_cast<const char *>(bytes.get()), qsizetype(length));
}

bool PostgresStatementBackend::isNull(int column) const
{
    return raw(column) == nullptr;
}

qint64 PostgresStatementBackend::int64(int column) const
{
    const char *text = raw(column);
    if (!text) {
        return 0;
    }
    if (type(column) == BoolOid) {
        return *text == 't' ? 1 : 0;
    }
    return toInt64(text);
}

double PostgresStatementBackend::real(int column) const
{
    const char *text = raw(column);
    if (!text) {
        return 0;
    }
    if (type(column) == BoolOid) {
        return *text == 't' ? 1 : 0;
    }
    return toDouble(text);
}

QString PostgresStatementBackend::text(int column) const
{
    if (type(column) == ByteaOid) {
        return QString::fromUtf8(bytea(column));
    }
    const char *text = raw(column);
    if (!text) {
        return {};
    }
    return QString::fromUtf8(text, PQgetlength(m_result.get(), m_row, column));
}

QByteArray PostgresStatementBackend::blob(int column) const
{
    if (type(column) == ByteaOid) {
        return bytea(column);
    }
    const char *text = raw(column);
    if (!text) {
        return {};
    }
    const int length = PQgetlength(m_result.get(), m_row, column);
    return length == 0 ? QByteArray() : QByteArray(text, length);
}

QVariant PostgresStatementBackend::value(int column) const
{
    const char *text = raw(column);
    if (!text) {
        return {};
    }
    const unsigned oid = type(column);
    if (isInteger(oid) || oid == BoolOid) {
        return QVariant(int64(column));
    }
    if (oid == NumericOid && !std::strpbrk(text, ".eEN")) {
        // SUM() and the like of integers are numeric in PostgreSQL, integers in SQLite.
        qint64 value = 0;
        const char *end = text + std::strlen(text);
        if (std::from_chars(text, end, value).ptr == end) {
            return QVariant(value);
        }
    }
    if (isFloat(oid)) {
        return QVariant(real(column));
    }
    if (oid == ByteaOid) {
        return QVariant(blob(column));
    }
    return QVariant(this->text(column));
}

} // namespace Folio::Server
