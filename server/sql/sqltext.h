// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SqlText rewrites SQL text for a back end without parsing it: it walks the text once, leaving quoted
// strings ('…', E'…', $tag$…$tag$), quoted identifiers ("…") and comments (-- and /* */) untouched, and
// rewrites only what lies outside them. That is what lets the server keep one SQL text for SQLite and
// PostgreSQL: `?` placeholders become $1..$n for libpq, and the dialect's {type} words become each back end's
// DDL (SqlDialect).
//
// Thread safety: pure functions. Ownership: none.

#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Folio::Server {

class SqlText
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Server::SqlText)

public:
    struct Numbered
    {
        QString sql; // the text with $1..$n in place of the placeholders
        int parameters = 0; // the highest parameter number used
    };

    // Rewrites SQLite's `?` (numbered from 1 in order) and `?NNN` (that number; a later `?` goes on from the
    // highest so far, as in SQLite) into PostgreSQL's $N. `$N` already in the text is counted too.
    static Result<Numbered> numberPlaceholders(const QString &sql);

    // Replaces each {word} outside quotes and comments by WORDS[word]; an unknown word is an error naming it.
    static Result<QString> expandWords(const QString &sql, const QHash<QString, QString> &words);
};

} // namespace Folio::Server
