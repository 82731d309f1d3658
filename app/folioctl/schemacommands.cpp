// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl schema show | import FILE: the library's metadata schema.

#include "cli.h"

#include "library/library.h"
#include "library/schemaoperations.h"

namespace Folio::Cli {

namespace {

void printTerms(QTextStream &out, const QList<VocabularyTerm> &terms, int depth)
{
    for (const VocabularyTerm &term : terms) {
        out << QString(depth * 2 + 4, QLatin1Char(' ')) << term.value << '\n';
        printTerms(out, term.children, depth + 1);
    }
}

int schema(Context &cx)
{
    if (!cx.parse(Context::tr("schema show: the fields and vocabularies. schema import FILE: add or update them from JSON."),
                  {}, {QStringLiteral("show|import"), QStringLiteral("[file]")}, 1, 2)) {
        return Usage;
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    SchemaOperations operations(*library);
    const QString verb = cx.positional().first();
    if (verb == QLatin1String("import")) {
        if (cx.positional().size() != 2) {
            return cx.usageError(Context::tr("schema import takes the JSON file to import."));
        }
        auto saved = operations.importFile(cx.positional().at(1));
        if (!saved) {
            return cx.failWith(saved.error());
        }
        if (cx.json()) {
            cx.printJson(QStringLiteral("schema.import"), {{QStringLiteral("saved"), *saved}});
        } else {
            cx.out() << Context::tr("Imported %1 fields and vocabularies.").arg(*saved) << '\n';
        }
        return Ok;
    }
    if (verb != QLatin1String("show") || cx.positional().size() != 1) {
        return cx.usageError(Context::tr("schema takes show, or import FILE."));
    }
    auto current = operations.current();
    if (!current) {
        return cx.failWith(current.error());
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("schema"), SchemaJson::toJson(*current));
        return Ok;
    }
    QTextStream &out = cx.out();
    out << Context::tr("fields:") << '\n';
    for (const FieldDefinition &field : std::as_const(current->fields)) {
        out << QStringLiteral("  %1 %2 %3%4%5%6\n")
                   .arg(field.key, -16)
                   .arg(fieldTypeName(field.type), -10)
                   .arg(field.appliesTo == QLatin1String("both") ? QString() : field.appliesTo + QLatin1Char(' '))
                   .arg(field.required ? Context::tr("required ") : QString())
                   .arg(field.vocabulary.isEmpty() ? QString() : Context::tr("vocabulary %1 ").arg(field.vocabulary))
                   .arg(field.aliases.isEmpty() ? QString() : Context::tr("aliases %1").arg(field.aliases.join(QStringLiteral(", "))));
    }
    out << Context::tr("vocabularies:") << '\n';
    for (const Vocabulary &vocabulary : std::as_const(current->vocabularies)) {
        out << QStringLiteral("  %1 (%2)\n").arg(vocabulary.key, vocabulary.open ? Context::tr("open") : Context::tr("closed"));
        printTerms(out, vocabulary.terms, 0);
    }
    return Ok;
}

} // namespace

void addSchemaCommands(QList<Command> &list)
{
    list.append({QStringLiteral("schema"), Context::tr("show or import the metadata schema"), schema});
}

} // namespace Folio::Cli
