// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/windows1252.h"

#include <array>

namespace Folio::Internal {

namespace {

// Windows-1252 gives 0x80-0x9F printable characters where Latin-1 has C1 controls; HTML character
// references in that range mean these too.
constexpr std::array<char16_t, 32> Cp1252High = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

} // namespace

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto value = quint8(byte);
        *out++ = value >= 0x80 && value < 0xA0 ? QChar(Cp1252High[value - 0x80]) : QChar(value);
    }
    return text;
}

void appendCodePoint(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        out.append(QChar::ReplacementCharacter);
    } else if (code >= 0x80 && code < 0xA0) {
        out.append(QChar(Cp1252High[code - 0x80]));
    } else {
        const char32_t codes[] = { code };
        out.append(QString::fromUcs4(codes, 1));
    }
}

} // namespace Folio::Internal
