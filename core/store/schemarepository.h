// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes the metadata schema: fields, their aliases and controlled vocabularies (the field
// registry of DESIGN.md). Borrowed Database; writes run inside the caller's transaction.

#include "domain/field.h"
#include "error.h"

#include <QCoreApplication>

namespace Folio {

class Database;

class SchemaRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::SchemaRepository)

public:
    explicit SchemaRepository(Database &db) : m_db(db) {}

    Result<QList<FieldDefinition>> fields();
    // A field by its key or one of its aliases (case-insensitive), or NotFound.
    Result<FieldDefinition> resolve(const QString &keyOrAlias);
    Result<QList<Vocabulary>> vocabularies();
    Result<Vocabulary> vocabulary(const QString &key);
    // True when VALUE is a term of the vocabulary (at any depth).
    Result<bool> hasTerm(qint64 vocabularyId, const QString &value);

    // Inserts or updates (by key) a vocabulary with its terms (terms are added, never removed).
    Result<qint64> saveVocabulary(const Vocabulary &vocabulary);
    // Inserts or updates (by key) a field and replaces its aliases.
    Result<qint64> saveField(const FieldDefinition &field);
    // Adds VALUE as a top-level term of an open vocabulary when missing.
    Result<void> addTerm(qint64 vocabularyId, const QString &value);

private:
    Result<qint64> saveTerms(qint64 vocabularyId, qint64 parentId, const QList<VocabularyTerm> &terms);
    Result<QList<VocabularyTerm>> terms(qint64 vocabularyId, qint64 parentId);
    Database &m_db;
};

} // namespace Folio
