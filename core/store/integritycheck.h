// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The database's own consistency: SQLite's integrity and foreign-key checks, and blob reference counts
// that match the versions and renditions using each blob. Borrowed Database; read-only.

#include "error.h"

#include <QStringList>

namespace Folio {

class Database;

namespace IntegrityCheck {
// Each problem as a sentence for the user; empty when the database is sound.
Result<QStringList> run(Database &db);
} // namespace IntegrityCheck

} // namespace Folio
