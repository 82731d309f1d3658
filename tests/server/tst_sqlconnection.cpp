// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL seam (server/sql) on both back ends: every test function runs once on a SQLite file and once on a
// throwaway PostgreSQL 15 (tests/support/postgresserver.h; that row skips as root, where initdb cannot run).
// Same SQL, same schema text through the dialect, same expected values: types and NULL, empty strings,
// UTF-8, blobs with zero bytes, int64 and double extremes, RETURNING, ON CONFLICT with changes(), placeholders
// inside literals, transactions, constraint errors, two connections, aggregates (the text rewriting alone is
// tst_sqltext).

#include "postgresserver.h"
#include "sql/postgresconnection.h"
#include "sql/sqlconnection.h"
#include "sql/sqltransaction.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Folio;
using namespace Folio::Server;

namespace TestSqlConnectionHelpers {

const char *const schema = R"(
CREATE TABLE things (
    id {id},
    name {text} NOT NULL UNIQUE,
    n {int},
    r {real},
    t {text},
    b {blob},
    note {text} NOT NULL DEFAULT '{not a word}' -- a {comment}
);
CREATE TABLE counters (key {text} PRIMARY KEY, hits {int} NOT NULL);
)";

// All rows of SQL, each as its columns' value()s.
Result<QList<QVariantList>> rows(SqlConnection &db, const QString &sql, int columns)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QList<QVariantList> all;
    auto ok = stmt->forEach([&](SqlStatement &row) {
        QVariantList values;
        for (int i = 0; i < columns; ++i) {
            values << row.value(i);
        }
        all << values;
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return all;
}

} // namespace TestSqlConnectionHelpers

using namespace TestSqlConnectionHelpers;

class TestSqlConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target;
    std::unique_ptr<SqlConnection> m_db;

    bool isPostgres() const { return m_db && m_db->dialect().backend() == SqlDialect::Backend::Postgres; }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    // A fresh, empty database of the row's back end with the test schema, in m_db.
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (backend == QLatin1String("sqlite")) {
            m_target = m_dir->filePath(QStringLiteral("test.db"));
        } else {
            auto &server = Test::PostgresServer::shared();
            if (!server.skipReason().isEmpty()) {
                QSKIP(qPrintable(server.skipReason()));
            }
            QVERIFY2(server.isRunning(), qPrintable(server.failure()));
            static bool created = false;
            if (!created) {
                QVERIFY2(server.createDatabase(QStringLiteral("tst_sqlconnection")), qPrintable(server.failure()));
                created = true;
            }
            m_target = server.url(QStringLiteral("tst_sqlconnection"));
        }
        auto db = SqlConnection::open(m_target);
        FOLIO_VERIFY_OK(db);
        m_db = std::move(*db);
        if (isPostgres()) {
            FOLIO_VERIFY_OK(m_db->exec(QStringLiteral("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")));
        }
        auto ddl = m_db->dialect().schema(QString::fromUtf8(schema));
        FOLIO_VERIFY_OK(ddl);
        FOLIO_VERIFY_OK(m_db->exec(*ddl));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void opensTheBackEndTheTargetNames()
    {
        QVERIFY(SqlConnection::isPostgresUrl(QStringLiteral("postgresql://u@h/db")));
        QVERIFY(SqlConnection::isPostgresUrl(QStringLiteral("postgres://u@h/db")));
        QVERIFY(SqlConnection::isPostgresUrl(QStringLiteral("PostgreSQL://u@h/db")));
        QVERIFY(!SqlConnection::isPostgresUrl(QStringLiteral("/var/lib/foliod/foliod.db")));
        QVERIFY(!SqlConnection::isPostgresUrl(QStringLiteral("postgresql.db")));
        QFETCH_GLOBAL(QString, backend);
        QCOMPARE(m_db->dialect().backend(),
            backend == QLatin1String("sqlite") ? SqlDialect::Backend::Sqlite : SqlDialect::Backend::Postgres);
        QVERIFY(!m_db->name().isEmpty());

        // Nothing listens on port 1: the error says so, naming the database but never its password.
        auto refused = SqlConnection::open(QStringLiteral("postgresql://folio:s3cret@127.0.0.1:1/x?connect_timeout=5"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Io);
        QVERIFY2(refused.error().message().contains(QLatin1String("127.0.0.1")), qPrintable(refused.error().message()));
        QVERIFY(!refused.error().toString().contains(QLatin1String("s3cret")));
        QCOMPARE(SqlConnection::open(QString()).error().code(), Error::Code::InvalidArgument);
        auto conninfo = PostgresConnection::open(
            QStringLiteral("host=127.0.0.1 port=1 user=folio password=s3cret dbname=x connect_timeout=5"));
        QVERIFY(!conninfo);
        QVERIFY2(
            !conninfo.error().toString().contains(QLatin1String("s3cret")), qPrintable(conninfo.error().toString()));
    }

    void dialectSchemaServesBoth()
    {
        auto unknown = m_db->dialect().schema(QStringLiteral("x {integer}"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), Error::Code::InvalidArgument);
        QVERIFY(unknown.error().message().contains(QLatin1String("{integer}")));

        // The literal default was not expanded, and {id} numbers rows by itself on both back ends.
        auto first = m_db->scalar(QStringLiteral("INSERT INTO things (name) VALUES (?) RETURNING id"), "a");
        FOLIO_VERIFY_OK(first);
        auto second = m_db->scalar(QStringLiteral("INSERT INTO things (name) VALUES (?) RETURNING id"), "b");
        FOLIO_VERIFY_OK(second);
        QCOMPARE(first->typeId(), QMetaType::LongLong);
        QCOMPARE(second->toLongLong(), first->toLongLong() + 1);
        auto note = m_db->scalar(QStringLiteral("SELECT note FROM things WHERE name = ?"), "a");
        FOLIO_VERIFY_OK(note);
        QCOMPARE(note->toString(), QStringLiteral("{not a word}"));
    }

    void questionMarkInLiteralIsNotAParameter()
    {
        auto value = m_db->scalar(QStringLiteral("SELECT '?' || ? || 'it''s ?' -- really?\n"), "x");
        FOLIO_VERIFY_OK(value);
        QCOMPARE(value->toString(), QStringLiteral("?xit's ?"));
        auto quoted = m_db->scalar(QStringLiteral("SELECT \"what?\" FROM (SELECT ? AS \"what?\") AS q"), "y");
        FOLIO_VERIFY_OK(quoted);
        QCOMPARE(quoted->toString(), QStringLiteral("y"));
    }

    void everyTypeRoundTrips()
    {
        const QByteArray bytes("\x00\x01\xff\x00z", 5);
        auto insert = m_db->query(QStringLiteral("INSERT INTO things (name, n, r, t, b) VALUES (?, ?, ?, ?, ?)"),
            QStringLiteral("all"), qint64(42), 2.5, "text", bytes);
        FOLIO_VERIFY_OK(insert);
        FOLIO_VERIFY_OK(insert->run());
        QCOMPARE(insert->changes(), 1);
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name, n, r, t, b) VALUES (?, ?, ?, ?, ?)"),
            "nulls", nullptr, QVariant(), QString(), QByteArray()));
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name, n, r, t, b) VALUES (?, ?, ?, ?, ?)"),
            "variants", QVariant(7), QVariant(0.25), QVariant(QStringLiteral("v")), QVariant(QByteArray("vb"))));
        FOLIO_VERIFY_OK(
            m_db->execute(QStringLiteral("INSERT INTO things (name, n, r) VALUES (?, ?, ?)"), "small", int(-3), true));
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name, n) VALUES (?, ?)"), "flag", false));

        auto stmt = m_db->query(QStringLiteral("SELECT n, r, t, b FROM things WHERE name = ?"), "all");
        FOLIO_VERIFY_OK(stmt);
        auto row = stmt->next();
        FOLIO_VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(stmt->int64(0), 42);
        QCOMPARE(stmt->real(1), 2.5);
        QCOMPARE(stmt->text(2), QStringLiteral("text"));
        QCOMPARE(stmt->blob(3), bytes);
        QCOMPARE(stmt->value(0), QVariant(qint64(42)));
        QCOMPARE(stmt->value(0).typeId(), QMetaType::LongLong);
        QCOMPARE(stmt->value(1).typeId(), QMetaType::Double);
        QCOMPARE(stmt->value(2).typeId(), QMetaType::QString);
        QCOMPARE(stmt->value(3).typeId(), QMetaType::QByteArray);
        QCOMPARE(stmt->value(3).toByteArray(), bytes);
        // Numbers read as text and text as a blob, as SQLite converts them.
        QCOMPARE(stmt->text(0), QStringLiteral("42"));
        QCOMPARE(stmt->blob(2), QByteArray("text"));
        QCOMPARE(stmt->int64(1), 2);
        for (int column = 0; column < 4; ++column) {
            QVERIFY(!stmt->isNull(column));
        }
        row = stmt->next();
        FOLIO_VERIFY_OK(row);
        QVERIFY(!*row);

        stmt = m_db->query(QStringLiteral("SELECT n, r, t, b FROM things WHERE name = ?"), "nulls");
        FOLIO_VERIFY_OK(stmt);
        QVERIFY(*stmt->next());
        for (int column = 0; column < 4; ++column) {
            QVERIFY(stmt->isNull(column));
            QVERIFY(!stmt->value(column).isValid());
        }
        QCOMPARE(stmt->int64(0), 0);
        QCOMPARE(stmt->real(1), 0.0);
        QVERIFY(stmt->text(2).isNull());
        QVERIFY(stmt->blob(3).isNull());

        auto variants = rows(*m_db, QStringLiteral("SELECT n, r, t, b FROM things WHERE name = 'variants'"), 4);
        FOLIO_VERIFY_OK(variants);
        QCOMPARE(variants->size(), 1);
        QCOMPARE(variants->at(0), (QVariantList { qint64(7), 0.25, QStringLiteral("v"), QByteArray("vb") }));

        auto small
            = rows(*m_db, QStringLiteral("SELECT n, r FROM things WHERE name IN ('small', 'flag') ORDER BY name"), 2);
        FOLIO_VERIFY_OK(small);
        // bool binds the integer 1 or 0, on both back ends.
        QCOMPARE(small->at(0).at(0), QVariant(qint64(0)));
        QCOMPARE(small->at(1), (QVariantList { qint64(-3), 1.0 }));
    }

    void emptyStringIsNotNull()
    {
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name, t, b) VALUES (?, ?, ?)"), "empty",
            QStringLiteral(""), QByteArray("")));
        FOLIO_VERIFY_OK(m_db->execute(
            QStringLiteral("INSERT INTO things (name, t, b) VALUES (?, ?, ?)"), "null", QString(), QByteArray()));
        auto stmt
            = m_db->query(QStringLiteral("SELECT t, b, length(t), t IS NULL FROM things WHERE name = ?"), "empty");
        FOLIO_VERIFY_OK(stmt);
        QVERIFY(*stmt->next());
        QVERIFY(!stmt->isNull(0));
        QVERIFY(!stmt->isNull(1));
        QVERIFY(stmt->text(0).isEmpty());
        QVERIFY(stmt->blob(1).isEmpty());
        QCOMPARE(stmt->value(0), QVariant(QString()));
        QCOMPARE(stmt->int64(2), 0);
        QCOMPARE(stmt->int64(3), 0);

        auto nulls = m_db->scalar(QStringLiteral("SELECT count(*) FROM things WHERE t IS NULL AND b IS NULL"));
        FOLIO_VERIFY_OK(nulls);
        QCOMPARE(*nulls, QVariant(qint64(1)));
        auto empties = m_db->scalar(QStringLiteral("SELECT count(*) FROM things WHERE t = ?"), QStringLiteral(""));
        FOLIO_VERIFY_OK(empties);
        QCOMPARE(*empties, QVariant(qint64(1)));
    }

    void utf8TextRoundTrips()
    {
        const QString text = QStringLiteral("Ana María — 日本語 🙂 \u00e9\u0301");
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name, t) VALUES (?, ?)"), text, text));
        auto stmt = m_db->query(QStringLiteral("SELECT t, length(t), name FROM things WHERE name = ?"), text);
        FOLIO_VERIFY_OK(stmt);
        auto row = stmt->next();
        FOLIO_VERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(stmt->text(0), text);
        QCOMPARE(stmt->value(2).toString(), text);
        // Both count characters (code points), not bytes.
        QCOMPARE(stmt->int64(1), qint64(text.toUcs4().size()));
    }

    // What differs by design of the back ends (SqlConnection's header lists it): asserted, so a change shows.
    void knownDifferencesStayKnown()
    {
        const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        auto nul = m_db->execute(QStringLiteral("INSERT INTO things (name, t) VALUES (?, ?)"), "nul", withNul);
        QCOMPARE(bool(nul), !isPostgres());
        if (isPostgres()) {
            QCOMPARE(nul.error().code(), Error::Code::InvalidArgument);
        }
        auto several = m_db->exec(QStringLiteral("INSERT INTO things (name) VALUES ('first'); SELEKT;"));
        QVERIFY(!several);
        auto first = m_db->scalar(QStringLiteral("SELECT count(*) FROM things WHERE name = 'first'"));
        FOLIO_VERIFY_OK(first);
        QCOMPARE(first->toLongLong(), isPostgres() ? 0 : 1);
    }

    void blobsKeepEveryByte()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i) {
            all += char(i);
        }
        QByteArray big(1 << 20, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        const QByteArray zeros(1000, '\0');
        for (const auto &[name, bytes] :
            { std::pair { "all", all }, std::pair { "big", big }, std::pair { "zeros", zeros } }) {
            FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name, b) VALUES (?, ?)"), name, bytes));
            auto stmt = m_db->query(QStringLiteral("SELECT b, length(b) FROM things WHERE b = ?"), bytes);
            FOLIO_VERIFY_OK(stmt);
            QVERIFY(*stmt->next());
            QCOMPARE(stmt->blob(0), bytes);
            QCOMPARE(stmt->int64(1), bytes.size());
        }
    }

    void numbersKeepTheirExtremes()
    {
        const qint64 values[] = { std::numeric_limits<qint64>::min(), -1, 0, 1, std::numeric_limits<qint64>::max() };
        for (qint64 value : values) {
            FOLIO_VERIFY_OK(m_db->execute(
                QStringLiteral("INSERT INTO things (name, n) VALUES (?, ?)"), QString::number(value), value));
        }
        auto stmt = m_db->query(QStringLiteral("SELECT n FROM things ORDER BY n"));
        FOLIO_VERIFY_OK(stmt);
        QList<qint64> read;
        FOLIO_VERIFY_OK(stmt->forEach([&](SqlStatement &row) { read << row.int64(0); }));
        QCOMPARE(read, QList<qint64>(std::begin(values), std::end(values)));
        // Comparisons and arithmetic with bound integers need no casts.
        auto above = m_db->scalar(QStringLiteral("SELECT count(*) FROM things WHERE n > ?"), qint64(0));
        FOLIO_VERIFY_OK(above);
        QCOMPARE(above->toLongLong(), 2);
        auto sum = m_db->scalar(
            QStringLiteral("SELECT n - ? FROM things WHERE n = ?"), qint64(1), std::numeric_limits<qint64>::max());
        FOLIO_VERIFY_OK(sum);
        QCOMPARE(*sum, QVariant(std::numeric_limits<qint64>::max() - 1));

        const double reals[] = { -1e308, -0.1, 0.0, 1e-300, 0.1 + 0.2, 3.141592653589793 };
        for (double value : reals) {
            FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("UPDATE things SET r = ? WHERE n = 0"), value));
            auto back = m_db->scalar(QStringLiteral("SELECT r FROM things WHERE n = 0"));
            FOLIO_VERIFY_OK(back);
            QCOMPARE(back->typeId(), QMetaType::Double);
            QVERIFY2(back->toDouble() == value, qPrintable(QString::number(back->toDouble(), 'g', 17)));
        }
    }

    void aggregatesReadAsOnSqlite()
    {
        for (qint64 n : { 1, 2, 4 }) {
            FOLIO_VERIFY_OK(
                m_db->execute(QStringLiteral("INSERT INTO things (name, n) VALUES (?, ?)"), QString::number(n), n));
        }
        auto all = rows(*m_db, QStringLiteral("SELECT count(*), sum(n), max(n), avg(n), sum(n) * 1.5 FROM things"), 5);
        FOLIO_VERIFY_OK(all);
        const QVariantList row = all->at(0);
        QCOMPARE(row.at(0), QVariant(qint64(3)));
        QCOMPARE(row.at(1), QVariant(qint64(7)));
        QCOMPARE(row.at(2), QVariant(qint64(4)));
        QCOMPARE(row.at(3).typeId(), QMetaType::Double);
        QVERIFY(std::abs(row.at(3).toDouble() - 7.0 / 3) < 1e-12);
        QCOMPARE(row.at(4), QVariant(10.5));
    }

    void returningGivesTheRows()
    {
        auto inserted = rows(*m_db,
            QStringLiteral("INSERT INTO things (name, n) VALUES ('a', 1), ('b', 2), ('c', 3) RETURNING id, name"), 2);
        FOLIO_VERIFY_OK(inserted);
        QCOMPARE(inserted->size(), 3);
        QCOMPARE(m_db->changes(), 3);
        QCOMPARE(inserted->at(2).at(1), QVariant(QStringLiteral("c")));
        auto updated = m_db->query(QStringLiteral("UPDATE things SET n = n * 10 WHERE n >= ? RETURNING n"), 2);
        FOLIO_VERIFY_OK(updated);
        QList<qint64> values;
        FOLIO_VERIFY_OK(updated->forEach([&](SqlStatement &row) { values << row.int64(0); }));
        std::sort(values.begin(), values.end());
        QCOMPARE(values, (QList<qint64> { 20, 30 }));
        QCOMPARE(updated->changes(), 2);
        // A SELECT leaves changes() as the last write set it.
        FOLIO_VERIFY_OK(m_db->scalar(QStringLiteral("SELECT count(*) FROM things")));
        QCOMPARE(m_db->changes(), 2);
        auto deleted = m_db->execute(QStringLiteral("DELETE FROM things WHERE n < ?"), 100);
        FOLIO_VERIFY_OK(deleted);
        QCOMPARE(*deleted, 3);
    }

    void onConflictCountsChanges()
    {
        const QString bump = QStringLiteral(
            "INSERT INTO counters (key, hits) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET hits = counters.hits + 1");
        const QString once
            = QStringLiteral("INSERT INTO counters (key, hits) VALUES (?, ?) ON CONFLICT (key) DO NOTHING");
        auto changed = m_db->execute(once, "k", 100);
        FOLIO_VERIFY_OK(changed);
        QCOMPARE(*changed, 1);
        changed = m_db->execute(once, "k", 200);
        FOLIO_VERIFY_OK(changed);
        QCOMPARE(*changed, 0);
        for (int i = 0; i < 3; ++i) {
            changed = m_db->execute(bump, "k");
            FOLIO_VERIFY_OK(changed);
            QCOMPARE(*changed, 1);
        }
        auto hits = m_db->scalar(QStringLiteral("SELECT hits FROM counters WHERE key = ?"), "k");
        FOLIO_VERIFY_OK(hits);
        QCOMPARE(*hits, QVariant(qint64(103)));
        changed = m_db->execute(
            QStringLiteral("INSERT INTO counters (key, hits) VALUES (?, 1), (?, 1) ON CONFLICT (key) DO NOTHING"), "k",
            "new");
        FOLIO_VERIFY_OK(changed);
        QCOMPARE(*changed, 1);
        auto excluded = m_db->scalar(QStringLiteral("INSERT INTO counters (key, hits) VALUES (?, ?) ON CONFLICT (key) "
                                                    "DO UPDATE SET hits = excluded.hits RETURNING hits"),
            "new", 9);
        FOLIO_VERIFY_OK(excluded);
        QCOMPARE(*excluded, QVariant(qint64(9)));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QVERIFY(!m_db->inTransaction());
        {
            auto tx = SqlTransaction::begin(*m_db);
            FOLIO_VERIFY_OK(tx);
            QVERIFY(m_db->inTransaction());
            FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "dropped"));
        }
        QVERIFY(!m_db->inTransaction());
        {
            auto tx = SqlTransaction::begin(*m_db);
            FOLIO_VERIFY_OK(tx);
            FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "kept"));
            FOLIO_VERIFY_OK(tx->commit());
            QVERIFY(!m_db->inTransaction());
        }
        auto names = rows(*m_db, QStringLiteral("SELECT name FROM things"), 1);
        FOLIO_VERIFY_OK(names);
        QCOMPARE(*names, (QList<QVariantList> { { QStringLiteral("kept") } }));
    }

    void constraintViolationIsAConflict()
    {
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "taken"));
        auto duplicate = m_db->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "taken");
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code(), Error::Code::Conflict);
        // The server's own words and the database's name, for the log and the user.
        const QString message = duplicate.error().message();
        QVERIFY2(message.contains(QLatin1String("UNIQUE constraint failed"), Qt::CaseInsensitive)
                || message.contains(QLatin1String("duplicate key value violates unique constraint")),
            qPrintable(message));
        QVERIFY2(message.contains(m_db->name()), qPrintable(message));
        if (isPostgres()) {
            QVERIFY2(duplicate.error().detail().contains(QLatin1String("SQLSTATE 23505")),
                qPrintable(duplicate.error().detail()));
        }
        QCOMPARE(m_db->lastError(QStringLiteral("x")).code(), Error::Code::Conflict);
        auto missing = m_db->execute(QStringLiteral("INSERT INTO counters (key) VALUES (?)"), "no hits");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::Conflict);

        // Inside a transaction: SQLite goes on after the failed statement; PostgreSQL aborts the transaction,
        // and then commit() must fail rather than report the earlier row saved.
        {
            auto tx = SqlTransaction::begin(*m_db);
            FOLIO_VERIFY_OK(tx);
            FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "before"));
            QVERIFY(!m_db->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "taken"));
            auto committed = tx->commit();
            QCOMPARE(bool(committed), !isPostgres());
        }
        QVERIFY(!m_db->inTransaction());
        auto before = m_db->scalar(QStringLiteral("SELECT count(*) FROM things WHERE name = 'before'"));
        FOLIO_VERIFY_OK(before);
        QCOMPARE(before->toLongLong(), isPostgres() ? 0 : 1);
    }

    void badStatementsFail()
    {
        // A syntax error: SQLite reports it from prepare, PostgreSQL (which prepares on first use) from next().
        auto syntax = m_db->query(QStringLiteral("SELEKT 1"));
        const Result<bool> ran = syntax ? syntax->next() : Result<bool>(std::unexpected(syntax.error()));
        QVERIFY(!ran);
        const Error error = ran.error();
        QCOMPARE(error.code(), Error::Code::Database);
        QVERIFY(error.detail().contains(QLatin1String("SELEKT")) || error.message().contains(QLatin1String("SELEKT")));
        // A value bound past the parameters fails the statement, not the process.
        auto extra = m_db->query(QStringLiteral("SELECT ?"), 1, 2);
        FOLIO_VERIFY_OK(extra);
        QVERIFY(!extra->next());
        // The connection is still usable afterwards.
        auto fine = m_db->scalar(QStringLiteral("SELECT ?"), 5);
        FOLIO_VERIFY_OK(fine);
        QCOMPARE(fine->toLongLong(), 5);
    }

    void scalarOnNoRowIsInvalid()
    {
        auto none = m_db->scalar(QStringLiteral("SELECT n FROM things WHERE name = ?"), "nobody");
        FOLIO_VERIFY_OK(none);
        QVERIFY(!none->isValid());
        auto stmt = m_db->query(QStringLiteral("SELECT n FROM things"));
        FOLIO_VERIFY_OK(stmt);
        auto row = stmt->next();
        FOLIO_VERIFY_OK(row);
        QVERIFY(!*row);
    }

    void twoConnectionsSeeCommittedRows()
    {
        auto other = SqlConnection::open(m_target);
        FOLIO_VERIFY_OK(other);
        SqlConnection &b = **other;
        auto tx = SqlTransaction::begin(*m_db);
        FOLIO_VERIFY_OK(tx);
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "shared"));
        auto seen = b.scalar(QStringLiteral("SELECT count(*) FROM things WHERE name = ?"), "shared");
        FOLIO_VERIFY_OK(seen);
        QCOMPARE(seen->toLongLong(), 0);
        FOLIO_VERIFY_OK(tx->commit());
        seen = b.scalar(QStringLiteral("SELECT count(*) FROM things WHERE name = ?"), "shared");
        FOLIO_VERIFY_OK(seen);
        QCOMPARE(seen->toLongLong(), 1);
        // And back: B's write is seen by A.
        FOLIO_VERIFY_OK(b.execute(QStringLiteral("UPDATE things SET n = ? WHERE name = ?"), 5, "shared"));
        auto n = m_db->scalar(QStringLiteral("SELECT n FROM things WHERE name = ?"), "shared");
        FOLIO_VERIFY_OK(n);
        QCOMPARE(*n, QVariant(qint64(5)));
    }

    // A writer waiting for another's lock fails Busy after the busy timeout on both back ends (SQLite at its
    // BEGIN IMMEDIATE, PostgreSQL at the row), rather than waiting forever.
    void waitingWriterGetsBusy()
    {
        FOLIO_VERIFY_OK(m_db->execute(QStringLiteral("INSERT INTO counters (key, hits) VALUES (?, 0)"), "k"));
        qputenv("FOLIO_BUSY_TIMEOUT_MS", "300");
        auto other = SqlConnection::open(m_target);
        qunsetenv("FOLIO_BUSY_TIMEOUT_MS");
        FOLIO_VERIFY_OK(other);
        SqlConnection &b = **other;
        const QString update = QStringLiteral("UPDATE counters SET hits = ? WHERE key = 'k'");
        auto tx = SqlTransaction::begin(*m_db);
        FOLIO_VERIFY_OK(tx);
        FOLIO_VERIFY_OK(m_db->execute(update, 1));

        QElapsedTimer clock;
        clock.start();
        const auto blocked = [&]() -> Result<void> {
            auto otherTx = SqlTransaction::begin(b);
            if (!otherTx) {
                return std::unexpected(otherTx.error());
            }
            if (auto ok = b.execute(update, 2); !ok) {
                return std::unexpected(ok.error());
            }
            return otherTx->commit();
        }();
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code(), Error::Code::Busy);
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!b.inTransaction());
        FOLIO_VERIFY_OK(tx->commit());
        auto hits = b.scalar(QStringLiteral("SELECT hits FROM counters WHERE key = 'k'"));
        FOLIO_VERIFY_OK(hits);
        QCOMPARE(*hits, QVariant(qint64(1)));
    }

    void statementsAreReusedAndNest()
    {
        const QString insert = QStringLiteral("INSERT INTO things (name, n) VALUES (?, ?)");
        // The same SQL with other value types (a NULL, then a number again) on one connection.
        FOLIO_VERIFY_OK(m_db->execute(insert, "one", 1));
        FOLIO_VERIFY_OK(m_db->execute(insert, "two", nullptr));
        FOLIO_VERIFY_OK(m_db->execute(insert, "three", 3));
        // A statement read while the same SQL runs again inside the loop.
        const QString select = QStringLiteral("SELECT name FROM things WHERE name <> ? ORDER BY id");
        auto outer = m_db->query(select, "-");
        FOLIO_VERIFY_OK(outer);
        int pairs = 0;
        QStringList innerErrors;
        FOLIO_VERIFY_OK(outer->forEach([&](SqlStatement &row) {
            auto inner = m_db->query(select, row.text(0));
            auto ok = inner ? inner->forEach([&](SqlStatement &) { ++pairs; })
                            : Result<void>(std::unexpected(inner.error()));
            if (!ok) {
                innerErrors << ok.error().toString();
            }
        }));
        QVERIFY2(innerErrors.isEmpty(), qPrintable(innerErrors.join(QLatin1Char('\n'))));
        QCOMPARE(pairs, 6);
    }

    void postgresByUnixSocketAndLostConnection()
    {
        if (!isPostgres()) {
            QSKIP("PostgreSQL only: a SQLite file has no socket and no connection to lose");
        }
        auto &server = Test::PostgresServer::shared();
        // libpq's key=value form (opened directly) and a URL whose host is the socket folder.
        auto bySocket = PostgresConnection::open(server.conninfo(QStringLiteral("tst_sqlconnection")));
        FOLIO_VERIFY_OK(bySocket);
        QCOMPARE((*bySocket)->serverVersion() / 10000, 15);
        auto byUrl = SqlConnection::open(QStringLiteral("postgresql://folio@/tst_sqlconnection?host=%1&port=%2")
                                             .arg(server.socketDirectory())
                                             .arg(server.port()));
        FOLIO_VERIFY_OK(byUrl);
        FOLIO_VERIFY_OK((*byUrl)->execute(QStringLiteral("INSERT INTO things (name) VALUES (?)"), "by socket"));
        auto seen = m_db->scalar(QStringLiteral("SELECT count(*) FROM things"));
        FOLIO_VERIFY_OK(seen);
        QCOMPARE(seen->toLongLong(), 1);

        // The server ends this connection (as a restart or failover would): the next call is an Io error.
        auto pid = m_db->scalar(QStringLiteral("SELECT pg_backend_pid()"));
        FOLIO_VERIFY_OK(pid);
        auto ended = (*bySocket)->scalar(
            QStringLiteral("SELECT pg_terminate_backend(?::integer, ?)"), pid->toLongLong(), qint64(5000));
        FOLIO_VERIFY_OK(ended);
        auto lost = m_db->scalar(QStringLiteral("SELECT count(*) FROM things"));
        QVERIFY(!lost);
        QCOMPARE(lost.error().code(), Error::Code::Io);
    }

    // Not a benchmark: prints what one connection does per second on each back end (the report's figures);
    // asserts only that every row arrived.
    void measuresRoundTrips()
    {
        QFETCH_GLOBAL(QString, backend);
        const int count = 5000;
        QElapsedTimer clock;
        clock.start();
        {
            auto tx = SqlTransaction::begin(*m_db);
            FOLIO_VERIFY_OK(tx);
            for (int i = 0; i < count; ++i) {
                FOLIO_VERIFY_OK(m_db->execute(
                    QStringLiteral("INSERT INTO things (name, n) VALUES (?, ?)"), QString::number(i), qint64(i)));
            }
            FOLIO_VERIFY_OK(tx->commit());
        }
        const double insertSeconds = clock.nsecsElapsed() / 1e9;
        clock.restart();
        qint64 total = 0;
        for (int i = 0; i < count; ++i) {
            auto n = m_db->scalar(QStringLiteral("SELECT n FROM things WHERE name = ?"), QString::number(i));
            FOLIO_VERIFY_OK(n);
            total += n->toLongLong();
        }
        const double selectSeconds = clock.nsecsElapsed() / 1e9;
        QCOMPARE(total, qint64(count) * (count - 1) / 2);
        qInfo("%s: %d prepared inserts in one transaction: %.0f/s; %d point selects by a unique text key: %.0f/s",
            qPrintable(backend), count, count / insertSeconds, count, count / selectSeconds);
    }
};

FOLIO_TEST(TestSqlConnection, "sqlconnection")
#include "tst_sqlconnection.moc"
