// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A SHA-256 computation that can be saved part way and resumed later, in another process: an upload session
// hashes each chunk as it arrives and stores the state beside the offset it covers, so finishing an upload
// needs no second read of its bytes, and a foliod restarted after a kill -9 goes on from the saved state.
// The saved form is the algorithm's own state (eight words, the length so far and the partial last block),
// not a memory image, so it means the same to every build. Uses OpenSSL's SHA-256 block function, which
// uses the CPU's SHA extensions where there are some.
// Thread safety: none; a value used by one thread at a time. Value type (copyable).
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <openssl/sha.h>

namespace Folio::Server {

class Sha256State
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::Sha256State)

public:
    // Bytes of save(): hex digits of the state and of its checksum.
    static constexpr qsizetype savedSize = 2 * (4 * 8 + 8 + 4 + 64) + 1 + 16;

    Sha256State();
    void update(const char *data, qint64 size);
    // Bytes hashed so far.
    qint64 length() const;
    // The hex digest of what was hashed so far; the state itself goes on unchanged.
    QString hexDigest() const;
    // savedSize characters of hex text.
    QByteArray save() const;
    // The state TEXT (from save()) holds; Corrupt when it is damaged.
    static Result<Sha256State> restore(const QByteArray &text);

private:
    SHA256_CTX m_context;
};

} // namespace Folio::Server
