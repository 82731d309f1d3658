// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parsing and validation of what clients send foliod — JSON bodies, Range and Content-Range headers,
// the batch upload body — as plain functions, so the routes and the fuzz target (fuzz/httprequest_fuzzer.cpp)
// run the very same code. Each answers the parsed value or the 400 that names what is wrong; none touches
// storage. Stateless and thread-safe.

#include "httpresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <initializer_list>
#include <optional>

namespace Folio::Server::Http::RequestParsing {

template<typename T> using Parsed = std::expected<T, HttpResponse>;

// 400 bad-request with MESSAGE.
HttpResponse badRequest(const QString &message);

// The body as a JSON object, or a 400.
Parsed<QJsonObject> jsonObject(const QByteArray &body);

struct StringField
{
    const char *name;
    bool required;
    // Longest accepted string, in UTF-16 code units.
    qsizetype maxLength;
    // Whether an empty string is accepted.
    bool mayBeEmpty;
};
// The body as a JSON object whose members are all among FIELDS, all strings, within their lengths and
// without control characters; a 400 naming the first field that is not.
Parsed<QJsonObject> stringFields(const QByteArray &body, std::initializer_list<StringField> fields);
// POST /api/v1/auth/login: {"user", "password", "device", "totp"?}.
Parsed<QJsonObject> loginBody(const QByteArray &body);
// POST /api/v1/auth/refresh: {"refresh_token"}.
Parsed<QJsonObject> refreshBody(const QByteArray &body);

// A SHA-256 member NAME (64 lower-case hex digits), or a 400 naming it.
Parsed<QString> sha256Field(const QJsonValue &value, const QString &name);
// A non-negative whole number of bytes that a JSON double holds exactly.
Parsed<qint64> sizeField(const QJsonValue &value, const QString &name);

// POST /api/v1/blobs/exists: {"sha256": [...]} with at most MAXHASHES hashes.
Parsed<QStringList> existsBody(const QByteArray &body, int maxHashes);

struct UploadRequest
{
    QString sha256;
    qint64 size = 0;
};
// POST /api/v1/uploads: {"sha256", "size"} and nothing else.
Parsed<UploadRequest> uploadBody(const QByteArray &body);

struct ByteRange
{
    qint64 start = 0;
    qint64 end = 0; // inclusive
};
// The one range of a "bytes=A-B", "bytes=A-" or "bytes=-N" header within a blob of SIZE bytes: nullopt
// when it cannot be satisfied. Several ranges are not supported and count as unsatisfiable.
std::optional<ByteRange> range(const QByteArray &header, qint64 size);

struct ContentRange
{
    qint64 start = 0;
    qint64 end = 0; // inclusive
    qint64 total = 0;
};
// A chunk's "bytes START-END/TOTAL" that covers exactly BODYSIZE bytes, or a 400.
Parsed<ContentRange> contentRange(const QByteArray &header, qint64 bodySize);

struct BatchEntry
{
    QString sha256;
    qint64 size = 0;
};
struct BatchHead
{
    QList<BatchEntry> entries;
    // Where the first blob's bytes start in the body; the rest follow in order, exactly filling it.
    qint64 dataOffset = 0;
};
// POST /api/v1/blobs/batch: one line of JSON {"blobs":[{"sha256","size"},...]} (at most MAXBLOBS), a
// newline, then the blobs' bytes one after the other; the sizes must add up to what follows the line.
Parsed<BatchHead> batchHead(const QByteArray &body, int maxBlobs);

} // namespace Folio::Server::Http::RequestParsing
