// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/schemaoperations.h"

#include "library/library.h"
#include "store/schemarepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Folio {

Result<SchemaDocument> SchemaOperations::current()
{
    SchemaRepository repository(m_library.database());
    SchemaDocument schema;
    auto vocabularies = repository.vocabularies();
    if (!vocabularies) {
        return std::unexpected(vocabularies.error());
    }
    auto fields = repository.fields();
    if (!fields) {
        return std::unexpected(fields.error());
    }
    schema.vocabularies = *vocabularies;
    schema.fields = *fields;
    return schema;
}

Result<int> SchemaOperations::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, tr("Cannot read the schema file %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > 16 * 1024 * 1024) {
        return fail(Error::Code::LimitExceeded, tr("The schema file %1 is larger than 16 MB.").arg(path));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(Error::Code::Validation, tr("The schema file %1 is not a JSON object: %2 at offset %3.")
                                                 .arg(path, error.errorString())
                                                 .arg(error.offset));
    }
    auto schema = SchemaJson::parse(document.object());
    if (!schema) {
        return fail(Error::Code::Validation, tr("The schema file %1: %2").arg(path, schema.error().message()));
    }
    return import(*schema);
}

Result<int> SchemaOperations::import(const SchemaDocument &schema)
{
    SchemaRepository repository(m_library.database());
    int saved = 0;
    auto ok = m_library.write([&]() -> Result<void> {
        for (const Vocabulary &vocabulary : schema.vocabularies) {
            if (auto id = repository.saveVocabulary(vocabulary); !id) {
                return std::unexpected(id.error());
            }
            ++saved;
        }
        QJsonArray keys;
        for (const FieldDefinition &field : schema.fields) {
            if (!field.vocabulary.isEmpty()) {
                if (auto vocabulary = repository.vocabulary(field.vocabulary); !vocabulary) {
                    return fail(Error::Code::Validation,
                                tr("The field \"%1\" uses the vocabulary \"%2\", which neither the file nor the library defines.")
                                    .arg(field.key, field.vocabulary));
                }
            }
            auto existing = repository.resolve(field.key);
            if (existing && existing->builtin && existing->type != field.type) {
                return fail(Error::Code::Validation,
                            tr("The built-in field \"%1\" cannot change its type.").arg(field.key));
            }
            FieldDefinition saving = field;
            saving.builtin = existing ? existing->builtin : false;
            if (auto id = repository.saveField(saving); !id) {
                return std::unexpected(id.error());
            }
            keys.append(field.key);
            ++saved;
        }
        return m_library.record(QStringLiteral("schema.import"), QStringLiteral("schema"), m_library.uuid(), {},
                                QJsonObject{{QStringLiteral("fields"), keys}});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return saved;
}

} // namespace Folio
