// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-document columns of the search index, addressed by 32-bit slot (or item id):
// - PagedColumn<T>: one value per slot in pages of 4,096 allocated on first write, so a column costs
//   memory only where slots exist: a library whose ids jump to 3,000,000,000 pays for one page and a
//   6 MB page table, not 12 GB; a small library pays kilobytes, not the megabytes of 65,536-value pages.
// - ArenaColumn<T>: a variable-length list per slot (facet value ids, the phrase filter, the sort
//   title) appended to one pool; the slot holds (offset, length). Lists are written once per slot
//   life (re-indexing takes a new slot), so the pool only grows; compact() drops the lists of freed
//   slots.
//
// Thread safety: const members may run concurrently; writes need exclusive access. Value types.

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

namespace Folio::Search::Internal {

template<typename T> class PagedColumn
{
public:
    static constexpr int PageBits = 12;
    static constexpr std::uint32_t PageSize = 1u << PageBits;

    explicit PagedColumn(T absent = T {})
        : m_absent(absent)
    { }
    PagedColumn(PagedColumn &&) noexcept = default;
    PagedColumn &operator=(PagedColumn &&) noexcept = default;

    T get(std::uint32_t slot) const
    {
        const std::uint32_t page = slot >> PageBits;
        if (page >= m_pages.size() || !m_pages[page]) {
            return m_absent;
        }
        return m_pages[page][slot & (PageSize - 1)];
    }

    void set(std::uint32_t slot, T value)
    {
        const std::uint32_t page = slot >> PageBits;
        if (page >= m_pages.size()) {
            m_pages.resize(page + 1);
        }
        if (!m_pages[page]) {
            if (isAbsent(value)) {
                return;
            }
            m_pages[page] = allocatePage();
        }
        m_pages[page][slot & (PageSize - 1)] = value;
    }

    T absent() const { return m_absent; }
    std::uint32_t pageCount() const { return std::uint32_t(m_pages.size()); }
    // The values of page INDEX, or null when none was written there.
    const T *page(std::uint32_t index) const { return index < m_pages.size() ? m_pages[index].get() : nullptr; }
    T *pageForWriting(std::uint32_t index)
    {
        if (index >= m_pages.size()) {
            m_pages.resize(index + 1);
        }
        if (!m_pages[index]) {
            m_pages[index] = allocatePage();
        }
        return m_pages[index].get();
    }

    qint64 memoryBytes() const
    {
        qint64 bytes = qint64(m_pages.capacity() * sizeof(m_pages[0]));
        for (const auto &page : m_pages) {
            bytes += page ? qint64(PageSize * sizeof(T)) : 0;
        }
        return bytes;
    }

private:
    // Bitwise, so that a NaN "absent" of a number column compares equal to itself.
    bool isAbsent(const T &value) const { return std::memcmp(&value, &m_absent, sizeof(T)) == 0; }

    std::unique_ptr<T[]> allocatePage() const
    {
        auto page = std::make_unique_for_overwrite<T[]>(PageSize);
        std::fill(page.get(), page.get() + PageSize, m_absent);
        return page;
    }

    std::vector<std::unique_ptr<T[]>> m_pages;
    T m_absent;
};

template<typename T> class ArenaColumn
{
public:
    static constexpr std::uint64_t MaxLength = 0xFFFF;

    // Stores VALUES (at most MaxLength of them; the rest are dropped) as SLOT's list.
    void set(std::uint32_t slot, std::span<const T> values)
    {
        if (values.empty()) {
            m_entries.set(slot, 0);
            return;
        }
        const std::uint64_t length = std::min<std::uint64_t>(values.size(), MaxLength);
        const std::uint64_t offset = m_pool.size();
        m_pool.insert(m_pool.end(), values.begin(), values.begin() + qsizetype(length));
        m_entries.set(slot, (offset << 16) | length);
    }

    std::span<const T> get(std::uint32_t slot) const
    {
        const std::uint64_t entry = m_entries.get(slot);
        return std::span<const T>(m_pool.data() + (entry >> 16), std::size_t(entry & MaxLength));
    }

    void clear(std::uint32_t slot) { m_entries.set(slot, 0); }

    // Rewrites the pool with only the lists of the slots below SLOTCOUNT that KEEP(slot) accepts.
    template<typename Keep> void compact(std::uint32_t slotCount, Keep &&keep)
    {
        std::vector<T> pool;
        pool.reserve(m_pool.size());
        for (std::uint32_t slot = 0; slot < slotCount; ++slot) {
            const std::uint64_t entry = m_entries.get(slot);
            if (entry == 0) {
                continue;
            }
            if (!keep(slot)) {
                m_entries.set(slot, 0);
                continue;
            }
            const std::uint64_t length = entry & MaxLength;
            const std::uint64_t offset = pool.size();
            pool.insert(pool.end(), m_pool.begin() + qsizetype(entry >> 16),
                m_pool.begin() + qsizetype((entry >> 16) + length));
            m_entries.set(slot, (offset << 16) | length);
        }
        pool.shrink_to_fit();
        m_pool = std::move(pool);
    }

    void shrink() { m_pool.shrink_to_fit(); }

    const PagedColumn<std::uint64_t> &entries() const { return m_entries; }
    PagedColumn<std::uint64_t> &entries() { return m_entries; }
    const std::vector<T> &pool() const { return m_pool; }
    std::vector<T> &pool() { return m_pool; }

    qint64 memoryBytes() const { return m_entries.memoryBytes() + qint64(m_pool.capacity() * sizeof(T)); }

private:
    PagedColumn<std::uint64_t> m_entries; // (offset << 16) | length, 0 = empty
    std::vector<T> m_pool;
};

} // namespace Folio::Search::Internal
