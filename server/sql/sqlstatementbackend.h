// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SqlStatementBackend is what one SQL back end implements for a prepared statement; SqlStatement is the
// handle callers use and turns its typed bind() overloads into these few calls (so NULL strings, QVariants
// and bools mean the same on every back end). Indexes are 1-based for parameters, 0-based for columns, as in
// Folio::Statement.
//
// Thread safety: that of the connection it came from. Ownership: owned by its SqlStatement; must not outlive
// the SqlConnection that made it.

#include "error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Folio::Server {

class SqlStatementBackend
{
public:
    virtual ~SqlStatementBackend() = default;

    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    // VALUE is never a null string here (SqlStatement binds NULL for it).
    virtual void bindText(int index, const QString &value) = 0;
    // VALUE is never a null byte array here.
    virtual void bindBlob(int index, const QByteArray &value) = 0;
    virtual void bindNull(int index) = 0;

    virtual Result<bool> next() = 0;
    virtual Result<void> run() = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
    virtual QVariant value(int column) const = 0;

    virtual int changes() const = 0;
};

} // namespace Folio::Server
