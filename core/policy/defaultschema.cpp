// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/defaultschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Folio {

namespace {
// The default schema in the same JSON users import, so both paths are the same code.
constexpr char defaultSchemaJson[] = R"json({
 "vocabularies": [
  {"key": "classification", "label": "Classification", "open": false,
   "terms": [{"value": "public"}, {"value": "internal"}, {"value": "confidential"}, {"value": "restricted"}]},
  {"key": "status", "label": "Status", "open": false,
   "terms": [{"value": "draft"}, {"value": "in_review"}, {"value": "approved"}, {"value": "published"},
             {"value": "archived"}, {"value": "disposed"}]},
  {"key": "keywords", "label": "Keywords", "open": true, "hierarchical": true},
  {"key": "regions", "label": "Regions", "open": true},
  {"key": "languages", "label": "Languages", "open": true},
  {"key": "campaigns", "label": "Campaigns", "open": true},
  {"key": "labels", "label": "Colour labels", "open": true,
   "terms": [{"value": "Red"}, {"value": "Yellow"}, {"value": "Green"}, {"value": "Blue"}, {"value": "Purple"}]}
 ],
 "fields": [
  {"key": "title", "label": "Title", "type": "text", "required": true, "builtin": true, "aliases": ["name"]},
  {"key": "description", "label": "Description", "type": "text", "aliases": ["caption", "abstract"]},
  {"key": "keywords", "label": "Keywords", "type": "multi-enum", "vocabulary": "keywords", "aliases": ["tag", "tags", "subject"]},
  {"key": "creator", "label": "Creator", "type": "person", "aliases": ["author", "artist", "by"]},
  {"key": "rights", "label": "Rights and usage terms", "type": "text", "aliases": ["copyright"]},
  {"key": "product", "label": "Product id", "type": "text", "aliases": ["product-id", "sku"]},
  {"key": "campaign", "label": "Campaign", "type": "enum", "vocabulary": "campaigns"},
  {"key": "region", "label": "Region", "type": "enum", "vocabulary": "regions"},
  {"key": "language", "label": "Language", "type": "enum", "vocabulary": "languages", "aliases": ["lang"]},
  {"key": "effective-date", "label": "Effective date", "type": "date", "aliases": ["effective"]},
  {"key": "expiry-date", "label": "Expiry date", "type": "date", "aliases": ["expiry", "expires"]},
  {"key": "classification", "label": "Classification", "type": "enum", "vocabulary": "classification", "builtin": true,
   "required": true},
  {"key": "status", "label": "Status", "type": "enum", "vocabulary": "status", "builtin": true, "required": true},
  {"key": "usage-terms", "label": "Usage terms", "type": "text", "aliases": ["license", "licence"]},
  {"key": "captured", "label": "Captured", "type": "date", "aliases": ["date-taken", "taken"]},
  {"key": "document-created", "label": "Document created", "type": "date", "aliases": ["authored"]},
  {"key": "document-modified", "label": "Document modified", "type": "date"},
  {"key": "duration", "label": "Duration (s)", "type": "number"},
  {"key": "pdfa", "label": "PDF/A conformance", "type": "text", "applies_to": "document"},
  {"key": "has-forms", "label": "Has form fields", "type": "bool", "applies_to": "document"},
  {"key": "has-javascript", "label": "Has JavaScript", "type": "bool", "applies_to": "document"},
  {"key": "needs-ocr", "label": "Needs OCR (no text layer)", "type": "bool"},
  {"key": "attachments", "label": "Attachments", "type": "number", "applies_to": "document"},
  {"key": "camera", "label": "Camera", "type": "text", "applies_to": "asset"},
  {"key": "lens", "label": "Lens", "type": "text", "applies_to": "asset"},
  {"key": "gps-latitude", "label": "Latitude", "type": "number", "applies_to": "asset", "aliases": ["latitude", "lat"]},
  {"key": "gps-longitude", "label": "Longitude", "type": "number", "applies_to": "asset", "aliases": ["longitude", "lon"]},
  {"key": "gps-altitude", "label": "Altitude (m)", "type": "number", "applies_to": "asset", "aliases": ["altitude"]},
  {"key": "width", "label": "Width (px)", "type": "number"},
  {"key": "height", "label": "Height (px)", "type": "number"},
  {"key": "pages", "label": "Pages", "type": "number"},
  {"key": "orientation", "label": "Orientation", "type": "number", "applies_to": "asset"},
  {"key": "color-profile", "label": "Colour profile", "type": "text", "applies_to": "asset", "aliases": ["colour-profile", "icc"]},
  {"key": "exposure", "label": "Exposure", "type": "text", "applies_to": "asset"},
  {"key": "aperture", "label": "Aperture", "type": "text", "applies_to": "asset"},
  {"key": "iso", "label": "ISO", "type": "number", "applies_to": "asset"},
  {"key": "focal-length", "label": "Focal length", "type": "text", "applies_to": "asset"},
  {"key": "rating", "label": "Rating", "type": "number", "aliases": ["stars"]},
  {"key": "label", "label": "Colour label", "type": "enum", "vocabulary": "labels", "aliases": ["color-label", "colour-label"]}
 ]
})json";

