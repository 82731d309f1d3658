// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditlog.h"
#include "library/library.h"
#include "store/database.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Folio;

class TestAuditLog : public QObject
{
    Q_OBJECT

    enum HeadChange { KeepHead, RemoveHead, OverwriteHead };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<AuditLog> m_log;

    Database &db() { return m_library->database(); }

    static AuditEvent rename(const QString &item, const QString &oldTitle, const QString &newTitle)
    {
        return { QStringLiteral("item.rename"), QStringLiteral("item"), item, item, QStringLiteral("alice"),
            QJsonObject { { QStringLiteral("title"),
                QJsonObject { { QStringLiteral("old"), oldTitle }, { QStringLiteral("new"), newTitle } } } } };
    }

    // Appends EVENT in a transaction of its own, as a mutation would.
    static Result<qint64> appendCommitted(Database &database, AuditLog &log, const AuditEvent &event)
    {
        auto transaction = Transaction::begin(database);
        if (!transaction) {
            return std::unexpected(transaction.error());
        }
        auto seq = log.append(event);
        if (!seq) {
            return seq;
        }
        if (auto ok = transaction->commit(); !ok) {
            return std::unexpected(ok.error());
        }
        return seq;
    }

    Result<qint64> appendCommitted(const AuditEvent &event) { return appendCommitted(db(), *m_log, event); }

    QString storedText(const QString &sql)
    {
        auto stmt = db().prepare(sql);
        if (!stmt || !stmt->next().value_or(false)) {
            return QStringLiteral("<no row>");
        }
        return stmt->isNull(0) ? QStringLiteral("<null>") : stmt->text(0);
    }

