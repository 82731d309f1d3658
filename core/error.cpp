// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace Folio {

QString Error::toString() const
{
    if (m_detail.isEmpty() || m_detail == m_message) {
        return m_message;
    }
    return m_message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Unknown: return QStringLiteral("unknown");
    case Code::InvalidArgument: return QStringLiteral("invalid-argument");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::AlreadyExists: return QStringLiteral("already-exists");
    case Code::Io: return QStringLiteral("io");
    case Code::Database: return QStringLiteral("database");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Busy: return QStringLiteral("busy");
    case Code::PermissionDenied: return QStringLiteral("permission-denied");
    case Code::Unsupported: return QStringLiteral("unsupported");
    case Code::LimitExceeded: return QStringLiteral("limit-exceeded");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Validation: return QStringLiteral("validation");
    }
    return QStringLiteral("unknown");
}

} // namespace Folio