// The default fields' labels, for the translations: a library stores them in English (they are data, shared
// by everyone who syncs the library); the client shows them translated while they are the default ones.
[[maybe_unused]] constexpr const char *defaultLabels[] = {
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Title"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Description"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Keywords"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Creator"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Rights and usage terms"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Product id"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Campaign"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Region"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Language"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Effective date"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Expiry date"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Classification"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Status"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Usage terms"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Captured"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Document created"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Document modified"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Duration (s)"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "PDF/A conformance"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Has form fields"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Has JavaScript"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Needs OCR (no text layer)"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Attachments"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Camera"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Lens"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Latitude"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Longitude"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Altitude (m)"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Width (px)"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Height (px)"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Pages"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Orientation"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Colour profile"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Exposure"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Aperture"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "ISO"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Focal length"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Rating"),
    QT_TRANSLATE_NOOP("Folio::DefaultSchema", "Colour label"),
};

Result<QList<VocabularyTerm>> parseTerms(const QJsonArray &array, const QString &vocabulary)
{
    QList<VocabularyTerm> terms;
    for (const QJsonValue &value : array) {
        VocabularyTerm term;
        if (value.isString()) {
            term.value = value.toString();
        } else {
            const QJsonObject object = value.toObject();
            term.value = object.value(QStringLiteral("value")).toString();
            term.label = object.value(QStringLiteral("label")).toString();
            auto children = parseTerms(object.value(QStringLiteral("children")).toArray(), vocabulary);
            if (!children) {
                return children;
            }
            term.children = *children;
        }
        if (term.value.trimmed().isEmpty()) {
            return fail(Error::Code::Validation,
                SchemaJson::tr("The vocabulary \"%1\" has a term without a value.").arg(vocabulary));
        }
        terms.append(term);
    }
    return terms;
}

QJsonArray termsToJson(const QList<VocabularyTerm> &terms)
{
    QJsonArray array;
    for (const VocabularyTerm &term : terms) {
        QJsonObject object { { QStringLiteral("value"), term.value } };
        if (!term.label.isEmpty()) {
            object.insert(QStringLiteral("label"), term.label);
        }
        if (!term.children.isEmpty()) {
            object.insert(QStringLiteral("children"), termsToJson(term.children));
        }
        array.append(object);
    }
    return array;
}
} // namespace

