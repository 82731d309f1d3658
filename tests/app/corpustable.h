// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// tests/data/corpus-expectations.tsv for tst_corpus: reading the table, finding the corpus's data files, and
// evaluating a row's checks (its header comment documents the columns and the check language) on what
// `folioctl ingest --json` and `folioctl show --json` said about the row's file. Plain functions; the test
// runs the programs.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace CorpusTests {

inline const QString tableFile = QStringLiteral("tests/data/corpus-expectations.tsv");
inline const QStringList columns = { QStringLiteral("path"), QStringLiteral("kind"), QStringLiteral("type"),
    QStringLiteral("renditions"), QStringLiteral("expect"), QStringLiteral("note") };
inline constexpr int thumbEdge = 320;
inline constexpr int previewEdge = 1600;

struct Row
{
    int line = 0;
    QString path;
    QString kind;
    QString type;
    QString renditions;
    QStringList checks;
    int descendants = -1; // items extracted from this one, at any depth; counted for rows that check it
};

// The rows of the table, or an error naming the line.
inline QList<Row> readTable(const QString &file, QString &error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1: %2").arg(file, in.errorString());
        return {};
    }
    QList<Row> rows;
    bool header = true;
    int number = 0;
    for (const QString &line : QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'))) {
        ++number;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (header) {
            if (cells != columns) {
                error = QStringLiteral("%1:%2: the header is not %3")
                            .arg(file)
                            .arg(number)
                            .arg(columns.join(QLatin1Char(' ')));
                return {};
            }
            header = false;
            continue;
        }
        if (cells.size() != columns.size()) {
            error = QStringLiteral("%1:%2: %3 columns instead of %4")
                        .arg(file)
                        .arg(number)
                        .arg(cells.size())
                        .arg(columns.size());
            return {};
        }
        Row row { number, cells.at(0), cells.at(1), cells.at(2), cells.at(3), {} };
        if (cells.at(4) != QLatin1String("-")) {
            for (const QString &check : cells.at(4).split(QLatin1Char(';'))) {
                if (!check.trimmed().isEmpty()) {
                    row.checks.append(check.trimmed());
                }
            }
        }
        rows.append(row);
    }
    if (header) {
        error = QStringLiteral("%1 has no header line").arg(file);
    }
    return rows;
}

// Every data file of the corpus, relative to it: the files under its subfolders, at any depth.
inline QStringList dataFiles(const QString &corpus)
{
    QStringList files;
    const QDir root(corpus);
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        QDirIterator it(root.filePath(folder), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(root.relativeFilePath(it.next()));
        }
    }
    files.sort();
    return files;
}

// A metadata value as the table writes it: numbers as written, lists joined by ", ".
inline QString text(const QJsonValue &value)
{
    return value.isArray() ? value.toVariant().toStringList().join(QStringLiteral(", ")) : value.toVariant().toString();
}

inline QString sizeText(const QJsonObject &rendition)
{
    return QStringLiteral("%1x%2")
        .arg(rendition.value(QStringLiteral("width")).toInt())
        .arg(rendition.value(QStringLiteral("height")).toInt());
}

struct Outcome
{
    QString check;
    bool ok = false;
    QString detail; // what was found, for the failure message
};

// An archive's refused members as "path — reason".
inline QStringList refusals(const QJsonObject &extraction)
{
    QStringList list;
    const QJsonObject fields = extraction.value(QStringLiteral("fields")).toObject();
    for (const QJsonValue &value : fields.value(QStringLiteral("archive-refused")).toArray()) {
        list.append(value.toObject().value(QStringLiteral("path")).toString() + QStringLiteral(" — ")
            + value.toObject().value(QStringLiteral("reason")).toString());
    }
    return list;
}

