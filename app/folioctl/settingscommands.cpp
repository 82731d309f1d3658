// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl settings [get KEY | set KEY VALUE]: the library's own settings (library_info), each checked
// before it is stored and each change audited. Known: ocr.languages (Tesseract's names joined by '+').

#include "cli.h"

#include "ingest/ocrjob.h"
#include "library/library.h"
#include "store/actorrepository.h"

#include <QJsonObject>

namespace Folio::Cli {

namespace {

struct Setting
{
    QString key;
    QString description;
    QString defaultValue;
    std::function<Result<void>(const QString &)> check;
};

const QList<Setting> &knownSettings()
{
    static const QList<Setting> settings {
        { OcrJob::languageSetting(), Context::tr("OCR languages when a run names none (deu+eng)"),
            OcrJob::defaultLanguages(), [](const QString &value) { return OcrJob::checkLanguages(value); } },
    };
    return settings;
}

int settings(Context &cx)
{
    if (!cx.parse(Context::tr("The library's settings: settings (all), settings get KEY, settings set KEY VALUE."), {},
            { QStringLiteral("[get|set]"), QStringLiteral("[key]"), QStringLiteral("[value]") }, 0, 3)) {
        return Usage;
    }
    const QStringList args = cx.positional();
    const QString verb = args.value(0);
    if (!(args.isEmpty() || (verb == QLatin1String("get") && args.size() == 2)
            || (verb == QLatin1String("set") && args.size() == 3))) {
        return cx.usageError(Context::tr("settings takes nothing, get KEY, or set KEY VALUE."));
    }
    const Setting *chosen = nullptr;
    for (const Setting &setting : knownSettings()) {
        if (setting.key == args.value(1)) {
            chosen = &setting;
        }
    }
    if (args.size() >= 2 && !chosen) {
        return cx.usageError(
            Context::tr("Unknown setting “%1”; known: %2.").arg(args.at(1), OcrJob::languageSetting()));
    }
    Library *library = cx.library();
    if (!library) {
        return Failed;
    }
    ActorRepository facts(library->database());
    if (verb == QLatin1String("set")) {
        const QString value = args.at(2).trimmed();
        if (auto valid = chosen->check(value); !valid) {
            return cx.failWith(valid.error());
        }
        auto written = library->write([&]() -> Result<void> {
            if (auto set = facts.setInfo(chosen->key, value); !set) {
                return set;
            }
            return library->record(QStringLiteral("library.setting"), QStringLiteral("library"), library->uuid(),
                QString(), { { QStringLiteral("key"), chosen->key }, { QStringLiteral("value"), value } });
        });
        if (!written) {
            return cx.failWith(written.error());
        }
    }
    QJsonObject all;
    for (const Setting &setting : knownSettings()) {
        if (chosen && &setting != chosen) {
            continue;
        }
        auto value = facts.info(setting.key);
        if (!value) {
            return cx.failWith(value.error());
        }
        const QString shown = value->isEmpty() ? setting.defaultValue : *value;
        all.insert(setting.key, shown);
        if (!cx.json()) {
            cx.out() << setting.key << " = " << shown << (value->isEmpty() ? Context::tr("  (default)") : QString())
                     << "    # " << setting.description << '\n';
        }
    }
    if (cx.json()) {
        cx.printJson(QStringLiteral("settings"), { { QStringLiteral("settings"), all } });
    }
    return Ok;
}

} // namespace

void addSettingsCommands(QList<Command> &list)
{
    list.append({ QStringLiteral("settings"), Context::tr("show or change the library's settings"), settings });
}

} // namespace Folio::Cli
