// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhistory.h"

#include <QSettings>

namespace Folio {

namespace {

QString key()
{
    return QStringLiteral("search/recent");
}

} // namespace

QStringList SearchHistory::recent()
{
    QStringList entries = QSettings().value(key()).toStringList();
    if (entries.size() > MaxEntries) {
        entries.resize(MaxEntries);
    }
    return entries;
}

void SearchHistory::remember(const QString &query)
{
    const QString simplified = query.simplified();
    if (simplified.isEmpty()) {
        return;
    }
    QStringList entries = recent();
    entries.removeIf([&simplified](const QString &entry) { return entry.simplified() == simplified; });
    entries.prepend(query.trimmed());
    if (entries.size() > MaxEntries) {
        entries.resize(MaxEntries);
    }
    QSettings().setValue(key(), entries);
}

void SearchHistory::clear()
{
    QSettings().remove(key());
}

} // namespace Folio
