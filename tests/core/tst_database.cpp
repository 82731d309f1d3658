// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsWalDatabaseWithForeignKeys()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("a.db")), Database::Mode::Create);
        FOLIO_VERIFY_OK(db);
        auto mode = (*db)->prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && mode->next().value_or(false));
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        auto fk = (*db)->prepare(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && fk->next().value_or(false));
        QCOMPARE(fk->int64(0), 1);
    }

    void bindsAndReadsEveryType()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("b.db")), Database::Mode::Create);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")));
        auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)"));
        QVERIFY(insert);
        insert->bindAll(qint64(1) << 40, 2.5, QStringLiteral("Crémieux ✓"), QByteArray("\0\1\2", 3), nullptr);
        QVERIFY(insert->run());
        auto select = (*db)->prepare(QStringLiteral("SELECT i, r, s, b, n FROM t"));
        QVERIFY(select);
        QVERIFY(select->next().value_or(false));
        QCOMPARE(select->int64(0), qint64(1) << 40);
        QCOMPARE(select->real(1), 2.5);
        QCOMPARE(select->text(2), QStringLiteral("Crémieux ✓"));
        QCOMPARE(select->blob(3), QByteArray("\0\1\2", 3));
        QVERIFY(select->isNull(4));
        QVERIFY(!select->value(4).isValid());
        QCOMPARE(select->next().value_or(true), false);
    }

    void rollsBackUncommittedTransaction()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.db")), Database::Mode::Create);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (x)")));
        {
            auto tx = Transaction::begin(**db);
            QVERIFY(tx);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        QVERIFY(!(*db)->inTransaction());
        auto count = (*db)->prepare(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(count && count->next().value_or(false));
        QCOMPARE(count->int64(0), 0);
    }

    void reportsSqlErrorsWithTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.db"));
        auto db = Database::open(path, Database::Mode::Create);
        QVERIFY(db);
        auto bad = (*db)->prepare(QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message().contains(path));
        QVERIFY(bad.error().message().contains(QStringLiteral("no_such_table")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-db.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Corrupt);
        QVERIFY(db.error().message().contains(path));
    }

    void refusesAMissingFileUnlessCreating()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("missing.db")), Database::Mode::ReadWrite);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::NotFound);
    }

private:
    QTemporaryDir m_dir;
};

FOLIO_TEST(TestDatabase, "database")
#include "tst_database.moc"
