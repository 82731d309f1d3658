// SPDX-License-Identifier: GPL-3.0-or-later
// The library schema. Released versions are never edited: a change is a new migration appended here,
// with a fixture database for the released version under tests/data/schema/.
#include "store/migrations.h"

namespace Folio::Schema {

namespace {
constexpr char v1[] = R"sql(
CREATE TABLE item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('asset', 'document')),
    title TEXT NOT NULL
);
)sql";
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, v1},
    };
    return all;
}

int currentVersion()
{
    return migrations().last().version;
}

} // namespace Folio::Schema