Result<SchemaDocument> SchemaJson::parse(const QJsonObject &json)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
    SchemaDocument schema;
    for (const QJsonValue &value : json.value(QStringLiteral("vocabularies")).toArray()) {
        const QJsonObject object = value.toObject();
        Vocabulary vocabulary;
        vocabulary.key = object.value(QStringLiteral("key")).toString();
        if (!keyPattern.match(vocabulary.key).hasMatch()) {
            return fail(Error::Code::Validation,
                tr("The vocabulary key \"%1\" is not valid: use lower-case letters, digits, - and _.")
                    .arg(vocabulary.key));
        }
        vocabulary.label = object.value(QStringLiteral("label")).toString(vocabulary.key);
        vocabulary.open = object.value(QStringLiteral("open")).toBool(true);
        vocabulary.hierarchical = object.value(QStringLiteral("hierarchical")).toBool(false);
        auto terms = parseTerms(object.value(QStringLiteral("terms")).toArray(), vocabulary.key);
        if (!terms) {
            return std::unexpected(terms.error());
        }
        vocabulary.terms = *terms;
        schema.vocabularies.append(vocabulary);
    }

    QStringList names;
    int position = 0;
    for (const QJsonValue &value : json.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject object = value.toObject();
        FieldDefinition field;
        field.key = object.value(QStringLiteral("key")).toString();
        if (!keyPattern.match(field.key).hasMatch()) {
            return fail(Error::Code::Validation,
                tr("The field key \"%1\" is not valid: use lower-case letters, digits, - and _.").arg(field.key));
        }
        const QString typeName = object.value(QStringLiteral("type")).toString(QStringLiteral("text"));
        const auto type = fieldTypeFromName(typeName);
        if (!type) {
            return fail(Error::Code::Validation,
                tr("The field \"%1\" has an unknown type \"%2\" (text, number, date, bool, enum, multi-enum, "
                   "person, item).")
                    .arg(field.key, typeName));
        }
        field.type = *type;
        field.label = object.value(QStringLiteral("label")).toString(field.key);
        field.appliesTo = object.value(QStringLiteral("applies_to")).toString(QStringLiteral("both"));
        if (!QStringList { QStringLiteral("asset"), QStringLiteral("document"), QStringLiteral("both") }.contains(
                field.appliesTo)) {
            return fail(Error::Code::Validation,
                tr("The field \"%1\" applies to \"%2\"; use asset, document or both.").arg(field.key, field.appliesTo));
        }
        field.required = object.value(QStringLiteral("required")).toBool(false);
        field.builtin = object.value(QStringLiteral("builtin")).toBool(false);
        field.description = object.value(QStringLiteral("description")).toString();
        field.vocabulary = object.value(QStringLiteral("vocabulary")).toString();
        if ((field.type == FieldType::Enum || field.type == FieldType::MultiEnum) && field.vocabulary.isEmpty()) {
            return fail(
                Error::Code::Validation, tr("The field \"%1\" is an enum and needs a vocabulary.").arg(field.key));
        }
        field.position = position++;
        for (const QJsonValue &alias : object.value(QStringLiteral("aliases")).toArray()) {
            const QString name = alias.toString().toLower();
            if (!keyPattern.match(name).hasMatch()) {
                return fail(
                    Error::Code::Validation, tr("The field \"%1\" has an invalid alias \"%2\".").arg(field.key, name));
            }
            field.aliases.append(name);
        }
        const QStringList fieldNames = QStringList(field.aliases) << field.key;
        for (const QString &name : fieldNames) {
            if (names.contains(name)) {
                return fail(Error::Code::Validation, tr("The name \"%1\" is used by two fields.").arg(name));
            }
            names.append(name);
        }
        schema.fields.append(field);
    }
    // A field may name a vocabulary the library already has; the importer checks that it exists.
    return schema;
}

QJsonObject SchemaJson::toJson(const SchemaDocument &schema)
{
    QJsonArray vocabularies;
    for (const Vocabulary &vocabulary : schema.vocabularies) {
        vocabularies.append(QJsonObject { { QStringLiteral("key"), vocabulary.key },
            { QStringLiteral("label"), vocabulary.label }, { QStringLiteral("open"), vocabulary.open },
            { QStringLiteral("hierarchical"), vocabulary.hierarchical },
            { QStringLiteral("terms"), termsToJson(vocabulary.terms) } });
    }
    QJsonArray fields;
    for (const FieldDefinition &field : schema.fields) {
        QJsonObject object { { QStringLiteral("key"), field.key }, { QStringLiteral("label"), field.label },
            { QStringLiteral("type"), fieldTypeName(field.type) }, { QStringLiteral("applies_to"), field.appliesTo },
            { QStringLiteral("required"), field.required }, { QStringLiteral("builtin"), field.builtin },
            { QStringLiteral("aliases"), QJsonArray::fromStringList(field.aliases) } };
        if (!field.vocabulary.isEmpty()) {
            object.insert(QStringLiteral("vocabulary"), field.vocabulary);
        }
        if (!field.description.isEmpty()) {
            object.insert(QStringLiteral("description"), field.description);
        }
        fields.append(object);
    }
    return QJsonObject { { QStringLiteral("vocabularies"), vocabularies }, { QStringLiteral("fields"), fields } };
}

SchemaDocument SchemaJson::defaultSchema()
{
    const QJsonObject json = QJsonDocument::fromJson(QByteArray(defaultSchemaJson)).object();
    auto schema = parse(json);
    Q_ASSERT(schema);
    return schema ? *schema : SchemaDocument {};
}

QString SchemaJson::displayLabel(const FieldDefinition &field)
{
    if (field.label.isEmpty()) {
        return field.key;
    }
    static const QHash<QString, QString> defaults = [] {
        QHash<QString, QString> byKey;
        for (const FieldDefinition &defaultField : defaultSchema().fields) {
            byKey.insert(defaultField.key, defaultField.label);
        }
        return byKey;
    }();
    // A label the library's owner changed is theirs: shown as it is.
    if (defaults.value(field.key) != field.label) {
        return field.label;
    }
    return QCoreApplication::translate("Folio::DefaultSchema", field.label.toUtf8().constData());
}

} // namespace Folio
