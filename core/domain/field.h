// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The metadata schema: typed fields with aliases and controlled vocabularies (DESIGN.md, Field /
// Vocabulary). Plain data; FieldType conversions are stateless and thread-safe.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Folio {

enum class FieldType { Text, Number, Date, Bool, Enum, MultiEnum, Person, ItemRef };

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(const QString &name);

struct VocabularyTerm
{
    QString value;
    QString label;
    QList<VocabularyTerm> children;
};

struct Vocabulary
{
    qint64 id = 0;
    QString key;
    QString label;
    bool hierarchical = false;
    bool open = true; // an open vocabulary grows with the values users enter
    QList<VocabularyTerm> terms;
};

struct FieldDefinition
{
    qint64 id = 0;
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    QString appliesTo = QStringLiteral("both"); // asset | document | both
    bool required = false;
    bool builtin = false; // stored in the item's own columns (title, classification, status)
    QString vocabulary;   // key of the vocabulary for enum and multi-enum fields
    QStringList aliases;
    QString description;
    int position = 0;

    bool isMultiValued() const { return type == FieldType::MultiEnum; }
};

} // namespace Folio
