// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test module: the application object the module needs, test mode for
// QStandardPaths (tests never touch the user's real folders), then the registered test classes.

#include "testregistry.h"

#include <QStandardPaths>

#ifdef FOLIO_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    return Folio::Test::runRegisteredTests(argc, argv);
}
