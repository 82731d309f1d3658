// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A shared library opened in-process (no HTTP) on SQLite (a temporary folder) or PostgreSQL (a fresh
// database): the store (which migrates it), users as asked and a LibraryService, with shorthands to apply ops and read
// the feed. For the tests of ops, conflicts, permissions and the change feed (tst_libraryops,
// tst_libraryaccess).

#include "domain/ids.h"
#include "library/libraryservice.h"
#include "postgresserver.h"
#include "store/serverstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace LibraryTestFixture {

using namespace Folio;
using namespace Folio::Server;

class SharedLibrary
{
public:
    // BACKEND "sqlite" (foliod.db in a temporary folder) or "postgres" (a fresh database on the test run's
    // throwaway PostgreSQL; check skipReason() first).
    explicit SharedLibrary(const QString &backend = QStringLiteral("sqlite"))
    {
        QString database = QDir(m_dir.path()).filePath(QStringLiteral("foliod.db"));
        if (backend == QLatin1String("postgres")) {
            auto &postgres = Test::PostgresServer::shared();
            static int serial = 0;
            const QString name = QStringLiteral("library_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
            QVERIFY2(postgres.start() && postgres.createDatabase(name), qPrintable(postgres.failure()));
            database = postgres.url(name);
        }
        auto store = ServerStore::open(database, m_dir.path());
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        m_store = std::move(*store);
        auto library = LibraryService::open(database, m_dir.path());
        QVERIFY2(library, qPrintable(library ? QString() : library.error().toString()));
        m_library = std::move(*library);
    }

    // Why BACKEND cannot run here (PostgreSQL as root), or empty.
    static QString skipReason(const QString &backend)
    {
        return backend == QLatin1String("postgres") ? Test::PostgresServer::shared().skipReason() : QString();
    }

    bool ok() const { return m_library != nullptr; }
    LibraryService &service() { return *m_library; }
    ServerStore &store() { return *m_store; }

    // A user NAME with ROLE (no usable password: these tests never sign in).
    Caller user(const QString &name, const QString &role)
    {
        auto added = m_store->addUser(name, role, QStringLiteral("$argon2id$unused"), QStringLiteral("test"));
        if (!added) {
            qWarning("%s", qPrintable(added.error().toString()));
            return {};
        }
        auto caller = m_library->caller(added->uuid);
        return caller ? *caller : Caller {};
    }

    // Applies OPS as CALLER; an empty list when the batch failed (with a warning).
    QList<OpResult> apply(const Caller &caller, const QList<Op> &ops)
    {
        auto results = m_library->applyOps(caller, ops);
        if (!results) {
            qWarning("%s", qPrintable(results.error().toString()));
            return {};
        }
        return *results;
    }
    OpResult apply(const Caller &caller, const Op &op)
    {
        const auto results = apply(caller, QList<Op> { op });
        return results.isEmpty() ? OpResult {} : results.first();
    }

    // Every change CALLER may see after SINCE, all pages.
    QJsonArray changes(const Caller &caller, qint64 since = 0, int limit = 500)
    {
        QJsonArray all;
        for (;;) {
            auto page = m_library->changes(caller, since, limit);
            if (!page) {
                qWarning("%s", qPrintable(page.error().toString()));
                return all;
            }
            const QJsonArray changes = page->changesJson();
            for (const auto &change : changes) {
                all.append(change);
            }
            since = page->next;
            if (!page->more) {
                return all;
            }
        }
    }

    // The uuids of entities of KIND in CHANGES with CHANGE ("upsert", "delete", "access-lost").
    static QStringList uuids(const QJsonArray &changes, const QString &kind, const QString &change)
    {
        QStringList out;
        for (const auto &value : changes) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("kind")).toString() == kind
                && entry.value(QStringLiteral("change")).toString() == change) {
                out.append(entry.value(QStringLiteral("uuid")).toString());
            }
        }
        return out;
    }

    qint64 head()
    {
        auto page = m_library->state(admin(), QStringLiteral("collections"), 0, 1);
        return page ? page->cursor : -1;
    }

    Caller admin()
    {
        if (m_admin.userId == 0) {
            m_admin = user(QStringLiteral("root-admin"), QStringLiteral("admin"));
        }
        return m_admin;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<LibraryService> m_library;
    Caller m_admin;
};

inline Op op(const QString &kind, const QString &entity, const QJsonObject &fields = {}, qint64 base = 0)
{
    return Op { Ids::newUuid(), kind, entity, base, fields };
}

// For initTestCase_data(): every test function runs on SQLite and on PostgreSQL.
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

} // namespace LibraryTestFixture

// A SharedLibrary NAME on the backend of the current global data row (skipped where it cannot run).
#define FOLIO_SHARED_LIBRARY(name)                                                                                     \
    QFETCH_GLOBAL(QString, backend);                                                                                   \
    if (const QString reason = LibraryTestFixture::SharedLibrary::skipReason(backend); !reason.isEmpty()) {            \
        QSKIP(qPrintable(reason));                                                                                     \
    }                                                                                                                  \
    LibraryTestFixture::SharedLibrary name(backend);                                                                   \
    QVERIFY(name.ok())
