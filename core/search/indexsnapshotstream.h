// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The byte-level pieces of the search index snapshot (IndexSnapshot describes the format):
// IndexChecksum, a streaming 64-bit hash; IndexSnapshotWriter, which streams checksummed sections to
// a file; IndexSnapshotReader, bounds-checked reads from one section's bytes. They live together
// because each is only the other side of the next.
//
// Thread safety: one instance per thread. The writer borrows its QFile.

#include "search/indexbitmap.h"
#include "search/indexcolumn.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstring>
#include <type_traits>
#include <vector>

namespace Folio::Search::Internal {

// xxHash64's structure (four lanes of 8 bytes, then the tail): fast, and the result does not depend
// on how the bytes were split between update() calls.
class IndexChecksum
{
public:
    explicit IndexChecksum(quint64 seed = 0)
        : m_lanes { seed + Prime1 + Prime2, seed + Prime2, seed, seed - Prime1 }
    { }

    void update(const void *data, std::size_t size)
    {
        auto bytes = static_cast<const unsigned char *>(data);
        m_total += size;
        if (m_tailSize > 0) {
            const std::size_t take = std::min(size, sizeof(m_tail) - m_tailSize);
            std::memcpy(m_tail + m_tailSize, bytes, take);
            m_tailSize += take;
            bytes += take;
            size -= take;
            if (m_tailSize < sizeof(m_tail)) {
                return;
            }
            block(m_tail);
            m_tailSize = 0;
        }
        for (; size >= sizeof(m_tail); size -= sizeof(m_tail), bytes += sizeof(m_tail)) {
            block(bytes);
        }
        std::memcpy(m_tail, bytes, size);
        m_tailSize = size;
    }

    quint64 finish() const
    {
        quint64 hash = rotl(m_lanes[0], 1) + rotl(m_lanes[1], 7) + rotl(m_lanes[2], 12) + rotl(m_lanes[3], 18);
        hash ^= m_total;
        for (std::size_t i = 0; i < m_tailSize; ++i) {
            hash = rotl(hash ^ (m_tail[i] * Prime5), 11) * Prime1;
        }
        return mix(hash);
    }

    static quint64 mix(quint64 hash)
    {
        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        return hash ^ (hash >> 32);
    }

private:
    static constexpr quint64 Prime1 = 0x9E3779B185EBCA87ull;
    static constexpr quint64 Prime2 = 0xC2B2AE3D27D4EB4Full;
    static constexpr quint64 Prime3 = 0x165667B19E3779F9ull;
    static constexpr quint64 Prime5 = 0x27D4EB2F165667C5ull;
    static quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }

    void block(const unsigned char *bytes)
    {
        for (int lane = 0; lane < 4; ++lane) {
            quint64 word;
            std::memcpy(&word, bytes + 8 * lane, 8);
            m_lanes[lane] = rotl(m_lanes[lane] + word * Prime2, 31) * Prime1;
        }
    }

    quint64 m_lanes[4];
    unsigned char m_tail[32];
    std::size_t m_tailSize = 0;
    quint64 m_total = 0;
};

// The checksum of a section: its payload's hash bound to its tag and length.
inline quint64 sectionChecksum(quint32 tag, quint64 length, quint64 payloadHash)
{
    return IndexChecksum::mix(payloadHash ^ IndexChecksum::mix((quint64(tag) << 56) ^ length));
}

// Streams sections to the file, checksumming each as it goes.
class IndexSnapshotWriter
{
public:
    static constexpr std::size_t FlushSize = 4 << 20;

    explicit IndexSnapshotWriter(QFile &file)
        : m_file(file)
    {
        m_buffer.reserve(FlushSize + 4096);
    }

    bool ok() const { return m_ok; }

