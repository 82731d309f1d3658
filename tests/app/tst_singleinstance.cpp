// SPDX-License-Identifier: GPL-3.0-or-later
// One folio per library, as users start it: a second `folio` hands its folio:// link to the running one
// and exits 0, and the running one shows that item; a socket left by a killed folio does not stop the next
// start; the interface language follows FOLIO_LANGUAGE, the language setting and LANG (what
// Translations::install() returned, as folio logs it).

#include "library/library.h"
#include "store/itemrepository.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace SingleInstanceTestsHelpers {

// A folio running in the background with its log collected.
struct Running
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString log;

    QString read()
    {
        log += QString::fromLocal8Bit(process->readAllStandardError());
        log += QString::fromLocal8Bit(process->readAllStandardOutput());
        return log;
    }
    bool waitForLog(const QString &text, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
                   [this, &text] {
                       process->waitForReadyRead(50);
                       return read().contains(text) || process->state() == QProcess::NotRunning;
                   },
                   timeoutMs)
            && read().contains(text);
    }
    ~Running()
    {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(10000);
        }
    }
};

} // namespace SingleInstanceTestsHelpers

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;
    QString m_uuid;

    // Offscreen, with its own configuration and runtime folders, logging what it receives and shows.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_MEDIA_BACKEND"), QStringLiteral("gstreamer"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("folio.app.info=true;folio.links.info=true"));
        env.remove(QStringLiteral("FOLIO_LIBRARY"));
        env.remove(QStringLiteral("FOLIO_LANGUAGE"));
        return env;
    }

    QStringList sockets() const
    {
        return QDir(m_dir.filePath(QStringLiteral("run")))
            .entryList({ QStringLiteral("folio-*") }, QDir::System | QDir::Files | QDir::Hidden);
    }

    // Starts folio on the test library with ARGUMENTS; returns once it listens for later starts.
    bool start(SingleInstanceTestsHelpers::Running &running, const QStringList &arguments = {})
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("FOLIO_QUIT_AFTER_MS"), QStringLiteral("60000"));
        running.process->setProcessEnvironment(env);
        running.process->start(Test::program(QStringLiteral("folio")),
            QStringList { QStringLiteral("--library"), m_libraryPath } + arguments);
        if (!running.process->waitForStarted(10000)) {
            return false;
        }
        // The window exists and the socket is made after the language is logged.
        return running.waitForLog(QStringLiteral("interface language"))
            && QTest::qWaitFor([this] { return !sockets().isEmpty(); }, 20000);
    }

    QString link() const { return QStringLiteral("folio://item/") + m_uuid; }

    // The language a folio started with ENV installs, as it logs it.
    static QString languageOf(QProcessEnvironment env)
    {
        env.insert(QStringLiteral("FOLIO_QUIT_AFTER_MS"), QStringLiteral("300"));
        QTemporaryDir library;
        const auto result = Test::run(Test::program(QStringLiteral("folio")),
            { QStringLiteral("--library"), library.filePath(QStringLiteral("lib")) }, env, 60000);
        const QString marker = QStringLiteral("interface language: ");
        const qsizetype at = result.err.indexOf(marker);
        if (result.exitCode != 0 || at < 0) {
            qWarning("folio: exit %d: %s", result.exitCode, qPrintable(result.err));
            return {};
        }
        return result.err.mid(at + marker.size()).section(QLatin1Char('\n'), 0, 0).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QFile::setPermissions(
            m_dir.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_libraryPath = m_dir.filePath(QStringLiteral("library"));
        auto library = Library::open(m_libraryPath, Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        const QString failed = Test::ingest(**library, { Test::corpus(QStringLiteral("images/jolla.jpg")) });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto ids = ItemRepository((*library)->database()).allIds(false);
        FOLIO_VERIFY_OK(ids);
        QCOMPARE(ids->size(), 1);
        auto item = ItemRepository((*library)->database()).byId(ids->first());
        FOLIO_VERIFY_OK(item);
        m_uuid = item->uuid;
    }

    void aSecondStartHandsItsLinkToTheFirst()
    {
        SingleInstanceTestsHelpers::Running first;
        QVERIFY2(start(first), qPrintable(first.read()));

        const auto second = Test::run(Test::program(QStringLiteral("folio")),
            { QStringLiteral("--library"), m_libraryPath, link() }, environment(), 30000);
        QVERIFY2(!second.crashed && !second.timedOut, qPrintable(second.err));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(QStringLiteral("handed 1 argument(s)")), qPrintable(second.err));

        // The first folio received the link, found the item and selected it in its browser.
        QVERIFY2(first.waitForLog(QStringLiteral("revealed %1 at row 0").arg(link())), qPrintable(first.read()));
        QVERIFY(first.read().contains(QStringLiteral("received 1 argument(s)")));
        QCOMPARE(first.process->state(), QProcess::Running);
    }

    void aKilledFolioLeavesNoObstacle()
    {
        {
            SingleInstanceTestsHelpers::Running crashed;
            QVERIFY2(start(crashed), qPrintable(crashed.read()));
            crashed.process->kill();
            QVERIFY(crashed.process->waitForFinished(10000));
        }
        QVERIFY2(!sockets().isEmpty(), "a killed folio leaves its socket");

        // The next start finds nobody on the socket, takes it over and shows its own link.
        SingleInstanceTestsHelpers::Running next;
        QVERIFY2(start(next, { link() }), qPrintable(next.read()));
        QVERIFY2(next.waitForLog(QStringLiteral("revealed %1").arg(link())), qPrintable(next.read()));
        QVERIFY2(!next.read().contains(QStringLiteral("handed")), qPrintable(next.read()));

        // …and later starts hand over to it.
        const auto later = Test::run(Test::program(QStringLiteral("folio")),
            { QStringLiteral("--library"), m_libraryPath }, environment(), 30000);
        QCOMPARE(later.exitCode, 0);
        QVERIFY2(later.err.contains(QStringLiteral("handed 0 argument(s)")), qPrintable(later.err));
        QVERIFY(next.waitForLog(QStringLiteral("received 0 argument(s)")));
    }

    void theDesktopEntryRegistersTheScheme()
    {
        // What the desktop reads to start folio for a folio:// link (installed by packaging/CMakeLists.txt).
        QFile file(Test::sourceDir(QStringLiteral("packaging/folio.desktop")));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("[Desktop Entry]"));
        QHash<QString, QString> keys;
        for (const QString &line : lines.mid(1)) {
            if (const qsizetype at = line.indexOf(QLatin1Char('=')); at > 0) {
                keys.insert(line.left(at), line.mid(at + 1));
            }
        }
        QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("folio %u"));
        QCOMPARE(keys.value(QStringLiteral("Icon")), QStringLiteral("folio"));
        QVERIFY(keys.value(QStringLiteral("MimeType"))
                    .split(QLatin1Char(';'))
                    .contains(QStringLiteral("x-scheme-handler/folio")));
        QVERIFY(keys.value(QStringLiteral("Categories")).split(QLatin1Char(';')).contains(QStringLiteral("Graphics")));
    }

    void theLanguageFollowsTheEnvironmentAndTheSetting()
    {
        QProcessEnvironment env = environment();
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" }) {
            env.remove(QString::fromLatin1(name));
        }
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(languageOf(env), QStringLiteral("de"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(languageOf(env), QStringLiteral("fr"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        QCOMPARE(languageOf(env), QStringLiteral("en"));

        // The preference (Edit → Preferences → Language) wins over the locale…
        QSettings stored(m_dir.filePath(QStringLiteral("config/Folio/folio.conf")), QSettings::IniFormat);
        stored.setValue(QStringLiteral("appearance/language"), QStringLiteral("de"));
        stored.sync();
        QCOMPARE(languageOf(env), QStringLiteral("de"));
        // …and FOLIO_LANGUAGE over both.
        env.insert(QStringLiteral("FOLIO_LANGUAGE"), QStringLiteral("fr"));
        QCOMPARE(languageOf(env), QStringLiteral("fr"));
        stored.remove(QStringLiteral("appearance/language"));
        stored.sync();
    }
};

FOLIO_TEST(TestSingleInstance, "singleinstance")
#include "tst_singleinstance.moc"
