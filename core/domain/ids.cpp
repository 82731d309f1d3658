// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ids.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace Folio::Ids {

QString newUuid()
{
    // 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids made in the same millisecond
    // ordered (RFC 9562 method 1), then 62 random bits.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;

    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fff) {
                counter = 0;
                ms = ++lastMs;
            }
        } else {
            lastMs = ms;
            counter = quint16(QRandomGenerator::system()->bounded(0x0400));
        }
        sequence = counter;
    }

    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[size_t(i)] = quint8(ms >> (40 - 8 * i));
    }
    bytes[6] = quint8(0x70 | ((sequence >> 8) & 0x0f));
    bytes[7] = quint8(sequence);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i) {
        bytes[size_t(8 + i)] = quint8(random >> (56 - 8 * i));
    }
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f));

    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes.data()), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20));
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QString now()
{
    return format(QDateTime::currentDateTimeUtc());
}

QString format(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Folio::Ids