// The checks on archives and locked files (members=, descendants=, refusals=, refusal~, protected, failed~);
// nothing for other checks.
inline std::optional<Outcome> evaluateArchive(const QString &check, const QJsonObject &item, int descendants)
{
    const QJsonObject extraction = item.value(QStringLiteral("extraction")).toObject();
    const QStringList refused = refusals(extraction);
    if (check.startsWith(QLatin1String("members="))) {
        const qsizetype members = item.value(QStringLiteral("members")).toArray().size();
        return Outcome { check, QString::number(members) == check.mid(8),
            QStringLiteral("%1 members, refused: %2").arg(members).arg(refused.join(QStringLiteral(" | "))) };
    }
    if (check.startsWith(QLatin1String("descendants="))) {
        return Outcome { check, QString::number(descendants) == check.mid(12),
            QStringLiteral("%1 items extracted from it at any depth").arg(descendants) };
    }
    if (check.startsWith(QLatin1String("refusals="))) {
        return Outcome { check, QString::number(refused.size()) == check.mid(9),
            QStringLiteral("%1 refused: %2").arg(refused.size()).arg(refused.join(QStringLiteral(" | "))) };
    }
    if (check.startsWith(QLatin1String("refusal~"))) {
        const bool ok
            = std::any_of(refused.cbegin(), refused.cend(), [&](const QString &r) { return r.contains(check.mid(8)); });
        return Outcome { check, ok, QStringLiteral("refused: %1").arg(refused.join(QStringLiteral(" | "))) };
    }
    if (check == QLatin1String("protected")) {
        return Outcome { check, extraction.value(QStringLiteral("protected")).toBool(),
            QStringLiteral("not protected") };
    }
    if (check.startsWith(QLatin1String("failed~"))) {
        const QString error = extraction.value(QStringLiteral("error")).toString();
        return Outcome { check,
            extraction.value(QStringLiteral("state")).toString() == QLatin1String("failed")
                && error.contains(check.mid(7)),
            QStringLiteral("extraction is %1: %2").arg(extraction.value(QStringLiteral("state")).toString(), error) };
    }
    return std::nullopt;
}

