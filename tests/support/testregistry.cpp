// SPDX-License-Identifier: GPL-3.0-or-later
#include "testregistry.h"

#include <QList>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>

namespace Folio::Test {

namespace {
std::map<std::string, Factory> &registry()
{
    static std::map<std::string, Factory> tests;
    return tests;
}

int runOne(const Factory &factory, int argc, char *argv[])
{
    std::unique_ptr<QObject> test(factory());
    return QTest::qExec(test.get(), argc, argv);
}
} // namespace

void registerTest(const char *name, Factory factory)
{
    registry().emplace(name, std::move(factory));
}

int runRegisteredTests(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "--list") == 0) {
        for (const auto &entry : registry()) {
            std::printf("%s\n", entry.first.c_str());
        }
        return 0;
    }
    if (argc >= 2 && argv[1][0] != '-') {
        const auto it = registry().find(argv[1]);
        if (it == registry().end()) {
            std::fprintf(stderr, "No test named \"%s\" in this module (see --list).\n", argv[1]);
            return 2;
        }
        // QtTest sees the program name followed by the remaining arguments.
        argv[1] = argv[0];
        return runOne(it->second, argc - 1, argv + 1);
    }
    int failures = 0;
    for (const auto &entry : registry()) {
        failures += runOne(entry.second, argc, argv);
    }
    return failures;
}

} // namespace Folio::Test
