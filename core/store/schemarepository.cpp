// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemarepository.h"

#include "store/database.h"

namespace Folio {

Result<QList<FieldDefinition>> SchemaRepository::fields()
{
    auto stmt = m_db.query(QStringLiteral(
        "SELECT f.id, f.key, f.label, f.type, f.applies_to, f.required, f.builtin, ifnull(v.key, ''), f.description, "
        "f.position, (SELECT group_concat(alias, ',') FROM (SELECT alias FROM field_alias a WHERE a.field_id = f.id "
        "ORDER BY alias)) FROM field f LEFT JOIN vocabulary v ON v.id = f.vocabulary_id ORDER BY f.position, f.key"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<FieldDefinition> fields;
    auto ok = stmt->forEach([&](Statement &row) {
        FieldDefinition f;
        f.id = row.int64(0);
        f.key = row.text(1);
        f.label = row.text(2);
        f.type = fieldTypeFromName(row.text(3)).value_or(FieldType::Text);
        f.appliesTo = row.text(4);
        f.required = row.int64(5) != 0;
        f.builtin = row.int64(6) != 0;
        f.vocabulary = row.text(7);
        f.description = row.text(8);
        f.position = int(row.int64(9));
        f.aliases = row.text(10).split(QLatin1Char(','), Qt::SkipEmptyParts);
        fields.append(f);
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return fields;
}

Result<FieldDefinition> SchemaRepository::resolve(const QString &keyOrAlias)
{
    const QString key = keyOrAlias.trimmed().toLower();
    auto all = fields();
    if (!all) {
        return std::unexpected(all.error());
    }
    for (const FieldDefinition &field : std::as_const(*all)) {
        if (field.key == key || field.aliases.contains(key)) {
            return field;
        }
    }
    return fail(Error::Code::NotFound, tr("There is no field \"%1\" in the library's schema (see folioctl schema show).")
                                           .arg(keyOrAlias));
}

Result<QList<VocabularyTerm>> SchemaRepository::terms(qint64 vocabularyId, qint64 parentId)
{
    auto stmt = m_db.query(QStringLiteral("SELECT id, value, label FROM vocabulary_term WHERE vocabulary_id = ? AND "
                                          "ifnull(parent_id, 0) = ? ORDER BY value"),
                           vocabularyId, parentId);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<std::pair<qint64, VocabularyTerm>> rows;
    auto ok = stmt->forEach([&](Statement &row) { rows.append({row.int64(0), {row.text(1), row.text(2), {}}}); });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    *stmt = {};
    QList<VocabularyTerm> result;
    for (auto &[id, term] : rows) {
        auto children = terms(vocabularyId, id);
        if (!children) {
            return std::unexpected(children.error());
        }
        term.children = *children;
        result.append(term);
    }
    return result;
}

Result<QList<Vocabulary>> SchemaRepository::vocabularies()
{
    auto stmt = m_db.query(QStringLiteral("SELECT id, key, label, hierarchical, open FROM vocabulary ORDER BY key"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<Vocabulary> all;
    auto ok = stmt->forEach([&](Statement &row) {
        all.append({row.int64(0), row.text(1), row.text(2), row.int64(3) != 0, row.int64(4) != 0, {}});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    *stmt = {};
    for (Vocabulary &vocabulary : all) {
        auto list = terms(vocabulary.id, 0);
        if (!list) {
            return std::unexpected(list.error());
        }
        vocabulary.terms = *list;
    }
    return all;
}

Result<Vocabulary> SchemaRepository::vocabulary(const QString &key)
{
    auto all = vocabularies();
    if (!all) {
        return std::unexpected(all.error());
    }
    for (const Vocabulary &vocabulary : std::as_const(*all)) {
        if (vocabulary.key == key) {
            return vocabulary;
        }
    }
    return fail(Error::Code::NotFound, tr("There is no vocabulary \"%1\".").arg(key));
}

Result<bool> SchemaRepository::hasTerm(qint64 vocabularyId, const QString &value)
{
    auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM vocabulary_term WHERE vocabulary_id = ? AND value = ? LIMIT 1"),
                             vocabularyId, value);
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->isValid();
}

Result<qint64> SchemaRepository::saveTerms(qint64 vocabularyId, qint64 parentId, const QList<VocabularyTerm> &terms)
{
    qint64 saved = 0;
    for (const VocabularyTerm &term : terms) {
        auto upsert = m_db.execute(QStringLiteral("INSERT INTO vocabulary_term (vocabulary_id, parent_id, value, label) "
                                                  "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET label = excluded.label"),
                                   vocabularyId, parentId ? QVariant(parentId) : QVariant(), term.value,
                                   term.label.isNull() ? QStringLiteral("") : term.label);
        if (!upsert) {
            return std::unexpected(upsert.error());
        }
        auto id = m_db.scalar(QStringLiteral("SELECT id FROM vocabulary_term WHERE vocabulary_id = ? AND "
                                             "ifnull(parent_id, 0) = ? AND value = ?"),
                              vocabularyId, parentId, term.value);
        if (!id) {
            return std::unexpected(id.error());
        }
        auto children = saveTerms(vocabularyId, id->toLongLong(), term.children);
        if (!children) {
            return children;
        }
        saved += 1 + *children;
    }
    return saved;
}

Result<qint64> SchemaRepository::saveVocabulary(const Vocabulary &vocabulary)
{
    auto upsert = m_db.execute(QStringLiteral("INSERT INTO vocabulary (key, label, hierarchical, open) VALUES (?, ?, ?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET label = excluded.label, "
                                              "hierarchical = excluded.hierarchical, open = excluded.open"),
                               vocabulary.key, vocabulary.label, vocabulary.hierarchical, vocabulary.open);
    if (!upsert) {
        return std::unexpected(upsert.error());
    }
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM vocabulary WHERE key = ?"), vocabulary.key);
    if (!id) {
        return std::unexpected(id.error());
    }
    if (auto saved = saveTerms(id->toLongLong(), 0, vocabulary.terms); !saved) {
        return std::unexpected(saved.error());
    }
    return id->toLongLong();
}

Result<qint64> SchemaRepository::saveField(const FieldDefinition &field)
{
    auto upsert = m_db.execute(
        QStringLiteral("INSERT INTO field (key, label, type, applies_to, required, vocabulary_id, builtin, position, "
                       "description) VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM vocabulary WHERE key = ?6), ?7, ?8, ?9) "
                       "ON CONFLICT (key) DO UPDATE SET label = excluded.label, type = excluded.type, "
                       "applies_to = excluded.applies_to, required = excluded.required, "
                       "vocabulary_id = excluded.vocabulary_id, position = excluded.position, "
                       "description = excluded.description"),
        field.key, field.label, fieldTypeName(field.type), field.appliesTo, field.required, field.vocabulary,
        field.builtin, field.position, field.description.isNull() ? QStringLiteral("") : field.description);
    if (!upsert) {
        return std::unexpected(upsert.error());
    }
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM field WHERE key = ?"), field.key);
    if (!id) {
        return std::unexpected(id.error());
    }
    if (auto cleared = m_db.execute(QStringLiteral("DELETE FROM field_alias WHERE field_id = ?"), *id); !cleared) {
        return std::unexpected(cleared.error());
    }
    for (const QString &alias : field.aliases) {
        auto owner = m_db.scalar(QStringLiteral("SELECT f.key FROM field_alias a JOIN field f ON f.id = a.field_id "
                                                "WHERE a.alias = ?1 UNION ALL SELECT key FROM field WHERE key = ?1"),
                                 alias);
        if (!owner) {
            return std::unexpected(owner.error());
        }
        if (owner->isValid()) {
            return fail(Error::Code::Conflict,
                        tr("The alias \"%1\" of field \"%2\" is already the field \"%3\" or one of its aliases.")
                            .arg(alias, field.key, owner->toString()));
        }
        if (auto added = m_db.execute(QStringLiteral("INSERT INTO field_alias (alias, field_id) VALUES (?, ?)"), alias, *id);
            !added) {
            return std::unexpected(added.error());
        }
    }
    return id->toLongLong();
}

Result<void> SchemaRepository::addTerm(qint64 vocabularyId, const QString &value)
{
    auto added = m_db.execute(QStringLiteral("INSERT OR IGNORE INTO vocabulary_term (vocabulary_id, parent_id, value) "
                                             "VALUES (?, NULL, ?)"),
                              vocabularyId, value);
    if (!added) {
        return std::unexpected(added.error());
    }
    return {};
}

} // namespace Folio