    QByteArray headBytes() const
    {
        QFile file(m_log->headPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static qint64 headSeq(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return 0;
        }
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("seq")).toInteger(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto library = Library::open(m_dir->path(), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_library = std::move(*library);
        // Creating a library records its own event; these tests start from an empty log so that every
        // seq and count is the test's own.
        FOLIO_VERIFY_OK(db().exec(QStringLiteral("DELETE FROM audit_value; DELETE FROM audit_event;")));
        m_log = std::make_unique<AuditLog>(db(), m_dir->path());
        QVERIFY(!QFile::exists(m_log->headPath()) || QFile::remove(m_log->headPath()));
    }

    void cleanup()
    {
        m_log.reset();
        m_library.reset();
        m_dir.reset();
    }

    void chainsEventsAndPublishesTheHead()
    {
        const QString item = QStringLiteral("0190b3c4-0000-7000-8000-000000000001");
        const QString folder = QStringLiteral("0190b3c4-0000-7000-8000-000000000002");
        auto first = appendCommitted({ QStringLiteral("item.create"), QStringLiteral("item"), item, item,
            QStringLiteral("alice"), QJsonObject { { QStringLiteral("title"), "a" } } });
        FOLIO_VERIFY_OK(first);
        QCOMPARE(*first, 1);
        auto second = appendCommitted(rename(item, QStringLiteral("a"), QStringLiteral("b")));
        FOLIO_VERIFY_OK(second);
        QCOMPARE(*second, 2);
        auto third = appendCommitted({ QStringLiteral("folder.create"), QStringLiteral("folder"), folder, {},
            QStringLiteral("bob"), QJsonObject { { QStringLiteral("name"), "Invoices" } } });
        FOLIO_VERIFY_OK(third);
        QCOMPARE(*third, 3);
        QCOMPARE(m_log->count().value_or(-1), 3);

        QCOMPARE(storedText(QStringLiteral("SELECT prev_hash FROM audit_event WHERE seq = 1")), QString(64, u'0'));
        QCOMPARE(storedText(QStringLiteral("SELECT prev_hash FROM audit_event WHERE seq = 2")),
            storedText(QStringLiteral("SELECT hash FROM audit_event WHERE seq = 1")));
        QCOMPARE(
            storedText(QStringLiteral("SELECT item_uuid FROM audit_event WHERE seq = 3")), QStringLiteral("<null>"));
        QCOMPARE(storedText(QStringLiteral("SELECT values_json FROM audit_value WHERE event_seq = 2")),
            QStringLiteral(R"({"title":{"new":"b","old":"a"}})"));
        QCOMPARE(storedText(QStringLiteral("SELECT length(salt) FROM audit_value WHERE event_seq = 2")),
            QStringLiteral("32"));

        QVERIFY(!QFile::exists(m_log->headPath()));
        FOLIO_VERIFY_OK(m_log->publishHead());
        const QJsonObject head = QJsonDocument::fromJson(headBytes()).object();
        QCOMPARE(head.value(QStringLiteral("seq")).toInteger(), 3);
        QCOMPARE(head.value(QStringLiteral("hash")).toString(),
            storedText(QStringLiteral("SELECT hash FROM audit_event WHERE seq = 3")));

        auto report = m_log->verify();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->events, 3);
        QCOMPARE(report->firstBadSeq, 0);
        QVERIFY(report->problem.isEmpty());

        auto history = m_log->history(item);
        FOLIO_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        const AuditRecord &renamed = history->at(1);
        QCOMPARE(renamed.seq, 2);
        QCOMPARE(renamed.action, QStringLiteral("item.rename"));
        QCOMPARE(renamed.entityKind, QStringLiteral("item"));
        QCOMPARE(renamed.entityUuid, item);
        QCOMPARE(renamed.itemUuid, item);
        QCOMPARE(renamed.actor, QStringLiteral("alice"));
        QVERIFY(!renamed.uuid.isEmpty());
        QVERIFY(renamed.at.endsWith(u'Z'));
        QVERIFY(!renamed.redacted);
        QVERIFY(renamed.values.has_value());
        QCOMPARE(*renamed.values, rename(item, QStringLiteral("a"), QStringLiteral("b")).values);

        auto folderHistory = m_log->history(folder);
        FOLIO_VERIFY_OK(folderHistory);
        QCOMPARE(folderHistory->size(), 1);
        QCOMPARE(folderHistory->at(0).seq, 3);
        QVERIFY(folderHistory->at(0).itemUuid.isEmpty());
    }

    void historyFindsEventsByItemOrEntity()
    {
        const QString item = QStringLiteral("0190b3c4-0000-7000-8000-00000000000a");
        const QString version = QStringLiteral("0190b3c4-0000-7000-8000-00000000000b");
        FOLIO_VERIFY_OK(appendCommitted(rename(item, QStringLiteral("a"), QStringLiteral("b"))));
        FOLIO_VERIFY_OK(appendCommitted({ QStringLiteral("version.add"), QStringLiteral("version"), version, item,
            QStringLiteral("alice"), QJsonObject { { QStringLiteral("number"), 2 } } }));
        FOLIO_VERIFY_OK(appendCommitted(
            rename(QStringLiteral("0190b3c4-0000-7000-8000-00000000000c"), QStringLiteral("x"), QStringLiteral("y"))));
        QCOMPARE(m_log->history(item).value_or(QList<AuditRecord>()).size(), 2);
        auto byVersion = m_log->history(version);
        FOLIO_VERIFY_OK(byVersion);
        QCOMPARE(byVersion->size(), 1);
        QCOMPARE(byVersion->at(0).seq, 2);
        QCOMPARE(m_log->history(QStringLiteral("0190b3c4-0000-7000-8000-0000000000ff"))
                     .value_or(QList<AuditRecord> { AuditRecord {} })
                     .size(),
            0);
    }

    void emptyLogVerifiesAndPublishesNothing()
    {
        FOLIO_VERIFY_OK(m_log->publishHead());
        QVERIFY(!QFile::exists(m_log->headPath()));
        auto report = m_log->verify();
        FOLIO_VERIFY_OK(report);
        QVERIFY(report->ok);
        QCOMPARE(report->events, 0);
    }

    void appendOutsideATransactionFails()
    {
        auto seq = m_log->append(
            rename(QStringLiteral("0190b3c4-0000-7000-8000-000000000001"), QStringLiteral("a"), QStringLiteral("b")));
        QVERIFY(!seq);
        QCOMPARE(seq.error().code(), Error::Code::InvalidArgument);
        QVERIFY(seq.error().message().contains(QStringLiteral("item.rename")));
        QVERIFY(seq.error().message().contains(QStringLiteral("transaction")));
        QCOMPARE(m_log->count().value_or(-1), 0);
    }

    void appendRequiresWhatAndWho_data()
    {
        QTest::addColumn<AuditEvent>("event");
        const QString item = QStringLiteral("0190b3c4-0000-7000-8000-000000000001");
        const QString actor = QStringLiteral("alice");
        QTest::newRow("no action") << AuditEvent { {}, QStringLiteral("item"), item, item, actor, {} };
        QTest::newRow("no entity kind") << AuditEvent { QStringLiteral("item.create"), {}, item, item, actor, {} };
        QTest::newRow("no entity") << AuditEvent { QStringLiteral("item.create"), QStringLiteral("item"), {}, item,
            actor, {} };
        QTest::newRow("no actor") << AuditEvent { QStringLiteral("item.create"), QStringLiteral("item"), item, item, {},
            {} };
    }

    void appendRequiresWhatAndWho()
    {
        QFETCH(AuditEvent, event);
        auto seq = appendCommitted(event);
        QVERIFY(!seq);
        QCOMPARE(seq.error().code(), Error::Code::InvalidArgument);
        QCOMPARE(m_log->count().value_or(-1), 0);
    }

    void rolledBackAppendLeavesNoEvent()
    {
        {
            auto transaction = Transaction::begin(db());
            FOLIO_VERIFY_OK(transaction);
            FOLIO_VERIFY_OK(m_log->append(rename(
                QStringLiteral("0190b3c4-0000-7000-8000-000000000001"), QStringLiteral("a"), QStringLiteral("b"))));
        }
        QCOMPARE(m_log->count().value_or(-1), 0);
        auto seq = appendCommitted(
            rename(QStringLiteral("0190b3c4-0000-7000-8000-000000000001"), QStringLiteral("a"), QStringLiteral("c")));
        FOLIO_VERIFY_OK(seq);
        QCOMPARE(*seq, 1);
    }

    void publishInsideATransactionFails()
    {
        FOLIO_VERIFY_OK(appendCommitted(
            rename(QStringLiteral("0190b3c4-0000-7000-8000-000000000001"), QStringLiteral("a"), QStringLiteral("b"))));
        auto transaction = Transaction::begin(db());
        FOLIO_VERIFY_OK(transaction);
        auto published = m_log->publishHead();
        QVERIFY(!published);
        QCOMPARE(published.error().code(), Error::Code::InvalidArgument);
        QVERIFY(!QFile::exists(m_log->headPath()));
    }

    // A crash between commit and publishHead(), or another process between its commit and its publish,
    // leaves the head behind the log: not a problem.
    void eventsBeyondTheHeadAreFine()
    {
        const QString item = QStringLiteral("0190b3c4-0000-7000-8000-000000000001");
        FOLIO_VERIFY_OK(appendCommitted(rename(item, QStringLiteral("a"), QStringLiteral("b"))));
        FOLIO_VERIFY_OK(appendCommitted(rename(item, QStringLiteral("b"), QStringLiteral("c"))));
        FOLIO_VERIFY_OK(m_log->publishHead());
        FOLIO_VERIFY_OK(appendCommitted(rename(item, QStringLiteral("c"), QStringLiteral("d"))));
        auto report = m_log->verify();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->events, 3);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("headChange");
        QTest::addColumn<QByteArray>("newHead");
        QTest::addColumn<qint64>("firstBadSeq");
        QTest::addColumn<QString>("problem"); // <head> stands for the head file's path

        auto remove = [](int seq) {
            return QStringLiteral(
                "DELETE FROM audit_value WHERE event_seq = %1; DELETE FROM audit_event WHERE seq = %1;")
                .arg(seq);
        };

        QTest::newRow("edited action") << QStringLiteral("UPDATE audit_event SET action = 'item.view' WHERE seq = 5")
                                       << int(KeepHead) << QByteArray() << qint64(5)
                                       << QStringLiteral(
                                              "audit event 5 was altered: its hash does not match its content");
        QTest::newRow("edited time") << QStringLiteral(
            "UPDATE audit_event SET at = '2000-01-01T00:00:00.000Z' WHERE seq = 8")
                                     << int(KeepHead) << QByteArray() << qint64(8)
                                     << QStringLiteral(
                                            "audit event 8 was altered: its hash does not match its content");
        QTest::newRow("edited value") << QStringLiteral(
            R"(UPDATE audit_value SET values_json = '{"title":{"new":"forged","old":"title 3"}}' )"
            "WHERE event_seq = 4") << int(KeepHead)
                                      << QByteArray() << qint64(4)
                                      << QStringLiteral("the recorded values of audit event 4 were altered");
        QTest::newRow("values removed without redaction")
            << QStringLiteral("UPDATE audit_value SET values_json = NULL WHERE event_seq = 3") << int(KeepHead)
            << QByteArray() << qint64(3)
            << QStringLiteral("the recorded values of audit event 3 were removed without being redacted");
        QTest::newRow("deleted middle event")
            << remove(6) << int(KeepHead) << QByteArray() << qint64(7)
            << QStringLiteral("audit event 7 does not follow event 5: an event was removed or reordered");
        QTest::newRow("swapped events")
            << QStringLiteral(
                   "CREATE TEMP TABLE swap_event AS SELECT * FROM audit_event WHERE seq IN (4, 5);"
                   "CREATE TEMP TABLE swap_value AS SELECT * FROM audit_value WHERE event_seq IN (4, 5);"
                   "DELETE FROM audit_value WHERE event_seq IN (4, 5);"
                   "DELETE FROM audit_event WHERE seq IN (4, 5);"
                   "INSERT INTO audit_event SELECT 9 - seq, uuid, at, actor, action, entity_kind, entity_uuid, "
                   "item_uuid, digest, prev_hash, hash FROM swap_event;"
                   "INSERT INTO audit_value SELECT 9 - event_seq, salt, values_json, redacted_at FROM swap_value;"
                   "DROP TABLE swap_event; DROP TABLE swap_value;")
            << int(KeepHead) << QByteArray() << qint64(4)
            << QStringLiteral("audit event 4 does not follow event 3: an event was removed or reordered");
        QTest::newRow("deleted first event")
            << remove(1) << int(KeepHead) << QByteArray() << qint64(2)
            << QStringLiteral("the audit log starts at event 2 instead of event 1: its first events were removed");
        QTest::newRow("deleted first event and renumbered")
            << remove(1)
                + QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE audit_event SET seq = seq - 1; "
                                 "UPDATE audit_value SET event_seq = event_seq - 1; PRAGMA foreign_keys = ON;")
            << int(KeepHead) << QByteArray() << qint64(1)
            << QStringLiteral("audit event 1 does not start the chain: earlier events were removed or the events were "
                              "reordered");
        QTest::newRow("deleted newest events")
            << remove(10) + remove(9) << int(KeepHead) << QByteArray() << qint64(9)
            << QStringLiteral("the newest audit events were removed: the head records event 10 but the log ends at "
                              "event 8");
        QTest::newRow("deleted all events")
            << QStringLiteral("DELETE FROM audit_value; DELETE FROM audit_event;") << int(KeepHead) << QByteArray()
            << qint64(1)
            << QStringLiteral("the audit events were removed: the head records event 10 but the log is empty");
        QTest::newRow("deleted newest events and the head")
            << remove(10) + remove(9) << int(RemoveHead) << QByteArray() << qint64(0)
            << QStringLiteral("the audit head <head> is missing although the log reaches event 8: the newest events "
                              "may have been removed");
        QTest::newRow("head records another hash")
            << QString() << int(OverwriteHead)
            << QByteArray(R"({"hash":")") + QByteArray(64, 'a') + QByteArray(R"(","seq":7})") << qint64(7)
            << QStringLiteral("audit event 7 is not the one the audit head recorded: the log was rewritten");
        QTest::newRow("head not JSON") << QString() << int(OverwriteHead) << QByteArray("seq=10") << qint64(0)
                                       << QStringLiteral("the audit head <head> is damaged: it is not a JSON object");
        QTest::newRow("head without a hash")
            << QString() << int(OverwriteHead) << QByteArray(R"({"seq":10})") << qint64(0)
            << QStringLiteral("the audit head <head> is damaged: it does not name an event and its hash");
        // The chain is checked before the head: the first problem in the log is the one reported.
        QTest::newRow("edited event and damaged head")
            << QStringLiteral("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2") << int(OverwriteHead)
            << QByteArray("{}") << qint64(2)
            << QStringLiteral("audit event 2 was altered: its hash does not match its content");
    }

    void detectsTampering()
    {
        QFETCH(QString, sql);
        QFETCH(int, headChange);
        QFETCH(QByteArray, newHead);
        QFETCH(qint64, firstBadSeq);
        QFETCH(QString, problem);

        const QStringList items { QStringLiteral("0190b3c4-0000-7000-8000-000000000001"),
            QStringLiteral("0190b3c4-0000-7000-8000-000000000002") };
        for (int i = 1; i <= 10; ++i) {
            FOLIO_VERIFY_OK(appendCommitted(
                rename(items.at(i % 2), QStringLiteral("title %1").arg(i - 1), QStringLiteral("title %1").arg(i))));
        }
        FOLIO_VERIFY_OK(m_log->publishHead());
        auto before = m_log->verify();
        FOLIO_VERIFY_OK(before);
        QVERIFY2(before->ok, qPrintable(before->problem));

        if (!sql.isEmpty()) {
            FOLIO_VERIFY_OK(db().exec(sql));
        }
        if (headChange == RemoveHead) {
            QVERIFY(QFile::remove(m_log->headPath()));
        } else if (headChange == OverwriteHead) {
            QFile file(m_log->headPath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(newHead), newHead.size());
        }

        auto report = m_log->verify();
        FOLIO_VERIFY_OK(report);
        QVERIFY(!report->ok);
        QCOMPARE(report->problem, QString(problem).replace(QStringLiteral("<head>"), m_log->headPath()));
        QCOMPARE(report->firstBadSeq, firstBadSeq);
    }

    void redactionKeepsTheChainValid()
    {
        const QString secret = QStringLiteral("0190b3c4-0000-7000-8000-000000000001");
        const QString other = QStringLiteral("0190b3c4-0000-7000-8000-000000000002");
        FOLIO_VERIFY_OK(appendCommitted({ QStringLiteral("item.create"), QStringLiteral("item"), secret, secret,
            QStringLiteral("alice"), QJsonObject { { QStringLiteral("title"), "salary" } } }));
        FOLIO_VERIFY_OK(appendCommitted(rename(other, QStringLiteral("a"), QStringLiteral("b"))));
        FOLIO_VERIFY_OK(appendCommitted(rename(secret, QStringLiteral("salary"), QStringLiteral("salary 2027"))));
        FOLIO_VERIFY_OK(m_log->publishHead());

        {
            auto transaction = Transaction::begin(db());
            FOLIO_VERIFY_OK(transaction);
            auto redacted = m_log->redactItem(secret);
            FOLIO_VERIFY_OK(redacted);
            QCOMPARE(*redacted, 2);
            FOLIO_VERIFY_OK(transaction->commit());
        }

        auto report = m_log->verify();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->events, 3);

        auto history = m_log->history(secret);
        FOLIO_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        for (const AuditRecord &record : std::as_const(*history)) {
            QVERIFY(record.redacted);
            QVERIFY(!record.values);
            QCOMPARE(record.action.isEmpty(), false);
        }
        QCOMPARE(
            storedText(QStringLiteral("SELECT count(*) FROM audit_value WHERE salt IS NULL AND values_json IS NULL "
                                      "AND redacted_at IS NOT NULL")),
            QStringLiteral("2"));

        auto kept = m_log->history(other);
        FOLIO_VERIFY_OK(kept);
        QCOMPARE(kept->size(), 1);
        QVERIFY(!kept->at(0).redacted);
        QVERIFY(kept->at(0).values);

        // Redacting again finds nothing left to redact.
        auto transaction = Transaction::begin(db());
        FOLIO_VERIFY_OK(transaction);
        QCOMPARE(m_log->redactItem(secret).value_or(-1), 0);
    }

    void redactOutsideATransactionFails()
    {
        const QString item = QStringLiteral("0190b3c4-0000-7000-8000-000000000001");
        FOLIO_VERIFY_OK(appendCommitted(rename(item, QStringLiteral("a"), QStringLiteral("b"))));
        auto redacted = m_log->redactItem(item);
        QVERIFY(!redacted);
        QCOMPARE(redacted.error().code(), Error::Code::InvalidArgument);
        QVERIFY(m_log->history(item).value_or(QList<AuditRecord> { AuditRecord {} }).at(0).values);
    }

    void publishHeadNeverMovesBackwards()
    {
        const QString item = QStringLiteral("0190b3c4-0000-7000-8000-000000000001");
        FOLIO_VERIFY_OK(appendCommitted(rename(item, QStringLiteral("a"), QStringLiteral("b"))));
        FOLIO_VERIFY_OK(appendCommitted(rename(item, QStringLiteral("b"), QStringLiteral("c"))));
        FOLIO_VERIFY_OK(m_log->publishHead());
        QCOMPARE(headSeq(m_log->headPath()), 2);

        // A second writer, with its own connection, as another process would have.
        auto otherLibrary = Library::open(m_dir->path(), Library::OpenMode::Existing);
        FOLIO_VERIFY_OK(otherLibrary);
        AuditLog other((*otherLibrary)->database(), m_dir->path());
        for (int i = 0; i < 3; ++i) {
            FOLIO_VERIFY_OK(appendCommitted(
                (*otherLibrary)->database(), other, rename(item, QStringLiteral("x"), QStringLiteral("y"))));
        }
        FOLIO_VERIFY_OK(other.publishHead());
        QCOMPARE(headSeq(m_log->headPath()), 5);
        const QByteArray published = headBytes();

        FOLIO_VERIFY_OK(m_log->publishHead());
        QCOMPARE(headBytes(), published);

        // A head already ahead of what this connection sees (a faster writer) is left alone.
        const QByteArray ahead = QByteArray(R"({"hash":")") + QByteArray(64, 'b') + QByteArray(R"(","seq":99})");
        QVERIFY(QFile::remove(m_log->headPath()));
        QFile file(m_log->headPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(ahead), ahead.size());
        file.close();
        FOLIO_VERIFY_OK(m_log->publishHead());
        QCOMPARE(headBytes(), ahead);
    }

    void publishHeadKeepsADamagedHead()
    {
        FOLIO_VERIFY_OK(appendCommitted(
            rename(QStringLiteral("0190b3c4-0000-7000-8000-000000000001"), QStringLiteral("a"), QStringLiteral("b"))));
        QFile file(m_log->headPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("garbage"), 7);
        file.close();
        auto published = m_log->publishHead();
        QVERIFY(!published);
        QCOMPARE(published.error().code(), Error::Code::Corrupt);
        QVERIFY(published.error().message().contains(m_log->headPath()));
        QCOMPARE(headBytes(), QByteArray("garbage"));
    }

    // Several writers (threads here, processes in real use) append and publish at once: one unbroken
    // chain, and a head that only moves forward and ends at the newest event.
    void concurrentWritersKeepOneChain()
    {
        constexpr int writers = 4;
        constexpr int eventsEach = 15;
        const QString path = m_dir->path();
        std::atomic<bool> done { false };
        std::atomic<int> finished { 0 };
        std::vector<QString> failures(writers);
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([&, w] {
                auto library = Library::open(path, Library::OpenMode::Existing);
                if (!library) {
                    failures[w] = library.error().toString();
                } else {
                    AuditLog log((*library)->database(), path);
                    for (int i = 0; i < eventsEach && failures[w].isEmpty(); ++i) {
                        const QString item = QStringLiteral("0190b3c4-0000-7000-8000-00000000000%1").arg(w);
                        if (auto seq = appendCommitted(
                                (*library)->database(), log, rename(item, QString::number(i), QString::number(i + 1)));
                            !seq) {
                            failures[w] = seq.error().toString();
                        } else if (auto ok = log.publishHead(); !ok) {
                            failures[w] = ok.error().toString();
                        }
                    }
                }
                if (++finished == writers) {
                    done = true;
                }
            });
        }
        qint64 lastSeen = 0;
        bool wentBackwards = false;
        while (!done) {
            const qint64 seen = headSeq(m_log->headPath());
            wentBackwards |= seen < lastSeen;
            lastSeen = std::max(lastSeen, seen);
            std::this_thread::yield();
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        for (const QString &failure : failures) {
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        QVERIFY(!wentBackwards);
        QCOMPARE(headSeq(m_log->headPath()), writers * eventsEach);
        auto report = m_log->verify();
        FOLIO_VERIFY_OK(report);
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->events, writers * eventsEach);
    }
};

FOLIO_TEST(TestAuditLog, "auditlog")
#include "tst_auditlog.moc"
