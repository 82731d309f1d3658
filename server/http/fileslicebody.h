// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A StreamedBody that reads a range of a file from disk, one pread() at a time, so an answer of any size
// costs only the server's send buffer. The file is opened at once: the answer keeps reading it even if the
// name is removed meanwhile, and a file that is missing or shorter than the range fails before any header is
// sent (open() says why).
// Thread safety: see StreamedBody (one caller at a time). Ownership: owns its file descriptor, closed by the
// destructor.

#include "streamedbody.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Folio::Server::Http {

class FileSliceBody final : public StreamedBody
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Http::FileSliceBody)

public:
    // LENGTH bytes of PATH from OFFSET; NotFound when PATH is not there, Io when it cannot be read or ends
    // before OFFSET + LENGTH.
    static Result<std::unique_ptr<FileSliceBody>> open(const QString &path, qint64 offset, qint64 length);
    ~FileSliceBody() override;
    FileSliceBody(const FileSliceBody &) = delete;
    FileSliceBody &operator=(const FileSliceBody &) = delete;

    std::uint64_t size() const override { return std::uint64_t(m_end - m_start); }
    Result<std::size_t> read(char *into, std::size_t most) override;

private:
    FileSliceBody(int descriptor, QString path, qint64 offset, qint64 length);

    int m_descriptor;
    QString m_path;
    qint64 m_start;
    qint64 m_next;
    qint64 m_end;
};

} // namespace Folio::Server::Http
