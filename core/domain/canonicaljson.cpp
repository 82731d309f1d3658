// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/canonicaljson.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace Folio::CanonicalJson {

namespace {

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

void appendValue(QByteArray &out, const QJsonValue &value);

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xC0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xE0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.append(char(0xF0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.append(char(0x80 | (codePoint & 0x3F)));
    }
}

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append("\\u");
    out.append(hex[(unit >> 12) & 0xF]);
    out.append(hex[(unit >> 8) & 0xF]);
    out.append(hex[(unit >> 4) & 0xF]);
    out.append(hex[unit & 0xF]);
}

void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        switch (unit) {
        case u'"': out.append("\\\""); continue;
        case u'\\': out.append("\\\\"); continue;
        case u'\b': out.append("\\b"); continue;
        case u'\f': out.append("\\f"); continue;
        case u'\n': out.append("\\n"); continue;
        case u'\r': out.append("\\r"); continue;
        case u'\t': out.append("\\t"); continue;
        default: break;
        }
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(unit, text.at(i + 1).unicode()));
            ++i;
        } else if (unit < 0x20 || QChar::isSurrogate(unit)) {
            appendUnicodeEscape(out, unit);
        } else {
            appendUtf8(out, unit);
        }
    }
    out.append('"');
}

// ECMAScript's Number::toString layout of the shortest round-trip digits (RFC 8785, section 3.2.2.3).
void appendDouble(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    if (value == std::trunc(value) && std::fabs(value) < maxExactInteger) {
        out.append(QByteArray::number(qint64(value))); // also turns -0 into 0
        return;
    }
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    Q_ASSERT(ec == std::errc());
    // buffer holds "d[.ddd]e±xx": collect the significant digits and the decimal exponent.
    const std::string_view text(buffer, size_t(end - buffer));
    const size_t e = text.find('e');
    QByteArray digits;
    for (char c : text.substr(0, e)) {
        if (c != '.') {
            digits.append(c);
        }
    }
    int exponent = 0;
    std::string_view exponentText = text.substr(e + 1);
    if (!exponentText.empty() && exponentText.front() == '+') {
        exponentText.remove_prefix(1);
    }
    std::from_chars(exponentText.data(), exponentText.data() + exponentText.size(), exponent);

    const int k = int(digits.size());
    const int n = exponent + 1; // the value is 0.digits × 10^n
    if (k <= n && n <= 21) {
        out.append(digits);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.left(n));
        out.append('.');
        out.append(digits.mid(n));
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits);
    } else {
        out.append(digits.left(1));
        if (k > 1) {
            out.append('.');
            out.append(digits.mid(1));
        }
        out.append('e');
        out.append(n - 1 < 0 ? '-' : '+');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // Integers that Qt holds exactly (built from qint64, or parsed from JSON text) keep every digit,
    // beyond 2^53 too; converting them to double first would change the value.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong) {
        out.append(QByteArray::number(variant.toLongLong()));
        return;
    }
    appendDouble(out, value.toDouble());
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    QStringList keys = object.keys();
    // QString's operator< already compares UTF-16 code units, but the order is the contract of this
    // format, so it is spelled out rather than inherited.
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
    });
    out.append('{');
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first) {
            out.append(',');
        }
        first = false;
        appendString(out, key);
        out.append(':');
        appendValue(out, object.value(key));
    }
    out.append('}');
}

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out.append('[');
    bool first = true;
    for (const auto &element : array) {
        if (!first) {
            out.append(',');
        }
        first = false;
        appendValue(out, element);
    }
    out.append(']');
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(value.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: appendNumber(out, value); break;
    case QJsonValue::String: appendString(out, value.toString()); break;
    case QJsonValue::Array: appendArray(out, value.toArray()); break;
    case QJsonValue::Object: appendObject(out, value.toObject()); break;
    }
}

} // namespace

QByteArray serialize(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray serialize(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

} // namespace Folio::CanonicalJson
