// SPDX-License-Identifier: GPL-3.0-or-later
// docs/api/openapi.yaml and foliod's route registry must list the same routes: each (method, path pattern)
// of the registry is documented, nothing documented is missing from it, and the routes that need no login
// say `security: []`.

#include "http/metrics.h"
#include "http/routetable.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Folio;

namespace TestOpenApiHelpers {

struct Documented
{
    QSet<QString> operations; // "GET /healthz"
    QSet<QString> publicOperations;
};

int indentOf(const QByteArray &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == ' ') {
        ++indent;
    }
    return indent;
}

// Reads the `paths:` section; enough of YAML for the layout the file keeps (two spaces per level).
Documented readPaths(const QByteArray &yaml)
{
    static const QSet<QByteArray> methods { "get", "put", "post", "delete", "patch", "head", "options" };
    Documented documented;
    bool inPaths = false;
    QString path;
    QString operation;
    for (const QByteArray &raw : yaml.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const int indent = indentOf(raw);
        if (indent == 0) {
            inPaths = line == "paths:";
            continue;
        }
        if (!inPaths) {
            continue;
        }
        if (indent == 2 && line.startsWith('/') && line.endsWith(':')) {
            path = QString::fromUtf8(line.chopped(1));
            operation.clear();
        } else if (indent == 4 && line.endsWith(':') && methods.contains(line.chopped(1))) {
            operation = QString::fromUtf8(line.chopped(1).toUpper()) + QLatin1Char(' ') + path;
            documented.operations.insert(operation);
        } else if (indent == 6 && line == "security: []" && !operation.isEmpty()) {
            documented.publicOperations.insert(operation);
        }
    }
    return documented;
}

} // namespace TestOpenApiHelpers

using namespace TestOpenApiHelpers;

class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryMatchesDocument()
    {
        QFile file(Test::sourceDir(QStringLiteral("docs/api/openapi.yaml")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const Documented documented = readPaths(file.readAll());
        QVERIFY(!documented.operations.isEmpty());

        Server::Http::Metrics metrics;
        Server::Http::Router router;
        Server::Http::addRoutes(router, Server::Http::RouteContext { &metrics });
        QVERIFY(!router.routes().empty());
        QSet<QString> registered;
        for (const auto &route : router.routes()) {
            const QString operation = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
            QVERIFY2(!registered.contains(operation), qPrintable(QStringLiteral("registered twice: ") + operation));
            registered.insert(operation);
            QVERIFY2(documented.operations.contains(operation),
                qPrintable(QStringLiteral("not in docs/api/openapi.yaml: ") + operation));
            QVERIFY2(documented.publicOperations.contains(operation) == !route.authenticated,
                qPrintable(QStringLiteral("security differs between the registry and the document: ") + operation));
        }
        for (const QString &operation : documented.operations) {
            QVERIFY2(registered.contains(operation),
                qPrintable(QStringLiteral("documented but not registered: ") + operation));
        }
    }
};

FOLIO_TEST(TestOpenApi, "openapi")
#include "tst_openapi.moc"
