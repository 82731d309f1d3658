// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IndexNumberColumn holds one number per document slot for a numeric field (created, modified, size,
// width, pages, duration, registry numbers): as 32-bit integers while every value is a whole number in
// int32's range (dates until 2038 in seconds, widths, pages, ratings, most sizes), which halves the
// column, and as doubles from the first value that is not (the column converts itself once). A
// missing value reads as NaN.
//
// Thread safety: const members may run concurrently; writes need exclusive access. Value type.

#include "search/indexcolumn.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace Folio::Search::Internal {

class IndexNumberColumn
{
public:
    static constexpr std::int32_t AbsentInteger = std::numeric_limits<std::int32_t>::min();
    static constexpr double Absent = std::numeric_limits<double>::quiet_NaN();

    double get(std::uint32_t slot) const
    {
        if (m_wide) {
            return m_doubles.get(slot);
        }
        const std::int32_t value = m_integers.get(slot);
        return value == AbsentInteger ? Absent : double(value);
    }

    void set(std::uint32_t slot, double value)
    {
        if (!m_wide) {
            if (std::isnan(value)) {
                m_integers.set(slot, AbsentInteger);
                return;
            }
            if (value == std::trunc(value) && value > double(AbsentInteger)
                && value <= double(std::numeric_limits<std::int32_t>::max())) {
                m_integers.set(slot, std::int32_t(value));
                return;
            }
            widen();
        }
        m_doubles.set(slot, value);
    }

    // Calls VISIT(slot, value) for every slot below SLOTCOUNT on an allocated page, in slot order
    // (absent values are NaN).
    template<typename Visit> void scan(std::uint32_t slotCount, Visit &&visit) const
    {
        if (m_wide) {
            scanPages(m_doubles, slotCount, [&](std::uint32_t slot, double value) { visit(slot, value); });
        } else {
            scanPages(m_integers, slotCount, [&](std::uint32_t slot, std::int32_t value) {
                visit(slot, value == AbsentInteger ? Absent : double(value));
            });
        }
    }

    bool isWide() const { return m_wide; }
    const PagedColumn<std::int32_t> &integers() const { return m_integers; }
    PagedColumn<std::int32_t> &integers() { return m_integers; }
    const PagedColumn<double> &doubles() const { return m_doubles; }
    PagedColumn<double> &doubles() { return m_doubles; }
    void setWide(bool wide) { m_wide = wide; }

    qint64 memoryBytes() const { return m_integers.memoryBytes() + m_doubles.memoryBytes(); }

private:
    template<typename T, typename Visit>
    static void scanPages(const PagedColumn<T> &column, std::uint32_t slotCount, Visit &&visit)
    {
        for (std::uint32_t page = 0; page < column.pageCount(); ++page) {
            const T *values = column.page(page);
            const std::uint64_t base = std::uint64_t(page) << PagedColumn<T>::PageBits;
            if (base >= slotCount) {
                break;
            }
            if (!values) {
                continue;
            }
            const auto end = std::uint32_t(std::min<std::uint64_t>(PagedColumn<T>::PageSize, slotCount - base));
            for (std::uint32_t i = 0; i < end; ++i) {
                visit(std::uint32_t(base + i), values[i]);
            }
        }
    }

    void widen()
    {
        for (std::uint32_t page = 0; page < m_integers.pageCount(); ++page) {
            const std::int32_t *values = m_integers.page(page);
            if (!values) {
                continue;
            }
            double *wide = m_doubles.pageForWriting(page);
            for (std::uint32_t i = 0; i < PagedColumn<std::int32_t>::PageSize; ++i) {
                wide[i] = values[i] == AbsentInteger ? Absent : double(values[i]);
            }
        }
        m_integers = PagedColumn<std::int32_t>(AbsentInteger);
        m_wide = true;
    }

    bool m_wide = false;
    PagedColumn<std::int32_t> m_integers { AbsentInteger };
    PagedColumn<double> m_doubles { Absent };
};

} // namespace Folio::Search::Internal
