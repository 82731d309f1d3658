// SPDX-License-Identifier: GPL-3.0-or-later
// `foliod check` against real data directories filled by a real `foliod serve` with real logins and blobs:
// clean while the server serves (no lock taken), and every kind of damage named with its reason: a blob
// whose bytes were changed, a blob deleted that its owner uploaded, a stray file, a damaged audit head.

#include "foliodadminhelpers.h"
#include "foliodprocess.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace AdminTestHelpers = FoliodAdminTestHelpers;

namespace TestFoliodCheckHelpers {

Folio::Test::ProcessResult check(const QString &dir, bool json = false)
{
    QStringList arguments { QStringLiteral("check"), QStringLiteral("--data"), dir };
    if (json) {
        arguments << QStringLiteral("--json");
    }
    return AdminTestHelpers::foliod(arguments);
}

} // namespace TestFoliodCheckHelpers

class TestFoliodCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_dir;
    QStringList m_hashes;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_dir = m_temp.filePath(QStringLiteral("data"));
        QVERIFY(AdminTestHelpers::addUser(m_dir, QStringLiteral("alice"), QStringLiteral("alice pass 1")));
    }

    void cleanWhileServing()
    {
        Folio::Test::FoliodProcess server(m_dir);
        QVERIFY2(server.start(), qPrintable(server.failure()));
        const QByteArray token
            = AdminTestHelpers::accessToken(server.port(), QStringLiteral("alice"), QStringLiteral("alice pass 1"));
        QVERIFY(!token.isEmpty());
        const QList<QByteArray> blobs { AdminTestHelpers::randomBytes(200000, 1),
            AdminTestHelpers::randomBytes(5000, 2), AdminTestHelpers::randomBytes(1, 3) };
        QVERIFY(AdminTestHelpers::upload(server.port(), token, blobs));
        for (const QByteArray &blob : blobs) {
            m_hashes << AdminTestHelpers::sha256Of(blob);
        }

        // The server holds the exclusive lock all along: check must run beside it.
        const auto text = TestFoliodCheckHelpers::check(m_dir);
        QVERIFY2(text.exitCode == 0, qPrintable(AdminTestHelpers::describe(text)));
        QVERIFY2(text.out.contains(QLatin1String("no problems")), qPrintable(text.out));
        const auto json = TestFoliodCheckHelpers::check(m_dir, true);
        QVERIFY2(json.exitCode == 0, qPrintable(AdminTestHelpers::describe(json)));
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("blobs")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("users")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("owner_markers")).toInt(), 3);
        // user.add and the login are chained.
        QVERIFY(report.value(QStringLiteral("audit_events")).toInt() >= 2);
        QVERIFY(report.value(QStringLiteral("problems")).toArray().isEmpty());
        QVERIFY(server.stop());
    }

    void damageIsNamed()
    {
        QCOMPARE(m_hashes.size(), 3);
        const QString corrupt = AdminTestHelpers::blobPath(m_dir, m_hashes.at(0));
        const QString deleted = AdminTestHelpers::blobPath(m_dir, m_hashes.at(1));
        {
            QFile file(corrupt);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(1000));
            const char flipped = char(~file.peek(1).at(0));
            QCOMPARE(file.write(&flipped, 1), qint64(1));
        }
        QVERIFY(QFile::remove(deleted));
        const QString stray = m_dir + QStringLiteral("/blobs/") + m_hashes.at(2).left(2) + QStringLiteral("/notes.txt");
        {
            QFile file(stray);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("left here by hand\n");
        }

        const auto text = TestFoliodCheckHelpers::check(m_dir);
        QVERIFY2(text.exitCode == 1, qPrintable(AdminTestHelpers::describe(text)));
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto lineAbout = [&lines](const QString &subject) {
            for (const QString &line : lines) {
                if (line.startsWith(subject + QLatin1Char(':'))) {
                    return line;
                }
            }
            return QString();
        };
        QVERIFY2(lineAbout(corrupt).contains(QLatin1String("corrupt")), qPrintable(text.out));
        QVERIFY2(lineAbout(deleted).contains(QLatin1String("missing")), qPrintable(text.out));
        QVERIFY2(lineAbout(deleted).contains(QLatin1String("alice")), qPrintable(text.out));
        QVERIFY2(lineAbout(stray).contains(QLatin1String("stray")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("3 problem(s)")), qPrintable(text.out));

        const auto json = TestFoliodCheckHelpers::check(m_dir, true);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 3);

        // Repaired, it is clean again: the bad blob removed, the stray file too, and the owner marker of the
        // missing one.
        QVERIFY(QFile::remove(corrupt));
        QVERIFY(QFile::remove(stray));
        QDir owners(m_dir + QStringLiteral("/blob-owners"));
        for (const QString &owner : owners.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile::remove(owners.filePath(owner + QLatin1Char('/') + m_hashes.at(0)));
            QFile::remove(owners.filePath(owner + QLatin1Char('/') + m_hashes.at(1)));
        }
        const auto repaired = TestFoliodCheckHelpers::check(m_dir);
        QVERIFY2(repaired.exitCode == 0, qPrintable(AdminTestHelpers::describe(repaired)));
    }

    void damagedAuditHead()
    {
        const QString head = m_dir + QStringLiteral("/audit.head");
        QFile file(head);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"seq\": 1, \"hash\": \"" + QByteArray(64, '0') + "\"}\n");
        file.close();
        const auto result = TestFoliodCheckHelpers::check(m_dir);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(saved);
        file.close();
        QVERIFY2(result.exitCode == 1, qPrintable(AdminTestHelpers::describe(result)));
        QVERIFY2(result.out.contains(QLatin1String("audit log: audit event 1 is not the one the audit head recorded")),
            qPrintable(result.out));
        QCOMPARE(TestFoliodCheckHelpers::check(m_dir).exitCode, 0);
    }

    void notADataDirectory()
    {
        const QString empty = m_temp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const auto result = TestFoliodCheckHelpers::check(empty);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("not a foliod data directory")), qPrintable(result.err));
        const auto missing = TestFoliodCheckHelpers::check(m_temp.filePath(QStringLiteral("nowhere")));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("does not exist")), qPrintable(missing.err));
        // Check never creates what it checks.
        QVERIFY(!QFileInfo::exists(m_temp.filePath(QStringLiteral("nowhere"))));
        QCOMPARE(AdminTestHelpers::foliod({ QStringLiteral("check"), QStringLiteral("--bogus") }).exitCode, 2);
        const auto help = AdminTestHelpers::foliod({ QStringLiteral("check"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--json")) && help.out.contains(QLatin1String("--data")));
    }
};

FOLIO_TEST(TestFoliodCheck, "foliodcheck")
#include "tst_foliodcheck.moc"
