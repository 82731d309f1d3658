// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization matrix (issue 10), generated from foliod's route registry: every route that answers
// about the library or its blobs is tried by every role on an item of each kind — one in a folder granted to
// the caller, one in a folder with only the role's defaults, a confidential one without an item grant, and
// one the caller created — against a real foliod, and the answer is compared with what the permission rules
// say (an oracle written out here, apart from the server's code). A hidden item must be answered exactly as
// a missing one. Every route must declare its access, and every library route must have a probe here:
// a route added without either fails this test.

#include "foliodadminhelpers.h"
#include "foliodprocess.h"
#include "http/metrics.h"
#include "http/routetable.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// Everything, the test class too, lives in this namespace: the tests of a module are one unity build, where
// a file-scope using-directive would leak into the files after it.
namespace TestAuthzMatrixHelpers {

using namespace Folio;
using namespace FoliodAdminTestHelpers;

using Server::Http::RouteAccess;

const QStringList roles { QStringLiteral("admin"), QStringLiteral("librarian"), QStringLiteral("editor"),
    QStringLiteral("approver"), QStringLiteral("reviewer"), QStringLiteral("viewer"), QStringLiteral("external") };
const QStringList situations { QStringLiteral("granted"), QStringLiteral("ungranted"), QStringLiteral("confidential"),
    QStringLiteral("own") };

enum Bits { R = 1, W = 2, D = 4, A = 8, S = 16, X = 32 };

// The rules as docs/SERVER.md states them, written out independently of server/library/permissions.cpp.
int ceiling(const QString &role)
{
    static const QMap<QString, int> table { { QStringLiteral("admin"), R | W | D | A | S | X },
        { QStringLiteral("librarian"), R | W | D | A | S }, { QStringLiteral("editor"), R | W | D | S },
        { QStringLiteral("approver"), R | W | A }, { QStringLiteral("reviewer"), R }, { QStringLiteral("viewer"), R },
        { QStringLiteral("external"), R | W } };
    return table.value(role);
}

int defaults(const QString &role)
{
    static const QMap<QString, int> table { { QStringLiteral("admin"), R | W | D | A | S | X },
        { QStringLiteral("librarian"), R | W | D | A | S }, { QStringLiteral("editor"), R | W | D },
        { QStringLiteral("approver"), R | A }, { QStringLiteral("reviewer"), R }, { QStringLiteral("viewer"), R },
        { QStringLiteral("external"), 0 } };
    return table.value(role);
}

bool mayCreate(const QString &role)
{
    return (ceiling(role) & W) != 0;
}

int expected(const QString &role, const QString &situation)
{
    if (role == QLatin1String("admin")) {
        return ceiling(role);
    }
    const int granted = R | W | D; // what initTestCase grants every user on /Granted
    if (situation == QLatin1String("granted")) {
        return (defaults(role) | granted) & ceiling(role);
    }
    if (situation == QLatin1String("ungranted")) {
        return defaults(role) & ceiling(role);
    }
    if (situation == QLatin1String("confidential")) {
        return 0; // no item grant
    }
    return (R | W | D) & ceiling(role); // own
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject op(const QString &kind, const QString &entity, const QJsonObject &fields)
{
    return { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("kind"), kind }, { QStringLiteral("entity"), entity }, { QStringLiteral("fields"), fields } };
}

QString newId()
{
    // Version 4 ids are fine for the server: it checks the form, not the version.
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Reply postOps(quint16 port, const QByteArray &token, const QJsonArray &ops)
{
    return request(port, "POST", "/api/v1/ops", json({ { QStringLiteral("ops"), ops } }), token);
}

struct Target
{
    QString item;
    QString sha256;
};

class TestAuthzMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Test::FoliodProcess> m_server;
    QMap<QString, QByteArray> m_tokens;
    QMap<QString, Target> m_shared; // situation → item of the admin's
    QMap<QString, Target> m_own; // role → the item that role created
    QByteArray m_missingItemBody;

    static QString password(const QString &role) { return QStringLiteral("pass of ") + role; }

    bool start()
    {
        m_server = std::make_unique<Test::FoliodProcess>(m_dir.path());
        if (!m_server->start()) {
            qWarning("%s", qPrintable(m_server->failure()));
            return false;
        }
        return true;
    }

    // Creates an item in FOLDER with a version of BLOB as TOKEN's user; the op results' statuses.
    QStringList createItem(const QByteArray &token, const QString &item, const QString &folder,
        const QString &classification, const QByteArray &blob)
    {
        upload(m_server->port(), token, { blob });
        const Reply reply = postOps(m_server->port(), token,
            QJsonArray {
                op(QStringLiteral("item.create"), item,
                    { { QStringLiteral("folder"), folder }, { QStringLiteral("classification"), classification },
                        { QStringLiteral("title"), QStringLiteral("matrix item") } }),
                op(QStringLiteral("version.add"), newId(),
                    { { QStringLiteral("item"), item }, { QStringLiteral("sha256"), sha256Of(blob) },
                        { QStringLiteral("size"), double(blob.size()) },
                        { QStringLiteral("filename"), QStringLiteral("file.bin") } }) });
        QStringList statuses;
        for (const auto &result : reply.json().value(QStringLiteral("results")).toArray()) {
            statuses << result.toObject().value(QStringLiteral("status")).toString() + QLatin1Char(' ')
                    + result.toObject().value(QStringLiteral("code")).toString();
        }
        return statuses;
    }

    Target target(const QString &role, const QString &situation) const
    {
        return situation == QLatin1String("own") ? m_own.value(role) : m_shared.value(situation);
    }

    // What the route answers for ROLE on ITEM/SHA as "read" (it saw it), "write" (it changed it) or "hidden".
    // An empty string when the route has no probe.
    QString probe(const QByteArray &method, const QString &pattern, const QString &role, const Target &item)
    {
        const quint16 port = m_server->port();
        const QByteArray token = m_tokens[role];
        const QByteArray operation = method + ' ' + pattern.toLatin1();
        if (operation == "GET /api/v1/items/{uuid}") {
            const Reply reply = request(port, "GET", "/api/v1/items/" + item.item.toLatin1(), {}, token);
            if (reply.status == 200) {
                return QStringLiteral("read");
            }
            if (reply.status != 404 || reply.body != m_missingItemBody) {
                return QStringLiteral("leaky %1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
            }
            return QStringLiteral("hidden");
        }
        if (operation == "GET /api/v1/state/{kind}" || operation == "GET /api/v1/changes") {
            const QByteArray path
                = operation.endsWith("changes") ? "/api/v1/changes?limit=1000" : "/api/v1/state/items?limit=1000";
            const Reply reply = request(port, "GET", path, {}, token);
            const QJsonArray list
                = reply.json()
                      .value(operation.endsWith("changes") ? QStringLiteral("changes") : QStringLiteral("entries"))
                      .toArray();
            for (const auto &entry : list) {
                const QJsonObject object = entry.toObject();
                const QString uuid = object.contains(QStringLiteral("state"))
                    ? object.value(QStringLiteral("state")).toObject().value(QStringLiteral("uuid")).toString()
                    : object.value(QStringLiteral("uuid")).toString();
                if (uuid == item.item) {
                    return QStringLiteral("read");
                }
            }
            return reply.status == 200 ? QStringLiteral("hidden") : QStringLiteral("status %1").arg(reply.status);
        }
        if (operation == "POST /api/v1/ops") {
            // Writing the title it already has would change nothing: write a new one.
            const Reply reply = postOps(port, token,
                QJsonArray { op(QStringLiteral("item.update"), item.item, { { QStringLiteral("title"), newId() } }) });
            const QJsonObject result = reply.json().value(QStringLiteral("results")).toArray().first().toObject();
            const QString status = result.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("applied") || status == QLatin1String("merged")) {
                return QStringLiteral("write");
            }
            const QString code = result.value(QStringLiteral("code")).toString();
            if (code == QLatin1String("forbidden")) {
                return QStringLiteral("read");
            }
            const Reply missing = postOps(port, token,
                QJsonArray { op(QStringLiteral("item.update"), newId(), { { QStringLiteral("title"), newId() } }) });
            const QJsonObject missingResult
                = missing.json().value(QStringLiteral("results")).toArray().first().toObject();
            if (code != missingResult.value(QStringLiteral("code")).toString()
                || result.value(QStringLiteral("reason")) != missingResult.value(QStringLiteral("reason"))) {
                return QStringLiteral("leaky ") + QString::fromUtf8(reply.body);
            }
            return QStringLiteral("hidden");
        }
        if (operation == "GET /api/v1/blobs/{sha256}") {
            const Reply reply = request(port, "GET", "/api/v1/blobs/" + item.sha256.toLatin1(), {}, token);
            const Reply missing = request(port, "GET", "/api/v1/blobs/" + QByteArray(64, 'f'), {}, token);
            if (reply.status == 200) {
                return QStringLiteral("read");
            }
            return reply.status == 404 && reply.body == missing.body ? QStringLiteral("hidden")
                                                                     : QStringLiteral("leaky %1").arg(reply.status);
        }
        if (operation == "POST /api/v1/blobs/exists") {
            const Reply reply = request(port, "POST", "/api/v1/blobs/exists",
                json({ { QStringLiteral("sha256"), QJsonArray { item.sha256 } } }), token);
            return reply.json().value(QStringLiteral("present")).toArray().contains(item.sha256)
                ? QStringLiteral("read")
                : QStringLiteral("hidden");
        }
        return {};
    }

    // What ROUTE should answer for PERMS.
    static QString oracle(RouteAccess access, int perms)
    {
        if (access == RouteAccess::LibraryWrite) {
            return (perms & W) ? QStringLiteral("write")
                : (perms & R)  ? QStringLiteral("read")
                               : QStringLiteral("hidden");
        }
        return (perms & R) ? QStringLiteral("read") : QStringLiteral("hidden");
    }

    static std::vector<Server::Http::Route> registry()
    {
        Server::Http::Metrics metrics;
        Server::Http::Router router;
        Server::Http::addRoutes(router, Server::Http::RouteContext { &metrics });
        return router.routes();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &role : roles) {
            const auto added = foliod({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("u-") + role,
                                          QStringLiteral("--role"), role, QStringLiteral("--data"), m_dir.path() },
                password(role).toUtf8() + '\n');
            QVERIFY2(added.exitCode == 0, qPrintable(FoliodAdminTestHelpers::describe(added)));
        }
        QVERIFY(start());
        for (const QString &role : roles) {
            m_tokens[role] = accessToken(m_server->port(), QStringLiteral("u-") + role, password(role));
            QVERIFY2(!m_tokens[role].isEmpty(), qPrintable(role));
        }
        const QByteArray admin = m_tokens[QStringLiteral("admin")];
        const QString granted = newId();
        const QString plain = newId();
        const Reply folders = postOps(m_server->port(), admin,
            QJsonArray {
                op(QStringLiteral("folder.create"), granted, { { QStringLiteral("name"), QStringLiteral("Granted") } }),
                op(QStringLiteral("folder.create"), plain, { { QStringLiteral("name"), QStringLiteral("Plain") } }) });
        QCOMPARE(folders.status, 200);
        const QMap<QString, std::pair<QString, QString>> placement { { QStringLiteral("granted"),
                                                                         { granted, QStringLiteral("internal") } },
            { QStringLiteral("ungranted"), { plain, QStringLiteral("internal") } },
            { QStringLiteral("confidential"), { granted, QStringLiteral("confidential") } } };
        quint32 seed = 1;
        for (auto it = placement.begin(); it != placement.end(); ++it) {
            const QByteArray blob = randomBytes(1000, seed++);
            const QString item = newId();
            const QStringList statuses = createItem(admin, item, it->first, it->second, blob);
            QCOMPARE(statuses, (QStringList { QStringLiteral("applied "), QStringLiteral("applied ") }));
            m_shared[it.key()] = Target { item, sha256Of(blob) };
        }
        // Grants are an administrator's command, run while the server is stopped.
        QVERIFY(m_server->stop());
        for (const QString &role : roles) {
            const auto grant
                = foliod({ QStringLiteral("grant"), QStringLiteral("u-") + role, QStringLiteral("read,write,delete"),
                    QStringLiteral("/Granted"), QStringLiteral("--data"), m_dir.path() });
            QVERIFY2(grant.exitCode == 0, qPrintable(FoliodAdminTestHelpers::describe(grant)));
        }
        QVERIFY(start());
        for (const QString &role : roles) {
            const QByteArray blob = randomBytes(1000, seed++);
            const QString item = newId();
            const QStringList statuses = createItem(m_tokens[role], item, granted, QStringLiteral("internal"), blob);
            if (mayCreate(role)) {
                QCOMPARE(statuses.first(), QStringLiteral("applied "));
                m_own[role] = Target { item, sha256Of(blob) };
            } else {
                QCOMPARE(statuses.first(), QStringLiteral("rejected forbidden"));
            }
        }
        m_missingItemBody = request(m_server->port(), "GET", "/api/v1/items/" + newId().toLatin1(), {}, admin).body;
        QVERIFY(!m_missingItemBody.isEmpty());
    }

