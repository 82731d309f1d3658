// SPDX-License-Identifier: GPL-3.0-or-later
// Legacy .doc/.xls/.ppt (issue 5): OLE2 compound files made here (the corpus has none) are detected as
// Word, Excel and PowerPoint from content plus extension; without a converter the extraction
// succeeds with a note and no text; with a converter (a shell script standing in for LibreOffice, which copies the
// corpus's minimal PDF to where LibreOffice would write its PDF) the text and thumb come from that PDF, and the
// converter ran with the arguments, HOME and profile Folio promises; a converter that hangs is killed with
// everything it started at the limit; one that writes no PDF is an error naming the file.

#include "ingest/extractor.h"
#include "ingest/extractors/legacyofficeconverter.h"
#include "ingest/typedetector.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using Folio::Error;
using Folio::ExtractionResult;
using Folio::Extractor;
using Folio::LegacyOfficeConverter;
using Folio::LegacyOfficeLimits;

namespace LegacyOfficeTests {

const QString Word = QStringLiteral("application/msword");

// The header of an OLE2 compound file (version 3, 512-byte sectors) and two empty sectors: what type
// detection sees of a .doc; no converter is ever shown more than that here.
QByteArray compoundFile()
{
    QByteArray data(512 * 3, '\0');
    const QByteArray signature = QByteArray::fromHex("d0cf11e0a1b11ae1");
    data.replace(0, signature.size(), signature);
    data[0x18] = 0x3e; // minor version
    data[0x1a] = 0x03; // major version 3
    data[0x1c] = char(0xfe); // byte order mark FFFE
    data[0x1d] = char(0xff);
    data[0x1e] = 0x09; // sector shift: 512
    data[0x20] = 0x06; // mini sector shift: 64
    return data;
}

bool writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        return false;
    }
    file.close();
    return !executable
        || file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool anyContains(const QStringList &list, const QString &part)
{
    return std::any_of(list.cbegin(), list.cend(), [&part](const QString &s) { return s.contains(part); });
}

// Gone, or a zombie no one has reaped yet (the container's init may not): either way it runs no more.
bool processEnded(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return true;
    }
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) == "Z" || line.mid(close + 2, 1) == "X";
}

