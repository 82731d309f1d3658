// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Folio::Error is the one error type of core: every fallible call returns Result<T>.
// It carries a code for programs, a message fit for the user (already translated) and technical
// detail for the log. Value type; thread-safe as any value.

#include <QString>

#include <expected>

namespace Folio {

class Error
{
public:
    enum class Code {
        Unknown,
        InvalidArgument,  // the caller asked for something malformed
        NotFound,         // a file, item, folder or field that does not exist
        AlreadyExists,    // creating what is already there
        Io,               // reading or writing a file failed
        Database,         // SQLite reported an error
        Corrupt,          // stored data fails its integrity check
        Busy,             // another process holds a lock
        PermissionDenied, // the OS or a policy refused
        Unsupported,      // a format or operation Folio does not handle
        LimitExceeded,    // a size, count, time or memory limit stopped the work
        Cancelled,        // the user cancelled
        Conflict,         // a concurrent change won
        Validation,       // a value does not fit the schema
    };

    Error() = default;
    Error(Code code, QString message, QString detail = {})
        : m_code(code), m_message(std::move(message)), m_detail(std::move(detail))
    {
    }

    Code code() const { return m_code; }
    // What went wrong, naming the thing and the reason, for the user.
    const QString &message() const { return m_message; }
    // Technical detail (library error strings, SQL), for logs and --verbose.
    const QString &detail() const { return m_detail; }

    // Message and detail on one line, for logs and command-line output.
    QString toString() const;
    // A stable machine name of the code, used in JSON output ("not-found").
    static QString codeName(Code code);

private:
    Code m_code = Code::Unknown;
    QString m_message;
    QString m_detail;
};

template<typename T>
using Result = std::expected<T, Error>;

// Shorthand for returning a failure from a function returning Result<T>.
inline std::unexpected<Error> fail(Error::Code code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error(code, std::move(message), std::move(detail)));
}

} // namespace Folio
