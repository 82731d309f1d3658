// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexBitmap owns one CRoaring bitmap of 32-bit document slots (SearchIndex's posting lists, value
// sets, result sets). An empty bitmap allocates nothing, so the index can hold millions of them
// (term x field) and pay only for the ones in use. CRoaring stays out of this header: only the
// search index's .cpp files see roaring.h.
//
// Thread safety: const members may run concurrently; writes need exclusive access. Move-only; owns
// its CRoaring bitmap.

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

struct roaring_bitmap_s;

namespace Folio::Search::Internal {

class IndexBitmap
{
public:
    IndexBitmap() = default;
    ~IndexBitmap();
    IndexBitmap(IndexBitmap &&other) noexcept
        : m_bitmap(other.m_bitmap)
    {
        other.m_bitmap = nullptr;
    }
    IndexBitmap &operator=(IndexBitmap &&other) noexcept;
    IndexBitmap(const IndexBitmap &) = delete;
    IndexBitmap &operator=(const IndexBitmap &) = delete;

    IndexBitmap copy() const;
    // [FIRST, END)
    static IndexBitmap range(std::uint32_t first, std::uint64_t end);
    // VALUES must be sorted ascending (duplicates allowed).
    static IndexBitmap fromSorted(std::span<const std::uint32_t> values);

    bool isEmpty() const;
    quint64 cardinality() const;
    bool contains(std::uint32_t value) const;
    std::uint32_t maximum() const; // 0 when empty

    void add(std::uint32_t value);
    void addMany(std::span<const std::uint32_t> values);
    void remove(std::uint32_t value);
    void clear();

    void andWith(const IndexBitmap &other);
    void orWith(const IndexBitmap &other);
    void andNotWith(const IndexBitmap &other);
    static IndexBitmap intersection(const IndexBitmap &a, const IndexBitmap &b);
    static IndexBitmap difference(const IndexBitmap &a, const IndexBitmap &b);
    // The union of every non-null bitmap in BITMAPS, in one pass (CRoaring's or_many).
    static IndexBitmap unionOf(std::span<const IndexBitmap *const> bitmaps);
    quint64 intersectionCardinality(const IndexBitmap &other) const;
    bool intersects(const IndexBitmap &other) const;

    // Calls VISIT(const std::uint32_t *values, std::size_t count) with the values in ascending order,
    // a few hundred at a time (bulk reads are several times faster than one call per value).
    template<typename Visit> void forEachBatch(Visit &&visit) const
    {
        forEachBatchImpl([](const std::uint32_t *values, std::size_t count,
                             void *context) { (*static_cast<Visit *>(context))(values, count); },
            &visit);
    }
    std::vector<std::uint32_t> toVector() const;

    // Compresses runs and releases spare capacity (after bulk building and before saving).
    void optimize();
    // Heap bytes held (containers, their arrays and the bitmap itself).
    qint64 memoryBytes() const;

    // CRoaring's portable format, readable by every CRoaring version and language binding.
    std::size_t serializedSize() const;
    void serialize(char *out) const;
    // Reads one bitmap of at most MAXBYTES from DATA; nothing when the bytes do not hold one.
    static std::optional<IndexBitmap> deserialize(const char *data, std::size_t maxBytes, std::size_t *used);

private:
    explicit IndexBitmap(roaring_bitmap_s *adopted)
        : m_bitmap(adopted)
    { }
    using BatchCallback = void (*)(const std::uint32_t *, std::size_t, void *);
    void forEachBatchImpl(BatchCallback callback, void *context) const;
    roaring_bitmap_s *writable();

    roaring_bitmap_s *m_bitmap = nullptr; // null = empty
};

} // namespace Folio::Search::Internal