    void everyRouteDeclaresItsAccess()
    {
        for (const auto &route : registry()) {
            const QString name = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
            QVERIFY2(
                route.access != RouteAccess::Undeclared, qPrintable(QStringLiteral("no access declared: ") + name));
            QVERIFY2((route.access == RouteAccess::Public) == !route.authenticated,
                qPrintable(QStringLiteral("public routes and only they skip authentication: ") + name));
            if (route.access == RouteAccess::LibraryRead || route.access == RouteAccess::LibraryWrite
                || route.access == RouteAccess::BlobRead) {
                QVERIFY2(
                    !probe(route.method, route.pattern, QStringLiteral("admin"), m_shared[QStringLiteral("granted")])
                         .isEmpty(),
                    qPrintable(QStringLiteral("no probe in tst_authzmatrix.cpp for ") + name));
            }
        }
    }

    void matrix_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("situation");
        for (const auto &route : registry()) {
            if (route.access != RouteAccess::LibraryRead && route.access != RouteAccess::LibraryWrite
                && route.access != RouteAccess::BlobRead) {
                continue;
            }
            for (const QString &role : roles) {
                for (const QString &situation : situations) {
                    if (situation == QLatin1String("own") && !mayCreate(role)) {
                        continue; // checked in initTestCase: the role may not create anything
                    }
                    QTest::addRow("%s %s as %s on %s", route.method.constData(), qPrintable(route.pattern),
                        qPrintable(role), qPrintable(situation))
                        << route.method << route.pattern << int(route.access) << role << situation;
                }
            }
        }
    }

    void matrix()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, pattern);
        QFETCH(int, access);
        QFETCH(QString, role);
        QFETCH(QString, situation);
        const int perms = expected(role, situation);
        QCOMPARE(probe(method, pattern, role, target(role, situation)), oracle(RouteAccess(access), perms));
    }

    void otherRoutesNeedATokenUnlessPublic()
    {
        for (const auto &route : registry()) {
            if (route.access != RouteAccess::Public && route.access != RouteAccess::Authenticated) {
                continue;
            }
            QByteArray path = route.pattern.toLatin1();
            path.replace("{id}", newId().toLatin1()).replace("{sha256}", QByteArray(64, 'a'));
            const Reply anonymous = request(m_server->port(), route.method, path, "{}");
            QCOMPARE(anonymous.status == 401, route.access == RouteAccess::Authenticated);
            if (route.access == RouteAccess::Authenticated && path != "/api/v1/auth/logout") {
                for (const QString &role : roles) {
                    const Reply signedIn = request(m_server->port(), route.method, path, "{}", m_tokens[role]);
                    QVERIFY2(signedIn.status != 401 && signedIn.status != 403,
                        qPrintable(QStringLiteral("%1 %2 as %3: %4")
                                       .arg(QString::fromLatin1(route.method), route.pattern, role)
                                       .arg(signedIn.status)));
                }
            }
        }
    }

    void cleanupTestCase()
    {
        if (m_server) {
            QVERIFY(m_server->stop());
        }
    }
};

} // namespace TestAuthzMatrixHelpers

using TestAuthzMatrixHelpers::TestAuthzMatrix;
FOLIO_TEST(TestAuthzMatrix, "authzmatrix")
#include "tst_authzmatrix.moc"
