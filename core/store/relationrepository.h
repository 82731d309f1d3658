// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes typed links between items (the relation table): "extracted-from" ties an archive's
// member to the archive, and the other types of DESIGN.md (specification-of, contract-for…) will use the
// same rows. A relation reads "SOURCE is TYPE TARGET": a member (source) is extracted-from its archive
// (target). Borrowed Database; one thread at a time; writes run inside the caller's transaction.

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Folio {

class Database;

struct Relation
{
    qint64 id = 0;
    QString uuid;
    QString type;
    qint64 sourceItemId = 0;
    qint64 targetItemId = 0;
    QString createdAt;
};

class RelationRepository
{
    Q_DECLARE_TR_FUNCTIONS(Folio::RelationRepository)

public:
    static QString extractedFrom() { return QStringLiteral("extracted-from"); }

    explicit RelationRepository(Database &db)
        : m_db(db)
    { }

    // Links SOURCE to TARGET with TYPE; AlreadyExists when that link is there.
    Result<qint64> insert(const QString &type, qint64 sourceItemId, qint64 targetItemId, const QString &uuid,
        const QString &now, qint64 actorId);
    // The relations of TYPE that ITEM is the source of (what it was extracted from), oldest first.
    Result<QList<Relation>> fromItem(qint64 itemId, const QString &type);
    // The relations of TYPE that point at ITEM (what was extracted from it), oldest first.
    Result<QList<Relation>> toItem(qint64 itemId, const QString &type);
    // How many links of TYPE lead up from ITEM (its archive, that archive's archive…), counting at most
    // LIMIT: an item nobody extracted has 0.
    Result<int> chainLength(qint64 itemId, const QString &type, int limit);

private:
    Result<QList<Relation>> select(const QString &where, qint64 itemId, const QString &type);
    Database &m_db;
};

} // namespace Folio
