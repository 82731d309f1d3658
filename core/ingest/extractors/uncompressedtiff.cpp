// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/uncompressedtiff.h"

#include <QImage>
#include <QtEndian>

#include <iterator>

namespace Folio {

QByteArray uncompressedTiff(const QImage &rgb)
{
    const quint32 rowBytes = quint32(rgb.width()) * 3;
    const quint32 pixelBytes = rowBytes * quint32(rgb.height());
    const quint32 bitsAt = 8 + pixelBytes; // BitsPerSample's 3 values, after the header and the pixels
    QByteArray tiff("II*\0", 4);
    tiff.reserve(qsizetype(bitsAt) + 6 + 2 + 9 * 12 + 4);
    const auto put = [&tiff](auto value) {
        char bytes[sizeof value];
        qToLittleEndian(value, bytes);
        tiff.append(bytes, sizeof value);
    };
    put(quint32(bitsAt + 6)); // where the IFD is
    for (int y = 0; y < rgb.height(); ++y) {
        tiff.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rowBytes);
    }
    for (int sample = 0; sample < 3; ++sample) {
        put(quint16(8)); // bits per sample
    }
    constexpr quint32 Short = 3;
    constexpr quint32 Long = 4;
    // Tag, type, count, value (a SHORT sits in the value's low bytes, where little-endian puts it).
    const quint32 entries[][4] = { { 256, Long, 1, quint32(rgb.width()) }, { 257, Long, 1, quint32(rgb.height()) },
        { 258, Short, 3, bitsAt }, { 259, Short, 1, 1 /* uncompressed */ }, { 262, Short, 1, 2 /* RGB */ },
        { 273, Long, 1, 8 /* the strip */ }, { 277, Short, 1, 3 }, { 278, Long, 1, quint32(rgb.height()) },
        { 279, Long, 1, pixelBytes } };
    put(quint16(std::size(entries)));
    for (const auto &[tag, type, count, value] : entries) {
        put(quint16(tag));
        put(quint16(type));
        put(count);
        put(value);
    }
    put(quint32(0)); // no next IFD
    return tiff;
}

} // namespace Folio
