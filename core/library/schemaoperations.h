// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The library's metadata schema as a whole: read it, and import a schema document (fields and
// vocabularies are added or updated by key, never silently dropped), audited.

#include "error.h"
#include "policy/defaultschema.h"

#include <QCoreApplication>

namespace Folio {

class Library;

class SchemaOperations
{
    Q_DECLARE_TR_FUNCTIONS(Folio::SchemaOperations)

public:
    explicit SchemaOperations(Library &library) : m_library(library) {}

    Result<SchemaDocument> current();
    // Imports the JSON file PATH; returns how many fields and vocabularies it saved.
    Result<int> importFile(const QString &path);
    Result<int> import(const SchemaDocument &schema);

private:
    Library &m_library;
};

} // namespace Folio