// One check of the expect column on ITEM (folioctl show's "item" object) and its RENDITIONS by name.
inline Outcome evaluate(
    const QString &check, const QJsonObject &item, const QHash<QString, QJsonObject> &renditions, int descendants)
{
    if (auto archive = evaluateArchive(check, item, descendants)) {
        return *archive;
    }
    const QJsonObject metadata = item.value(QStringLiteral("metadata")).toObject();
    const QJsonObject extraction = item.value(QStringLiteral("extraction")).toObject();
    if (check.startsWith(QLatin1String("field:"))) {
        const QString rest = check.mid(6);
        const qsizetype at = rest.indexOf(QRegularExpression(QStringLiteral("[=~∋≈]")));
        if (at <= 0) {
            return { check, false, QStringLiteral("not a field check (field:KEY=VALUE, ~, ∋ or ≈)") };
        }
        const QString key = rest.left(at);
        const QChar op = rest.at(at);
        const QString expected = rest.mid(at + 1);
        const QJsonValue value = metadata.value(key);
        const QString found = value.isUndefined() ? QStringLiteral("no %1 field").arg(key)
                                                  : QStringLiteral("%1 is \"%2\"").arg(key, text(value));
        if (value.isUndefined()) {
            return { check, false, found };
        }
        if (op == QLatin1Char('=')) {
            return { check, text(value) == expected, found };
        }
        if (op == QLatin1Char('~')) {
            return { check, text(value).contains(expected), found };
        }
        if (op == QChar(0x220B)) { // ∋
            return { check, value.isArray() && value.toVariant().toStringList().contains(expected), found };
        }
        bool number = false;
        const double wanted = expected.toDouble(&number);
        return { check, number && value.isDouble() && std::abs(value.toDouble() - wanted) <= 0.001, found };
    }
    if (check.startsWith(QLatin1String("title="))) {
        const QString title = item.value(QStringLiteral("title")).toString();
        return { check, title == check.mid(6), QStringLiteral("the title is \"%1\"").arg(title) };
    }
    if (check.startsWith(QLatin1String("pages="))) {
        const int pages = extraction.value(QStringLiteral("pages")).toInt();
        return { check, QString::number(pages) == check.mid(6), QStringLiteral("pages is %1").arg(pages) };
    }
    for (const QString &name : { QStringLiteral("thumb"), QStringLiteral("preview") }) {
        if (check.startsWith(name + QLatin1Char('='))) {
            if (!renditions.contains(name)) {
                return { check, false, QStringLiteral("no %1 rendition").arg(name) };
            }
            const QString size = sizeText(renditions.value(name));
            return { check, size == check.mid(name.size() + 1), QStringLiteral("the %1 is %2").arg(name, size) };
        }
    }
    if (check == QLatin1String("alpha")) {
        QStringList types;
        for (const QJsonObject &rendition : renditions) {
            types.append(rendition.value(QStringLiteral("mime_type")).toString());
        }
        const bool ok = !types.isEmpty() && std::all_of(types.cbegin(), types.cend(), [](const QString &type) {
            return type == QLatin1String("image/png") || type == QLatin1String("image/webp");
        });
        return { check, ok, QStringLiteral("renditions are %1").arg(types.join(QStringLiteral(", "))) };
    }
    if (check == QLatin1String("mismatch")) {
        return { check, extraction.value(QStringLiteral("extension_mismatch")).toBool(),
            QStringLiteral("name and content agree") };
    }
    if (check.startsWith(QLatin1String("text~"))) {
        // The whole text when the test asked `show --text` for it (rows with this check), else the excerpt.
        const QJsonObject text = item.value(QStringLiteral("text")).toObject();
        QString all = text.value(QStringLiteral("excerpt")).toString();
        if (text.contains(QStringLiteral("page_texts"))) {
            all.clear();
            for (const QJsonValue &page : text.value(QStringLiteral("page_texts")).toArray()) {
                all += page.toObject().value(QStringLiteral("text")).toString() + QLatin1Char('\n');
            }
        }
        return { check, all.contains(check.mid(5)),
            QStringLiteral("the text is \"%1\"").arg(all.simplified().left(300)) };
    }
    if (check.startsWith(QLatin1String("ocr="))) {
        QStringList pages;
        for (const QJsonValue &page :
            item.value(QStringLiteral("text")).toObject().value(QStringLiteral("ocr_pages")).toArray()) {
            pages.append(QString::number(page.toInt()));
        }
        const QString found = pages.isEmpty() ? QStringLiteral("-") : pages.join(QLatin1Char(','));
        return { check, found == check.mid(4), QStringLiteral("OCR read pages %1").arg(found) };
    }
    if (check.startsWith(QLatin1String("warning~"))) {
        const QStringList warnings = extraction.value(QStringLiteral("warnings")).toVariant().toStringList();
        const bool ok = std::any_of(
            warnings.cbegin(), warnings.cend(), [&](const QString &w) { return w.contains(check.mid(8)); });
        return { check, ok, QStringLiteral("warnings: %1").arg(warnings.join(QStringLiteral(" | "))) };
    }
    return { check, false, QStringLiteral("unknown check (see the header of %1)").arg(tableFile) };
}

