// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets one test executable per module hold several QtTest classes: each tst_*.cpp registers its class
// under the file's name (FOLIO_TEST(TestFoo, "foo") in tst_foo.cpp); `tst_module foo [qtest args]` runs
// that class, `tst_module` runs all, `tst_module --list` names them.

#include <QObject>

#include <functional>

namespace Folio::Test {

using Factory = std::function<QObject *()>;

void registerTest(const char *name, Factory factory);
int runRegisteredTests(int argc, char *argv[]);

template<typename T>
struct Registrar
{
    explicit Registrar(const char *name)
    {
        registerTest(name, [] { return new T; });
    }
};

} // namespace Folio::Test

#define FOLIO_TEST(Class, name) static const Folio::Test::Registrar<Class> folioTestRegistrar_##Class(name);
