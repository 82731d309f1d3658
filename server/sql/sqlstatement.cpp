// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/sqlstatement.h"

namespace Folio::Server {

SqlStatement::SqlStatement(std::unique_ptr<SqlStatementBackend> backend)
    : m_backend(std::move(backend))
{ }

SqlStatement::~SqlStatement() = default;

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    m_backend->bindInt64(index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    m_backend->bindReal(index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        return bind(index, nullptr);
    }
    m_backend->bindText(index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QByteArray &value)
{
    if (value.isNull()) {
        return bind(index, nullptr);
    }
    m_backend->bindBlob(index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, std::nullptr_t)
{
    m_backend->bindNull(index);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QVariant &value)
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

Result<bool> SqlStatement::next()
{
    return m_backend->next();
}

Result<void> SqlStatement::run()
{
    return m_backend->run();
}

bool SqlStatement::isNull(int column) const
{
    return m_backend->isNull(column);
}

qint64 SqlStatement::int64(int column) const
{
    return m_backend->int64(column);
}

double SqlStatement::real(int column) const
{
    return m_backend->real(column);
}

QString SqlStatement::text(int column) const
{
    return m_backend->text(column);
}

QByteArray SqlStatement::blob(int column) const
{
    return m_backend->blob(column);
}

QVariant SqlStatement::value(int column) const
{
    return m_backend->value(column);
}

int SqlStatement::changes() const
{
    return m_backend->changes();
}

} // namespace Folio::Server
