// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns what a user typed for a field into a stored value, or a clear reason why it does not fit the
// schema: numbers, dates (YYYY-MM-DD or ISO date-time), booleans, controlled vocabularies, item
// references. Stateless; thread-safe.

#include "domain/field.h"
#include "error.h"
#include "store/metadatarepository.h"

#include <QCoreApplication>

#include <functional>

namespace Folio {

class MetadataValidator
{
    Q_DECLARE_TR_FUNCTIONS(Folio::MetadataValidator)

public:
    // Answers whether a closed vocabulary holds a term, and whether an item id exists.
    using TermCheck = std::function<Result<bool>(const QString &term)>;
    using ItemCheck = std::function<Result<bool>(const QString &uuid)>;

    // RAW is the typed text; multi-valued fields take a comma-separated list. An empty RAW clears the
    // field (refused for required fields): the result then holds a null json value.
    static Result<TypedValue> parse(const FieldDefinition &field, const QString &raw, bool closedVocabulary,
                                    const TermCheck &hasTerm, const ItemCheck &itemExists);
};

} // namespace Folio
