// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsInAMissingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/library"));
        auto library = Library::open(path, Library::OpenMode::CreateIfMissing);
        FOLIO_VERIFY_OK(library);
        QVERIFY(Library::isLibrary(path));
        QCOMPARE(Migrations::version((*library)->database()).value_or(-1), Schema::currentVersion());
    }

    void refusesANonEmptyFolderThatIsNotALibrary()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("holiday.jpg")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto library = Library::open(dir.path(), Library::OpenMode::CreateIfMissing);
        QVERIFY(!library);
        QCOMPARE(library.error().code(), Error::Code::AlreadyExists);
        QVERIFY(library.error().message().contains(dir.path()));
        QVERIFY(!Library::isLibrary(dir.path()));
    }

    void reopensAnExistingLibrary()
    {
        QTemporaryDir dir;
        QVERIFY(Library::open(dir.path(), Library::OpenMode::Create));
        QVERIFY(Library::open(dir.path(), Library::OpenMode::Existing));
        auto again = Library::open(dir.path(), Library::OpenMode::Create);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), Error::Code::AlreadyExists);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        {
            auto library = Library::open(dir.path(), Library::OpenMode::Create);
            QVERIFY(library);
            QVERIFY((*library)->database().exec(QStringLiteral("PRAGMA user_version = 9999")));
        }
        auto library = Library::open(dir.path(), Library::OpenMode::Existing);
        QVERIFY(!library);
        QCOMPARE(library.error().code(), Error::Code::Unsupported);
        QVERIFY(library.error().message().contains(QStringLiteral("9999")));
    }

    void existingModeRequiresALibrary()
    {
        QTemporaryDir dir;
        auto library = Library::open(dir.path(), Library::OpenMode::Existing);
        QVERIFY(!library);
        QCOMPARE(library.error().code(), Error::Code::NotFound);
    }
};

FOLIO_TEST(TestLibrary, "library")
#include "tst_library.moc"
