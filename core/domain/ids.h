// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Global ids and timestamps as every record stores them. Thread-safe.

#include <QDateTime>
#include <QString>

namespace Folio::Ids {

// A new UUIDv7 (RFC 9562) in canonical text form: time-ordered, so ids made offline on different
// machines never collide and sort by creation time. Monotonic within one process.
QString newUuid();

// True when TEXT is a canonical lower-case UUID.
bool isUuid(const QString &text);

// The current time as stored: UTC ISO-8601 with milliseconds ("2026-11-28T07:25:07.123Z").
QString now();
QString format(const QDateTime &time);

} // namespace Folio::Ids
