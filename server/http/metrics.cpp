// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <QStringList>

#include <algorithm>

namespace Folio::Server::Http {

namespace {
// Label values are escaped as the text format asks: backslash, double quote and newline.
QByteArray label(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}
} // namespace

void Metrics::recordRequest(const QString &route, const QByteArray &method, int status, double seconds)
{
    const QString key
        = route + QLatin1Char('\t') + QString::fromLatin1(method) + QLatin1Char('\t') + QString::number(status);
    std::lock_guard lock(m_mutex);
    ++m_requests[key];
    Histogram &histogram = m_latency[route];
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (seconds <= buckets[i]) {
            ++histogram.counts[i];
        }
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void Metrics::recordError(const QString &kind)
{
    std::lock_guard lock(m_mutex);
    ++m_errors[kind];
}

QByteArray Metrics::render(std::int64_t activeUploads) const
{
    QByteArray out;
    std::lock_guard lock(m_mutex);

    // Sorted keys keep the output stable between scrapes, which eases reading and diffing it.
    out += "# HELP foliod_http_requests_total HTTP requests answered, by route pattern, method and status.\n"
           "# TYPE foliod_http_requests_total counter\n";
    QStringList keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char('\t'));
        out += "foliod_http_requests_total{route=\"" + label(parts.at(0)) + "\",method=\"" + label(parts.at(1))
            + "\",status=\"" + label(parts.at(2)) + "\"} " + QByteArray::number(m_requests.value(key)) + '\n';
    }

    out += "# HELP foliod_http_request_duration_seconds Time from a complete request header to the answer being "
           "ready.\n"
           "# TYPE foliod_http_request_duration_seconds histogram\n";
    QStringList routes = m_latency.keys();
    std::sort(routes.begin(), routes.end());
    for (const QString &route : routes) {
        const Histogram &histogram = m_latency[route];
        const QByteArray name = label(route);
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            out += "foliod_http_request_duration_seconds_bucket{route=\"" + name + "\",le=\"" + number(buckets[i])
                + "\"} " + QByteArray::number(histogram.counts[i]) + '\n';
        }
        out += "foliod_http_request_duration_seconds_bucket{route=\"" + name + "\",le=\"+Inf\"} "
            + QByteArray::number(histogram.count) + '\n';
        out += "foliod_http_request_duration_seconds_sum{route=\"" + name + "\"} " + number(histogram.sum) + '\n';
        out += "foliod_http_request_duration_seconds_count{route=\"" + name + "\"} "
            + QByteArray::number(histogram.count) + '\n';
    }

    out += "# HELP foliod_http_errors_total Requests that failed before or inside their handler, by kind.\n"
           "# TYPE foliod_http_errors_total counter\n";
    QStringList kinds = m_errors.keys();
    std::sort(kinds.begin(), kinds.end());
    for (const QString &kind : kinds) {
        out += "foliod_http_errors_total{kind=\"" + label(kind) + "\"} " + QByteArray::number(m_errors.value(kind))
            + '\n';
    }

    out += "# HELP foliod_http_connections_active Client connections open now.\n"
           "# TYPE foliod_http_connections_active gauge\n"
           "foliod_http_connections_active "
        + QByteArray::number(qint64(m_connections.load())) + '\n';

    out += "# HELP foliod_blob_bytes_received_total Blob content accepted in upload chunks and batches.\n"
           "# TYPE foliod_blob_bytes_received_total counter\n"
           "foliod_blob_bytes_received_total "
        + QByteArray::number(qint64(m_blobBytesReceived.load())) + '\n';
    out += "# HELP foliod_blob_bytes_sent_total Blob content answered to downloads.\n"
           "# TYPE foliod_blob_bytes_sent_total counter\n"
           "foliod_blob_bytes_sent_total "
        + QByteArray::number(qint64(m_blobBytesSent.load())) + '\n';
    if (activeUploads >= 0) {
        out += "# HELP foliod_uploads_active Upload sessions open now (created, not finished, cancelled or expired).\n"
               "# TYPE foliod_uploads_active gauge\n"
               "foliod_uploads_active "
            + QByteArray::number(qint64(activeUploads)) + '\n';
    }
    return out;
}

} // namespace Folio::Server::Http
