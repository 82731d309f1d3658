// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One deterministic JSON encoding, shared by everything that hashes or signs JSON (the audit chain, the
// sync protocol), so that client and server produce the same bytes for the same value:
// - object keys sorted by UTF-16 code units, no whitespace, UTF-8 output with non-ASCII left as is;
// - strings escape only '"', '\\' and control characters (\b \f \n \r \t, else \u00xx); a lone
//   surrogate, which UTF-8 cannot carry, is written as \udxxx;
// - a number with no fractional part and |x| < 2^53 (and any integer held exactly as qint64) is printed
//   as an integer; other numbers in the shortest form that reads back to the same double, laid out as
//   ECMAScript's Number::toString (RFC 8785): 1.5, 1e-7, 1e+21; NaN and infinities (which JSON cannot
//   hold) and undefined values as null.
// QJsonDocument's own formatting is not used: it is not specified and may change between Qt versions.
//
// Stateless functions; thread-safe.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Folio::CanonicalJson {

QByteArray serialize(const QJsonValue &value);
QByteArray serialize(const QJsonObject &object);

} // namespace Folio::CanonicalJson
