// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The schema a new library starts with (shared fields that span documents and media), and the JSON form
// `folioctl schema import` reads and `schema show --json` writes. Stateless; thread-safe.

#include "domain/field.h"
#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Folio {

struct SchemaDocument
{
    QList<Vocabulary> vocabularies;
    QList<FieldDefinition> fields;
};

class SchemaJson
{
    Q_DECLARE_TR_FUNCTIONS(Folio::SchemaJson)

public:
    // Parses and checks a schema document; errors name the field or vocabulary and what is wrong.
    static Result<SchemaDocument> parse(const QJsonObject &json);
    static QJsonObject toJson(const SchemaDocument &schema);
    // The built-in default schema.
    static SchemaDocument defaultSchema();
    // FIELD's label as the user reads it: a default field's default label translated, any other as stored.
    static QString displayLabel(const FieldDefinition &field);
};

} // namespace Folio
