// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarypaths.h"
#include "testregistry.h"

#include <QDir>
#include <QTest>

using namespace Folio;

class TestLibraryPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qunsetenv(LibraryPaths::environmentVariable); }

    void explicitPathWins()
    {
        qputenv(LibraryPaths::environmentVariable, "/tmp/from-env");
        QCOMPARE(LibraryPaths::resolve(QStringLiteral("/tmp/a/../explicit")), QStringLiteral("/tmp/explicit"));
    }

    void environmentComesNext()
    {
        qputenv(LibraryPaths::environmentVariable, "/tmp/from-env");
        QCOMPARE(LibraryPaths::resolve({}), QStringLiteral("/tmp/from-env"));
    }

    void relativePathsBecomeAbsolute()
    {
        QCOMPARE(LibraryPaths::resolve(QStringLiteral("lib")), QDir::current().absoluteFilePath(QStringLiteral("lib")));
    }

    void defaultIsTheDataLocation()
    {
        const QString path = LibraryPaths::resolve({});
        QCOMPARE(path, LibraryPaths::defaultLibrary());
        QVERIFY(path.endsWith(QStringLiteral("folio/Library")));
        QVERIFY(QDir::isAbsolutePath(path));
    }
};

FOLIO_TEST(TestLibraryPaths, "librarypaths")
#include "tst_librarypaths.moc"
