// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ServerGenerator fills foliod's shared library with the synthetic corpus of issue 6 (`foliod dev generate
// --items N`), for the server's benchmarks and the client sync benchmarks: the corpus's folders, and per
// item an item.create op with its metadata and a version.add op — applied through OpApplier like every other
// write, in batches of 1000 ops, as the user "dev-generator" (an administrator created on first use). With a
// blob store, the versions share a pool of small real blobs (so downloads work); without one, versions name
// pool hashes the server does not hold.
//
// Thread safety: one thread; borrows the service and the optional blob store.

#include "error.h"

#include <QCoreApplication>

#include <functional>

namespace Folio::Server {

class LibraryService;
class ServerBlobStore;
class ServerStore;

struct ServerGenerateReport
{
    qint64 items = 0;
    qint64 folders = 0;
    qint64 blobs = 0;
    qint64 ops = 0;
};

class ServerGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::ServerGenerator)

public:
    ServerGenerator(ServerStore &store, LibraryService &library, ServerBlobStore *blobs)
        : m_store(store)
        , m_library(library)
        , m_blobs(blobs)
    { }

    // PROGRESS gets items done and the total after each batch.
    Result<ServerGenerateReport> generate(
        qint64 items, quint64 seed, const std::function<void(qint64, qint64)> &progress = {});

private:
    ServerStore &m_store;
    LibraryService &m_library;
    ServerBlobStore *m_blobs;
};

} // namespace Folio::Server
