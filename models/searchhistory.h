// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The searches the user ran last, newest first, kept in the user's settings (QSettings "search/recent") so the
// search bar's drop-down offers them again after a restart. The same query typed twice is kept once (compared
// with its spaces simplified).
//
// Thread safety: QSettings is reentrant; use from the GUI thread (one writer). No ownership.

#include <QStringList>

namespace Folio {

class SearchHistory
{
public:
    static constexpr int MaxEntries = 10;

    // Newest first, at most MaxEntries.
    static QStringList recent();
    // Puts QUERY first (a blank one is ignored).
    static void remember(const QString &query);
    static void clear();
};

} // namespace Folio
