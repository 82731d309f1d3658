// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQL of each schema version after the first, one file per version (schemav<N>.cpp), so that a released
// version's file never changes and the list of migrations (schema.cpp) stays short.

namespace Folio::Schema {

extern const char v2Sql[];
extern const char v3Sql[];

} // namespace Folio::Schema