// Sets or unsets an environment variable for the duration of one test.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const std::optional<QByteArray> &value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value) {
            qputenv(name, *value);
        } else {
            qunsetenv(name);
        }
    }
    ~ScopedEnv()
    {
        if (m_wasSet) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace LegacyOfficeTests

class TestLegacyOffice : public QObject
{
    Q_OBJECT

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_doc;
    QString m_emptyBin;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // A stand-in for LibreOffice: records its arguments and HOME, then writes the corpus's minimal PDF as
    // <outdir>/<input's base name>.pdf, as `soffice --convert-to pdf --outdir` does.
    QString fakeConverter(const QString &name)
    {
        const QString script = path(name);
        const QByteArray text = "#!/bin/sh\n"
                                "printf '%s\\n' \"$@\" > '"
            + QFile::encodeName(path(QStringLiteral("arguments.txt")))
            + "'\n"
              "printf '%s\\n' \"$HOME\" > '"
            + QFile::encodeName(path(QStringLiteral("home.txt")))
            + "'\n"
              "outdir=; input=\n"
              "while [ $# -gt 0 ]; do\n"
              "  case \"$1\" in\n"
              "    --outdir) outdir=\"$2\"; shift 2 ;;\n"
              "    *) input=\"$1\"; shift ;;\n"
              "  esac\n"
              "done\n"
              "base=$(basename \"$input\")\n"
              "cp '"
            + QFile::encodeName(Folio::Test::corpus(QStringLiteral("pdf/minimal-document.pdf")))
            + "' \"$outdir/${base%.*}.pdf\"\n";
        return LegacyOfficeTests::writeFile(script, text, true) ? script : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_doc = path(QStringLiteral("report.doc"));
        QVERIFY(LegacyOfficeTests::writeFile(m_doc, LegacyOfficeTests::compoundFile()));
        m_emptyBin = path(QStringLiteral("emptybin"));
        QVERIFY(QDir().mkpath(m_emptyBin));
    }

    void detectsLegacyTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("doc") << "report.doc" << LegacyOfficeTests::Word;
        QTest::newRow("xls") << "sheet.xls"
                             << "application/vnd.ms-excel";
        QTest::newRow("ppt") << "slides.ppt"
                             << "application/vnd.ms-powerpoint";
    }

    // From the OLE2 signature plus the extension, the file's own or its name in the library (a blob named
    // by its hash has none); the same bytes without a telling name stay a plain compound file.
    void detectsLegacyTypes()
    {
        QFETCH(QString, name);
        QFETCH(QString, mimeType);
        const QString file = path(name);
        QVERIFY(LegacyOfficeTests::writeFile(file, LegacyOfficeTests::compoundFile()));
        const auto type = Folio::TypeDetector::detect(file);
        FOLIO_VERIFY_OK(type);
        QCOMPARE(type->mimeType, mimeType);
        QVERIFY2(!type->extensionMismatch && type->warning.isEmpty(), qPrintable(type->warning));
        QCOMPARE(type->kind, QStringLiteral("document"));
        QVERIFY(LegacyOfficeConverter::handles(type->mimeType));

        const QString blob = path(QStringLiteral("blob-") + name.section(QLatin1Char('.'), 0, 0));
        QVERIFY(LegacyOfficeTests::writeFile(blob, LegacyOfficeTests::compoundFile()));
        const auto stored = Folio::TypeDetector::detect(blob, name);
        FOLIO_VERIFY_OK(stored);
        QCOMPARE(stored->mimeType, mimeType);
        const auto unnamed = Folio::TypeDetector::detect(blob);
        FOLIO_VERIFY_OK(unnamed);
        QCOMPARE(unnamed->mimeType, QStringLiteral("application/x-ole-storage"));
        QVERIFY(!LegacyOfficeConverter::handles(unnamed->mimeType));
    }

    // FOLIO_OFFICE_CONVERTER overrides the search (a missing one means none); without it soffice is looked
    // for on PATH.
    void findsTheConverter()
    {
        const QString fake = fakeConverter(QStringLiteral("soffice"));
        QVERIFY(!fake.isEmpty());
        {
            LegacyOfficeTests::ScopedEnv converter("FOLIO_OFFICE_CONVERTER", std::nullopt);
            LegacyOfficeTests::ScopedEnv pathEnv("PATH", QFile::encodeName(m_emptyBin));
            QCOMPARE(LegacyOfficeConverter::find(), QString());
        }
        {
            LegacyOfficeTests::ScopedEnv converter("FOLIO_OFFICE_CONVERTER", std::nullopt);
            LegacyOfficeTests::ScopedEnv pathEnv(
                "PATH", QFile::encodeName(m_emptyBin + QLatin1Char(':') + m_dir->path()));
            QCOMPARE(LegacyOfficeConverter::find(), fake);
        }
        {
            LegacyOfficeTests::ScopedEnv converter(
                "FOLIO_OFFICE_CONVERTER", QFile::encodeName(path(QStringLiteral("missing-converter"))));
            LegacyOfficeTests::ScopedEnv pathEnv("PATH", QFile::encodeName(m_dir->path()));
            QCOMPARE(LegacyOfficeConverter::find(), QString());
        }
    }

    void withoutConverterKeepsBasicMetadata()
    {
        LegacyOfficeTests::ScopedEnv converter(
            "FOLIO_OFFICE_CONVERTER", QFile::encodeName(path(QStringLiteral("missing-converter"))));
        LegacyOfficeTests::ScopedEnv pathEnv("PATH", QFile::encodeName(m_emptyBin));
        const QString output = path(QStringLiteral("out-none"));
        const ExtractionResult result = Extractor::extract(m_doc, {}, output);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.detectedType, LegacyOfficeTests::Word);
        QCOMPARE(result.kind, QStringLiteral("document"));
        QVERIFY2(
            LegacyOfficeTests::anyContains(result.warnings, QStringLiteral("No converter for legacy Office files")),
            qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QVERIFY(LegacyOfficeTests::anyContains(result.warnings, QStringLiteral("report.doc")));
        QVERIFY(result.pageTexts.isEmpty());
        QVERIFY(result.renditions.isEmpty());
        QVERIFY(!QFileInfo::exists(output));
    }

    // Stored as a blob named by its hash, known to the user as report.doc: the converter still gets a .doc.
    void withConverterTakesTextAndThumbFromThePdf()
    {
        const QString script = fakeConverter(QStringLiteral("fake-soffice"));
        QVERIFY(!script.isEmpty());
        LegacyOfficeTests::ScopedEnv converter("FOLIO_OFFICE_CONVERTER", QFile::encodeName(script));
        const QString blob = path(QStringLiteral("5f2b9c0d"));
        QVERIFY(LegacyOfficeTests::writeFile(blob, LegacyOfficeTests::compoundFile()));
        const QString output = path(QStringLiteral("out-converted"));
        const ExtractionResult result = Extractor::extract(blob, {}, output, {}, QStringLiteral("report.doc"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.detectedType, LegacyOfficeTests::Word);
        QVERIFY2(result.pageTexts.join(QLatin1Char(' ')).contains(QStringLiteral("Lorem ipsum")),
            qPrintable(result.pageTexts.join(QLatin1Char('|'))));
        QCOMPARE(result.pages, 1);
        QCOMPARE(result.fields.value(QStringLiteral("text-converted-by")).toString(), QStringLiteral("fake-soffice"));
        QVERIFY(!result.fields.contains(QStringLiteral("needs-ocr")));
        QVERIFY(result.tags.isEmpty()); // the PDF's own Info describes the conversion, not the document
        QVERIFY2(LegacyOfficeTests::anyContains(result.warnings, QStringLiteral("conversion to PDF by fake-soffice")),
            qPrintable(result.warnings.join(QLatin1Char('\n'))));
        const auto thumb = std::find_if(result.renditions.cbegin(), result.renditions.cend(),
            [](const auto &rendition) { return rendition.name == QLatin1String("thumb"); });
        QVERIFY(thumb != result.renditions.cend());
        QVERIFY(thumb->width > 0 && thumb->height > 0);
        QVERIFY(QFileInfo(thumb->file).size() > 0);
        QVERIFY(thumb->file.startsWith(output));

        const QStringList arguments = LegacyOfficeTests::readAll(path(QStringLiteral("arguments.txt")))
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(arguments.size() >= 7);
        QVERIFY(arguments.contains(QStringLiteral("--headless")));
        QVERIFY(arguments.contains(QStringLiteral("--norestore")));
        QCOMPARE(arguments.at(arguments.indexOf(QStringLiteral("--convert-to")) + 1), QStringLiteral("pdf"));
        QVERIFY(arguments.last().endsWith(QStringLiteral(".doc")));
        const QString home = LegacyOfficeTests::readAll(path(QStringLiteral("home.txt"))).trimmed();
        QVERIFY(!home.isEmpty() && home != QDir::homePath());
        QVERIFY(arguments.first().startsWith(QStringLiteral("-env:UserInstallation=file://") + home));
        QVERIFY(arguments.last().startsWith(home));
        QVERIFY2(!QFileInfo::exists(home), "the conversion's temporary folder outlived it");
    }

    // The converter's group is killed at the limit: the shell and the sleep it started both end.
    void hangingConverterIsKilled()
    {
        const QString pids = path(QStringLiteral("hang.pids"));
        const QString script = path(QStringLiteral("hanging-soffice"));
        QVERIFY(LegacyOfficeTests::writeFile(
            script, "#!/bin/sh\nsleep 1000 &\necho $$ $! > '" + QFile::encodeName(pids) + "'\nwait\n", true));
        LegacyOfficeLimits limits;
        limits.seconds = 1;
        QElapsedTimer timer;
        timer.start();
        const auto converted = LegacyOfficeConverter::convert(
            script, m_doc, LegacyOfficeTests::Word, QStringLiteral("report.doc"), limits);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!converted);
        QCOMPARE(converted.error().code(), Error::Code::LimitExceeded);
        QVERIFY2(converted.error().message().contains(QStringLiteral("report.doc"))
                && converted.error().message().contains(QStringLiteral("1 s")),
            qPrintable(converted.error().message()));
        QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
        const QStringList started = LegacyOfficeTests::readAll(pids).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(started.size(), 2);
        for (const QString &pid : started) {
            QTRY_VERIFY2_WITH_TIMEOUT(LegacyOfficeTests::processEnded(pid.trimmed().toLongLong()),
                qPrintable(QStringLiteral("process %1 outlived the limit").arg(pid)), 3000);
        }

        // Through the Extractor, with the limit from the environment: a warning, not a failed extraction.
        LegacyOfficeTests::ScopedEnv converter("FOLIO_OFFICE_CONVERTER", QFile::encodeName(script));
        LegacyOfficeTests::ScopedEnv seconds("FOLIO_OFFICE_CONVERTER_SECONDS", QByteArray("1"));
        timer.restart();
        const ExtractionResult result = Extractor::extract(m_doc, {}, path(QStringLiteral("out-hang")));
        QVERIFY(timer.elapsed() < 8000);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(LegacyOfficeTests::anyContains(result.warnings, QStringLiteral("longer than 1 s")),
            qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QVERIFY(result.pageTexts.isEmpty());
    }

    // LibreOffice exits with 0 when it cannot load a file: the missing PDF is the error.
    void converterWritingNoPdfIsAnError()
    {
        const QString script = path(QStringLiteral("silent-soffice"));
        QVERIFY(
            LegacyOfficeTests::writeFile(script, "#!/bin/sh\necho 'Error: source file could not be loaded'\n", true));
        const auto converted
            = LegacyOfficeConverter::convert(script, m_doc, LegacyOfficeTests::Word, QStringLiteral("report.doc"));
        QVERIFY(!converted);
        QCOMPARE(converted.error().code(), Error::Code::Corrupt);
        QVERIFY(converted.error().message().contains(QStringLiteral("report.doc")));
        QVERIFY(converted.error().detail().contains(QStringLiteral("could not be loaded")));

        const auto refused = LegacyOfficeConverter::convert(
            script, m_doc, QStringLiteral("application/pdf"), QStringLiteral("report.doc"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Unsupported);
    }
};

FOLIO_TEST(TestLegacyOffice, "legacyoffice")

#include "tst_legacyoffice.moc"