// Everything a row asserts about the ingest's OUTCOME for its file and the ITEM stored.
inline QList<Outcome> evaluateRow(const Row &row, const QJsonObject &outcome, const QJsonObject &item)
{
    QList<Outcome> results;
    const QString result = outcome.value(QStringLiteral("result")).toString();
    const QString reason = outcome.value(QStringLiteral("reason")).toString();
    const auto refused = std::find_if(row.checks.cbegin(), row.checks.cend(),
        [](const QString &check) { return check.startsWith(QLatin1String("refused~")); });
    if (refused != row.checks.cend()) {
        results.append({ *refused, result == QLatin1String("failed") && reason.contains(refused->mid(8)),
            QStringLiteral("ingest said %1 (%2)").arg(result, reason) });
        return results; // nothing stored, nothing else to check
    }
    results.append({ QStringLiteral("stored"), result == QLatin1String("imported") && !item.isEmpty(),
        QStringLiteral("ingest said %1 (%2)").arg(result, reason) });
    if (item.isEmpty()) {
        return results;
    }
    const QJsonObject extraction = item.value(QStringLiteral("extraction")).toObject();
    const QString kind = item.value(QStringLiteral("kind")).toString();
    const QString type = extraction.value(QStringLiteral("detected_type")).toString();
    results.append({ QStringLiteral("kind"), kind == row.kind, QStringLiteral("kind is %1").arg(kind) });
    results.append({ QStringLiteral("type"), type == row.type, QStringLiteral("detected type is %1").arg(type) });
    const QString state = extraction.value(QStringLiteral("state")).toString();
    // A row expecting the extraction to fail (failed~) checks that instead.
    const bool failureExpected = std::any_of(row.checks.cbegin(), row.checks.cend(),
        [](const QString &check) { return check.startsWith(QLatin1String("failed~")); });
    if (!failureExpected) {
        results.append({ QStringLiteral("extracted"), state == QLatin1String("done"),
            QStringLiteral("extraction is %1: %2").arg(state, extraction.value(QStringLiteral("error")).toString()) });
    }

    QHash<QString, QJsonObject> renditions;
    for (const QJsonValue &value : item.value(QStringLiteral("renditions")).toArray()) {
        renditions.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    }
    QStringList names = renditions.keys();
    names.sort();
    const QString present = names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char('+'));
    QStringList wanted
        = row.renditions == QLatin1String("none") ? QStringList() : row.renditions.split(QLatin1Char('+'));
    wanted.sort();
    results.append({ QStringLiteral("renditions"), names == wanted, QStringLiteral("renditions: %1").arg(present) });
    if (renditions.contains(QStringLiteral("thumb")) && renditions.contains(QStringLiteral("preview"))) {
        const QJsonObject thumb = renditions.value(QStringLiteral("thumb"));
        const QJsonObject preview = renditions.value(QStringLiteral("preview"));
        auto edge = [](const QJsonObject &r) {
            return std::max(r.value(QStringLiteral("width")).toInt(), r.value(QStringLiteral("height")).toInt());
        };
        auto fits = [](const QJsonObject &r, int limit) {
            const int w = r.value(QStringLiteral("width")).toInt();
            const int h = r.value(QStringLiteral("height")).toInt();
            return w > 0 && h > 0 && std::max(w, h) <= limit && r.value(QStringLiteral("size")).toDouble() > 0
                && r.value(QStringLiteral("mime_type")).toString().startsWith(QLatin1String("image/"));
        };
        results.append({ QStringLiteral("thumb<=320"), fits(thumb, thumbEdge) && edge(thumb) <= edge(preview),
            QStringLiteral("thumb %1, preview %2").arg(sizeText(thumb), sizeText(preview)) });
        results.append({ QStringLiteral("preview<=1600"), fits(preview, previewEdge),
            QStringLiteral("preview %1").arg(sizeText(preview)) });
    }

    const bool mismatch = extraction.value(QStringLiteral("extension_mismatch")).toBool();
    if (!row.checks.contains(QStringLiteral("mismatch"))) {
        results.append({ QStringLiteral("mismatch"), !mismatch, QStringLiteral("name and content disagree") });
    }
    for (const QString &check : row.checks) {
        results.append(evaluate(check, item, renditions, row.descendants));
    }
    // A warning the row does not announce is a finding: either a regression or a row to update.
    QStringList unannounced;
    for (const QString &warning : extraction.value(QStringLiteral("warnings")).toVariant().toStringList()) {
        const bool announced = std::any_of(row.checks.cbegin(), row.checks.cend(), [&](const QString &check) {
            return check.startsWith(QLatin1String("warning~")) && warning.contains(check.mid(8));
        });
        if (!announced) {
            unannounced.append(warning);
        }
    }
    results.append({ QStringLiteral("warnings"), unannounced.isEmpty(),
        QStringLiteral("unannounced warnings: %1").arg(unannounced.join(QStringLiteral(" | "))) });
    return results;
}

} // namespace CorpusTests
