// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// foliod's HTTP metrics, rendered in the Prometheus text format at /metrics: requests by route, method and
// status, a latency histogram per route, errors by kind, the connections open now, blob bytes received and
// sent, and the upload sessions open now. Routes are counted by
// their pattern ("/api/v1/blobs/{sha256}"), never by the concrete path, so the number of series stays bounded.
// Thread safety: every member may be called from every server thread at once. Owns its counters.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

namespace Folio::Server::Http {

class Metrics
{
public:
    // Upper bounds of the latency histogram's buckets, in seconds.
    static constexpr std::array<double, 11> buckets { 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10 };

    void recordRequest(const QString &route, const QByteArray &method, int status, double seconds);
    // KIND names what failed: "bad-request", "timeout", "header-too-large", "body-too-large", "handler",
    // "tls-handshake", "server-error".
    void recordError(const QString &kind);
    void connectionOpened() { ++m_connections; }
    void connectionClosed() { --m_connections; }
    std::int64_t activeConnections() const { return m_connections; }
    // Blob content stored (chunks and batches that were accepted) and sent (downloads, as answered).
    void blobBytesReceived(std::int64_t bytes) { m_blobBytesReceived += bytes; }
    void blobBytesSent(std::int64_t bytes) { m_blobBytesSent += bytes; }

    // ACTIVEUPLOADS: the upload sessions open now (left out when negative: no blob store).
    QByteArray render(std::int64_t activeUploads = -1) const;

private:
    struct Histogram
    {
        std::array<std::uint64_t, buckets.size()> counts {};
        std::uint64_t count = 0;
        double sum = 0;
    };

    mutable std::mutex m_mutex;
    QHash<QString, std::uint64_t> m_requests; // key: route \t method \t status
    QHash<QString, Histogram> m_latency; // key: route
    QHash<QString, std::uint64_t> m_errors; // key: kind
    std::atomic<std::int64_t> m_connections { 0 };
    std::atomic<std::int64_t> m_blobBytesReceived { 0 };
    std::atomic<std::int64_t> m_blobBytesSent { 0 };
};

} // namespace Folio::Server::Http
