// SPDX-License-Identifier: GPL-3.0-or-later
// folioctl as a user runs it: a scripted session on a real library whose --json outputs are compared with
// golden files in tests/data/golden/ (ids, times and the actor normalised). FOLIO_UPDATE_GOLDEN=1 rewrites
// the golden files instead of comparing; review the diff before committing it.

#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace {

// Replaces what differs between runs by stable placeholders: uuids by order of first appearance, times,
// the library's folder, the actor and file times of the corpus.
QString normalise(QString text, const QString &library, QHash<QString, QString> &ids)
{
    text.replace(library, QStringLiteral("<library>"));
    text.replace(Test::corpus(), QStringLiteral("<corpus>"));
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString out;
    qsizetype last = 0;
    auto it = uuid.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString id = match.captured();
        if (!ids.contains(id)) {
            ids.insert(id, QStringLiteral("<id-%1>").arg(ids.size() + 1));
        }
        out += text.mid(last, match.capturedStart() - last) + ids.value(id);
        last = match.capturedEnd();
    }
    out += text.mid(last);
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    out.replace(time, QStringLiteral("<time>"));
    // Audit sequence numbers depend on the order in which parallel extractions finish.
    static const QRegularExpression seq(QStringLiteral("\"seq\": \\d+"));
    out.replace(seq, QStringLiteral("\"seq\": <seq>"));
    static const QRegularExpression hash(QStringLiteral("\"hash\": \"[0-9a-f]{64}\""));
    out.replace(hash, QStringLiteral("\"hash\": \"<hash>\""));
    return out;
}

} // namespace

class TestFolioctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QHash<QString, QString> m_ids;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    Test::ProcessResult folioctl(const QStringList &arguments)
    {
        return Test::run(Test::program(QStringLiteral("folioctl")), QStringList{QStringLiteral("--library"), m_library} + arguments,
                         m_env);
    }

    QJsonObject json(const QStringList &arguments)
    {
        const auto result = folioctl(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0) {
            qWarning().noquote() << "folioctl" << arguments << "failed:" << result.err;
        }
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    // Compares OUTPUT (normalised) with tests/data/golden/NAME, or writes it when FOLIO_UPDATE_GOLDEN is set.
    bool matchesGolden(const QString &name, const QString &output)
    {
        const QString text = normalise(output, m_library, m_ids);
        const QString path = Test::sourceDir(QStringLiteral("tests/data/golden/") + name);
        if (qEnvironmentVariableIsSet("FOLIO_UPDATE_GOLDEN")) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning().noquote() << "missing golden file" << path << "(run with FOLIO_UPDATE_GOLDEN=1)";
            return false;
        }
        const QString expected = QString::fromUtf8(file.readAll());
        if (expected != text) {
            qWarning().noquote() << "output differs from" << path << ":\n" << text;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library"));
        m_env.insert(QStringLiteral("FOLIO_ACTOR"), QStringLiteral("ada"));
        m_env.insert(QStringLiteral("FOLIO_LANGUAGE"), QStringLiteral("C"));
    }

    void aSessionMatchesTheGoldenFiles()
    {
        QCOMPARE(folioctl({QStringLiteral("init")}).exitCode, 0);
        QVERIFY(matchesGolden(QStringLiteral("whoami.json"), folioctl({QStringLiteral("whoami"), QStringLiteral("--json")}).out));

        const QJsonObject added = json({QStringLiteral("add"), Test::corpus(QStringLiteral("images/Canon_40D.jpg")),
                                        Test::corpus(QStringLiteral("images/iptc.jpg")),
                                        Test::corpus(QStringLiteral("pdf/minimal-document.pdf")),
                                        Test::corpus(QStringLiteral("images/no-such-file.jpg")), QStringLiteral("--folder"),
                                        QStringLiteral("/Spring campaign/Shots")});
        QVERIFY(matchesGolden(QStringLiteral("add.json"), QString::fromUtf8(QJsonDocument(added).toJson())));
        QCOMPARE(added.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(added.value(QStringLiteral("failed")).toInt(), 1);
        const QJsonArray files = added.value(QStringLiteral("files")).toArray();
        const QString photo = files.at(0).toObject().value(QStringLiteral("item")).toString();
        const QString document = files.at(2).toObject().value(QStringLiteral("item")).toString();

        // The same bytes again are a duplicate, not a second item.
        const QJsonObject again = json({QStringLiteral("add"), Test::corpus(QStringLiteral("images/Canon_40D.jpg"))});
        QCOMPARE(again.value(QStringLiteral("duplicates")).toInt(), 1);

        QCOMPARE(folioctl({QStringLiteral("set"), photo.right(8), QStringLiteral("tag=summer, beach"),
                           QStringLiteral("author=Ada Lovelace"), QStringLiteral("effective=2025-03-01"),
                           QStringLiteral("classification=confidential")})
                     .exitCode,
                 0);
        QCOMPARE(folioctl({QStringLiteral("rename"), photo, QStringLiteral("Camera test")}).exitCode, 0);
        QCOMPARE(folioctl({QStringLiteral("checkin"), document, Test::corpus(QStringLiteral("pdf/pdflatex-4-pages.pdf")),
                           QStringLiteral("--comment"), QStringLiteral("Four pages now")})
                     .exitCode,
                 0);
        QCOMPARE(folioctl({QStringLiteral("revert"), document, QStringLiteral("1")}).exitCode, 0);

        QVERIFY(matchesGolden(QStringLiteral("ls.json"), folioctl({QStringLiteral("ls"), QStringLiteral("--folder"),
                                                                   QStringLiteral("/Spring campaign/Shots"), QStringLiteral("--json")})
                                                             .out));
        QVERIFY(matchesGolden(QStringLiteral("show.json"), folioctl({QStringLiteral("show"), photo, QStringLiteral("--json")}).out));
        QVERIFY(matchesGolden(QStringLiteral("history.json"),
                              folioctl({QStringLiteral("history"), document, QStringLiteral("--json")}).out));
        QVERIFY(matchesGolden(QStringLiteral("schema.json"), folioctl({QStringLiteral("schema"), QStringLiteral("show"), QStringLiteral("--json")}).out));

        QCOMPARE(folioctl({QStringLiteral("rm"), photo}).exitCode, 0);
        QVERIFY(matchesGolden(QStringLiteral("trash.json"), folioctl({QStringLiteral("ls"), QStringLiteral("--trash"), QStringLiteral("--json")}).out));
        QCOMPARE(folioctl({QStringLiteral("restore"), photo}).exitCode, 0);
        QCOMPARE(folioctl({QStringLiteral("purge"), document}).exitCode, 0);
        QVERIFY(matchesGolden(QStringLiteral("dump.txt"), folioctl({QStringLiteral("dump"), QStringLiteral("--canonical")}).out));
        QVERIFY(matchesGolden(QStringLiteral("verify.json"), folioctl({QStringLiteral("verify"), QStringLiteral("--json")}).out));
    }

    void exportIsByteIdentical()
    {
        const QJsonObject listing = json({QStringLiteral("ls"), QStringLiteral("--folder"), QStringLiteral("/Spring campaign/Shots")});
        const QJsonArray items = listing.value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        const QString id = items.first().toObject().value(QStringLiteral("id")).toString();
        const QString target = m_dir.filePath(QStringLiteral("exported.jpg"));
        QCOMPARE(folioctl({QStringLiteral("export"), id, target}).exitCode, 0);
        QFile exported(target);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject shown = json({QStringLiteral("show"), id});
        const QString filename = shown.value(QStringLiteral("item")).toObject().value(QStringLiteral("version_list"))
                                     .toArray().last().toObject().value(QStringLiteral("filename")).toString();
        QFile original(Test::corpus(QStringLiteral("images/") + filename));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), original.readAll());
        // Exporting onto an existing file is refused, and the file stays as it was.
        const auto again = folioctl({QStringLiteral("export"), id, target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(target));
    }

    void purgeRedactsValuesButKeepsTheChain()
    {
        const auto dump = folioctl({QStringLiteral("dump"), QStringLiteral("--canonical")}).out;
        QVERIFY(dump.contains(QStringLiteral("tombstone")));
        QVERIFY(!dump.contains(QStringLiteral("minimal-document")));
        QCOMPARE(folioctl({QStringLiteral("verify")}).exitCode, 0);
    }

    void setRefusesValuesOutsideTheSchema_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown field") << "colour=red" << "no field \"colour\"";
        QTest::newRow("closed vocabulary") << "status=finished" << "not a value of the field status";
        QTest::newRow("bad date") << "expiry=31/12/2025" << "takes a date";
        QTest::newRow("required title") << "title=" << "required";
        QTest::newRow("not an assignment") << "title" << "not FIELD=VALUE";
    }

    void setRefusesValuesOutsideTheSchema()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, reason);
        const QJsonObject listing = json({QStringLiteral("ls"), QStringLiteral("--folder"), QStringLiteral("/Spring campaign/Shots")});
        const QString id = listing.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        const QString before = folioctl({QStringLiteral("dump"), QStringLiteral("--canonical")}).out;
        const auto result = folioctl({QStringLiteral("set"), id, QStringLiteral("creator=Grace Hopper"), assignment});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(reason), qPrintable(result.err));
        // Nothing of the batch was written, not even the valid assignment before it.
        QCOMPARE(folioctl({QStringLiteral("dump"), QStringLiteral("--canonical")}).out, before);
    }

    void rawJpegAndSidecarBecomeOneItem()
    {
        QTemporaryDir shoot;
        QVERIFY(QFile::copy(Test::corpus(QStringLiteral("images/DNG.dng")), shoot.filePath(QStringLiteral("IMG_1.dng"))));
        QVERIFY(QFile::copy(Test::corpus(QStringLiteral("images/jolla.jpg")), shoot.filePath(QStringLiteral("IMG_1.JPG"))));
        QFile sidecar(shoot.filePath(QStringLiteral("IMG_1.xmp")));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                      "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
                      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Harbour at dusk</rdf:li></rdf:Alt></dc:title>"
                      "<xmp:Rating>4</xmp:Rating></rdf:Description></rdf:RDF></x:xmpmeta>");
        sidecar.close();

        const QJsonObject ingested = json({QStringLiteral("ingest"), shoot.path(), QStringLiteral("--folder"), QStringLiteral("/Shoot")});
        QCOMPARE(ingested.value(QStringLiteral("imported")).toInt(), 1);
        const QString id = ingested.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("item")).toString();
        const QJsonObject item = json({QStringLiteral("show"), id}).value(QStringLiteral("item")).toObject();
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("Harbour at dusk"));
        QCOMPARE(item.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("rating")).toDouble(), 4.0);
        QCOMPARE(item.value(QStringLiteral("versions")).toInt(), 1);
        QStringList renditions;
        for (const QJsonValue &r : item.value(QStringLiteral("renditions")).toArray()) {
            renditions.append(r.toObject().value(QStringLiteral("name")).toString());
        }
        renditions.sort();
        // The DNG has no pixels: its renditions come from the camera JPEG stored beside it.
        QCOMPARE(renditions, (QStringList{QStringLiteral("companion:jpeg"), QStringLiteral("preview"),
                                          QStringLiteral("sidecar:xmp"), QStringLiteral("thumb")}));
    }

    void unlockOpensAnEncryptedPdfWithoutStoringThePassword()
    {
        const QJsonObject ingested = json({QStringLiteral("ingest"), Test::corpus(QStringLiteral("pdf/libreoffice-writer-password.pdf")),
                                           QStringLiteral("--folder"), QStringLiteral("/Locked")});
        const QString id = ingested.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("item")).toString();
        QVERIFY(!id.isEmpty());
        QJsonObject item = json({QStringLiteral("show"), id}).value(QStringLiteral("item")).toObject();
        QCOMPARE(item.value(QStringLiteral("text")).toObject().value(QStringLiteral("pages")).toInt(), 0);

        const QStringList unlock{QStringLiteral("--library"), m_library, QStringLiteral("unlock"), id};
        const auto wrong = Test::run(Test::program(QStringLiteral("folioctl")), unlock, m_env, 60000, "wrong\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("wrong password")), qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(QStringLiteral("libreoffice-writer-password.pdf")), qPrintable(wrong.err));

        const auto right = Test::run(Test::program(QStringLiteral("folioctl")), unlock, m_env, 60000, "openpassword\n");
        QCOMPARE(right.exitCode, 0);
        item = json({QStringLiteral("show"), id}).value(QStringLiteral("item")).toObject();
        QCOMPARE(item.value(QStringLiteral("text")).toObject().value(QStringLiteral("pages")).toInt(), 1);
        QVERIFY(item.value(QStringLiteral("text")).toObject().value(QStringLiteral("excerpt")).toString().contains(QStringLiteral("Lorem ipsum")));
        QVERIFY(!item.value(QStringLiteral("extraction")).toObject().value(QStringLiteral("warnings")).toArray().contains(QStringLiteral("Incorrect password")));
        // The password is used once: nothing in the library holds it.
        QFile database(m_library + QStringLiteral("/folio.db"));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains("openpassword"));
    }

    void watchIngestsSettledFiles()
    {
        QTemporaryDir inbox;
        QVERIFY(QFile::copy(Test::corpus(QStringLiteral("images/portrait_6.jpg")), inbox.filePath(QStringLiteral("a.jpg"))));
        QVERIFY(QDir().mkpath(inbox.filePath(QStringLiteral("sub"))));
        QFile note(inbox.filePath(QStringLiteral("sub/b.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("A note only this test writes.\n");
        note.close();
        const auto watched = folioctl({QStringLiteral("watch"), inbox.path(), QStringLiteral("--folder"),
                                       QStringLiteral("/Inbox"), QStringLiteral("--settle"), QStringLiteral("0.3"),
                                       QStringLiteral("--once")});
        QVERIFY2(!watched.timedOut, "watch --once did not stop");
        QCOMPARE(watched.exitCode, 0);
        const QJsonArray items = json({QStringLiteral("ls"), QStringLiteral("--folder"), QStringLiteral("/Inbox")})
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QStringList titles;
        for (const QJsonValue &item : items) {
            titles.append(item.toObject().value(QStringLiteral("title")).toString());
        }
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void initRefusesANonEmptyFolder()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto result = Test::run(Test::program(QStringLiteral("folioctl")), {QStringLiteral("init"), dir.path()}, m_env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(dir.path()));
        QVERIFY(result.err.contains(QStringLiteral("not empty")));
    }

    void schemaImportAddsFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"vocabularies": [{"key": "channels", "open": false, "terms": ["web", "print", {"value": "social", "children": ["instagram"]}]}],
                       "fields": [{"key": "contract-value", "type": "number", "applies_to": "document", "aliases": ["value"]},
                                  {"key": "channel", "type": "multi-enum", "vocabulary": "channels"}]})");
        file.close();
        QCOMPARE(folioctl({QStringLiteral("schema"), QStringLiteral("import"), path}).exitCode, 0);
        const QJsonObject listing = json({QStringLiteral("ls"), QStringLiteral("--folder"), QStringLiteral("/Spring campaign/Shots")});
        const QString id = listing.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(folioctl({QStringLiteral("set"), id, QStringLiteral("channel=web,instagram")}).exitCode, 0);
        QCOMPARE(folioctl({QStringLiteral("set"), id, QStringLiteral("channel=radio")}).exitCode, 1);
        // A number field that applies to documents only is refused on an asset.
        QCOMPARE(folioctl({QStringLiteral("set"), id, QStringLiteral("value=12")}).exitCode, 1);

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"fields": [{"key": "x", "type": "colour"}]})");
        broken.close();
        const auto refused = folioctl({QStringLiteral("schema"), QStringLiteral("import"), broken.fileName()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("colour")));
    }
};

FOLIO_TEST(TestFolioctl, "folioctl")
#include "tst_folioctl.moc"
