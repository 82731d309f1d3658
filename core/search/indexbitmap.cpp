// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexbitmap.h"

#include <roaring/roaring.h>

namespace Folio::Search::Internal {

namespace {

// Bytes CRoaring allocates per container besides its values: the container struct (a 32-byte malloc
// chunk), the values' own chunk header, and its key, type and pointer in the bitmap's arrays.
constexpr qint64 ContainerOverhead = 56;
constexpr std::size_t BatchSize = 256;

} // namespace

IndexBitmap::~IndexBitmap()
{
    if (m_bitmap) {
        roaring_bitmap_free(m_bitmap);
    }
}

IndexBitmap &IndexBitmap::operator=(IndexBitmap &&other) noexcept
{
    if (this != &other) {
        if (m_bitmap) {
            roaring_bitmap_free(m_bitmap);
        }
        m_bitmap = other.m_bitmap;
        other.m_bitmap = nullptr;
    }
    return *this;
}

roaring_bitmap_s *IndexBitmap::writable()
{
    if (!m_bitmap) {
        m_bitmap = roaring_bitmap_create();
        if (!m_bitmap) {
            qFatal("Folio search index: out of memory creating a bitmap");
        }
    }
    return m_bitmap;
}

IndexBitmap IndexBitmap::copy() const
{
    return IndexBitmap(m_bitmap ? roaring_bitmap_copy(m_bitmap) : nullptr);
}

IndexBitmap IndexBitmap::range(std::uint32_t first, std::uint64_t end)
{
    if (end <= first) {
        return {};
    }
    IndexBitmap result;
    roaring_bitmap_add_range(result.writable(), first, end);
    return result;
}

IndexBitmap IndexBitmap::fromSorted(std::span<const std::uint32_t> values)
{
    IndexBitmap result;
    result.addMany(values);
    return result;
}

bool IndexBitmap::isEmpty() const
{
    return !m_bitmap || roaring_bitmap_is_empty(m_bitmap);
}

quint64 IndexBitmap::cardinality() const
{
    return m_bitmap ? roaring_bitmap_get_cardinality(m_bitmap) : 0;
}

bool IndexBitmap::contains(std::uint32_t value) const
{
    return m_bitmap && roaring_bitmap_contains(m_bitmap, value);
}

std::uint32_t IndexBitmap::maximum() const
{
    return isEmpty() ? 0 : roaring_bitmap_maximum(m_bitmap);
}

void IndexBitmap::add(std::uint32_t value)
{
    roaring_bitmap_add(writable(), value);
}

void IndexBitmap::addMany(std::span<const std::uint32_t> values)
{
    if (!values.empty()) {
        roaring_bitmap_add_many(writable(), values.size(), values.data());
    }
}

void IndexBitmap::remove(std::uint32_t value)
{
    if (m_bitmap) {
        roaring_bitmap_remove(m_bitmap, value);
    }
}

void IndexBitmap::clear()
{
    if (m_bitmap) {
        roaring_bitmap_free(m_bitmap);
        m_bitmap = nullptr;
    }
}

void IndexBitmap::andWith(const IndexBitmap &other)
{
    if (!m_bitmap) {
        return;
    }
    if (!other.m_bitmap) {
        clear();
        return;
    }
    roaring_bitmap_and_inplace(m_bitmap, other.m_bitmap);
}

void IndexBitmap::orWith(const IndexBitmap &other)
{
    if (!other.m_bitmap) {
        return;
    }
    if (!m_bitmap) {
        m_bitmap = roaring_bitmap_copy(other.m_bitmap);
        return;
    }
    roaring_bitmap_or_inplace(m_bitmap, other.m_bitmap);
}

void IndexBitmap::andNotWith(const IndexBitmap &other)
{
    if (m_bitmap && other.m_bitmap) {
        roaring_bitmap_andnot_inplace(m_bitmap, other.m_bitmap);
    }
}

IndexBitmap IndexBitmap::intersection(const IndexBitmap &a, const IndexBitmap &b)
{
    if (!a.m_bitmap || !b.m_bitmap) {
        return {};
    }
    return IndexBitmap(roaring_bitmap_and(a.m_bitmap, b.m_bitmap));
}

IndexBitmap IndexBitmap::difference(const IndexBitmap &a, const IndexBitmap &b)
{
    if (!a.m_bitmap) {
        return {};
    }
    if (!b.m_bitmap) {
        return a.copy();
    }
    return IndexBitmap(roaring_bitmap_andnot(a.m_bitmap, b.m_bitmap));
}

IndexBitmap IndexBitmap::unionOf(std::span<const IndexBitmap *const> bitmaps)
{
    std::vector<const roaring_bitmap_t *> raw;
    raw.reserve(bitmaps.size());
    for (const IndexBitmap *bitmap : bitmaps) {
        if (bitmap && bitmap->m_bitmap) {
            raw.push_back(bitmap->m_bitmap);
        }
    }
    if (raw.empty()) {
        return {};
    }
    if (raw.size() == 1) {
        return IndexBitmap(roaring_bitmap_copy(raw.front()));
    }
    return IndexBitmap(roaring_bitmap_or_many(raw.size(), raw.data()));
}

quint64 IndexBitmap::intersectionCardinality(const IndexBitmap &other) const
{
    return m_bitmap && other.m_bitmap ? roaring_bitmap_and_cardinality(m_bitmap, other.m_bitmap) : 0;
}

bool IndexBitmap::intersects(const IndexBitmap &other) const
{
    return m_bitmap && other.m_bitmap && roaring_bitmap_intersect(m_bitmap, other.m_bitmap);
}

void IndexBitmap::forEachBatchImpl(BatchCallback callback, void *context) const
{
    if (!m_bitmap) {
        return;
    }
    roaring_uint32_iterator_t iterator;
    roaring_init_iterator(m_bitmap, &iterator);
    std::uint32_t buffer[BatchSize];
    while (true) {
        const std::uint32_t count = roaring_read_uint32_iterator(&iterator, buffer, BatchSize);
        if (count == 0) {
            break;
        }
        callback(buffer, count, context);
        if (count < BatchSize) {
            break;
        }
    }
}

std::vector<std::uint32_t> IndexBitmap::toVector() const
{
    std::vector<std::uint32_t> values(cardinality());
    if (!values.empty()) {
        roaring_bitmap_to_uint32_array(m_bitmap, values.data());
    }
    return values;
}

void IndexBitmap::optimize()
{
    if (m_bitmap) {
        roaring_bitmap_run_optimize(m_bitmap);
        roaring_bitmap_shrink_to_fit(m_bitmap);
    }
}

qint64 IndexBitmap::memoryBytes() const
{
    if (!m_bitmap) {
        return 0;
    }
    roaring_statistics_t statistics;
    roaring_bitmap_statistics(m_bitmap, &statistics);
    return qint64(sizeof(roaring_bitmap_t)) + 16 + qint64(statistics.n_bytes_array_containers)
        + qint64(statistics.n_bytes_run_containers) + qint64(statistics.n_bytes_bitset_containers)
        + qint64(statistics.n_containers) * ContainerOverhead;
}

std::size_t IndexBitmap::serializedSize() const
{
    static const roaring_bitmap_t *const empty = roaring_bitmap_create();
    return roaring_bitmap_portable_size_in_bytes(m_bitmap ? m_bitmap : empty);
}

void IndexBitmap::serialize(char *out) const
{
    static const roaring_bitmap_t *const empty = roaring_bitmap_create();
    roaring_bitmap_portable_serialize(m_bitmap ? m_bitmap : empty, out);
}

std::optional<IndexBitmap> IndexBitmap::deserialize(const char *data, std::size_t maxBytes, std::size_t *used)
{
    // CRoaring 0.2.66 only bounds the read by MAXBYTES; the snapshot's checksums have already vouched
    // for the bytes, this guards against a format bug reading past the section.
    const std::size_t size = roaring_bitmap_portable_deserialize_size(data, maxBytes);
    if (size == 0 || size > maxBytes) {
        return std::nullopt;
    }
    roaring_bitmap_t *bitmap = roaring_bitmap_portable_deserialize_safe(data, size);
    if (!bitmap) {
        return std::nullopt;
    }
    *used = size;
    if (roaring_bitmap_is_empty(bitmap)) {
        roaring_bitmap_free(bitmap);
        return IndexBitmap();
    }
    return IndexBitmap(bitmap);
}

} // namespace Folio::Search::Internal