    void raw(const void *data, std::size_t size)
    {
        if (size >= FlushSize) {
            flush();
            m_checksum.update(data, size);
            m_ok = m_ok && m_file.write(static_cast<const char *>(data), qint64(size)) == qint64(size);
            m_length += size;
            return;
        }
        m_buffer.append(static_cast<const char *>(data), qsizetype(size));
        if (std::size_t(m_buffer.size()) >= FlushSize) {
            flush();
        }
    }
    template<typename T> void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        raw(&v, sizeof v);
    }
    void string(const QString &s)
    {
        value(quint32(s.size()));
        raw(s.utf16(), std::size_t(s.size()) * 2);
    }
    template<typename T> void vector(const std::vector<T> &v)
    {
        value(quint64(v.size()));
        raw(v.data(), v.size() * sizeof(T));
    }
    void bitmap(const IndexBitmap &bitmap)
    {
        const std::size_t size = bitmap.serializedSize();
        value(quint64(size));
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + qsizetype(size));
        bitmap.serialize(m_buffer.data() + at);
        if (std::size_t(m_buffer.size()) >= FlushSize) {
            flush();
        }
    }
    template<typename T> void column(const PagedColumn<T> &column)
    {
        value(column.pageCount());
        for (quint32 page = 0; page < column.pageCount(); ++page) {
            const T *values = column.page(page);
            value(quint8(values ? 1 : 0));
            if (values) {
                raw(values, PagedColumn<T>::PageSize * sizeof(T));
            }
        }
    }
    template<typename T> void arena(const ArenaColumn<T> &arena)
    {
        column(arena.entries());
        vector(arena.pool());
    }

    void beginSection(quint32 tag)
    {
        m_tag = tag;
        m_sectionStart = m_file.pos() + m_buffer.size();
        value(tag);
        value(quint32(0));
        value(quint64(0)); // the length, written by endSection()
        flush();
        m_checksum = IndexChecksum();
        m_length = 0;
    }

    void endSection()
    {
        flush();
        const qint64 end = m_file.pos();
        const quint64 length = m_length;
        m_ok = m_ok && m_file.seek(m_sectionStart + 8) && m_file.write(reinterpret_cast<const char *>(&length), 8) == 8
            && m_file.seek(end);
        value(sectionChecksum(m_tag, length, m_checksum.finish()));
        flush();
        m_length = 0;
    }

    void flush()
    {
        if (m_buffer.isEmpty()) {
            return;
        }
        m_checksum.update(m_buffer.constData(), std::size_t(m_buffer.size()));
        m_length += quint64(m_buffer.size());
        m_ok = m_ok && m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }

private:
    QFile &m_file;
    QByteArray m_buffer;
    IndexChecksum m_checksum;
    quint64 m_length = 0;
    quint32 m_tag = 0;
    qint64 m_sectionStart = 0;
    bool m_ok = true;
};

// Bounds-checked reads from one section's payload; any overrun makes ok() false for good.
class IndexSnapshotReader
{
public:
    IndexSnapshotReader(const uchar *data, quint64 size)
        : m_at(data)
        , m_end(data + size)
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    const uchar *take(quint64 size)
    {
        if (!m_ok || size > quint64(m_end - m_at)) {
            m_ok = false;
            return nullptr;
        }
        const uchar *at = m_at;
        m_at += size;
        return at;
    }
    template<typename T> T value()
    {
        T v {};
        if (const uchar *at = take(sizeof(T))) {
            std::memcpy(&v, at, sizeof(T));
        }
        return v;
    }
    QString string()
    {
        const auto size = value<quint32>();
        const uchar *at = take(quint64(size) * 2);
        return at ? QString(reinterpret_cast<const QChar *>(at), qsizetype(size)) : QString();
    }
    template<typename T> std::vector<T> vector()
    {
        const auto count = value<quint64>();
        if (count > quint64(m_end - m_at) / sizeof(T)) {
            m_ok = false;
            return {};
        }
        std::vector<T> v(count);
        const uchar *bytes = take(count * sizeof(T));
        if (count > 0) { // memcpy of nothing still needs non-null pointers, and an empty vector has none
            std::memcpy(v.data(), bytes, count * sizeof(T));
        }
        return v;
    }
    IndexBitmap bitmap()
    {
        const auto size = value<quint64>();
        const uchar *at = take(size);
        if (!at) {
            return {};
        }
        std::size_t used = 0;
        std::optional<IndexBitmap> bitmap = IndexBitmap::deserialize(reinterpret_cast<const char *>(at), size, &used);
        if (!bitmap || used != size) {
            m_ok = false;
            return {};
        }
        return std::move(*bitmap);
    }
    template<typename T> void column(PagedColumn<T> &column)
    {
        const auto pages = value<quint32>();
        if (pages > (quint64(1) << 32) / PagedColumn<T>::PageSize) {
            m_ok = false;
        }
        for (quint32 page = 0; m_ok && page < pages; ++page) {
            if (value<quint8>() == 0) {
                continue;
            }
            if (const uchar *at = take(PagedColumn<T>::PageSize * sizeof(T))) {
                std::memcpy(column.pageForWriting(page), at, PagedColumn<T>::PageSize * sizeof(T));
            }
        }
    }
    template<typename T> void arena(ArenaColumn<T> &arena)
    {
        column(arena.entries());
        arena.pool() = vector<T>();
    }

private:
    const uchar *m_at;
    const uchar *m_end;
    bool m_ok = true;
};

} // namespace Folio::Search::Internal
