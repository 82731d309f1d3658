// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the test modules: the shared corpus, Folio's programs, child processes.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Folio::Test {

// A file of the shared corpus (../shared/corpus, or $FOLIO_CORPUS), e.g. corpus("images/jolla.jpg").
QString corpus(const QString &relative = {});
// The path of one of Folio's built programs (folio, folioctl, foliod).
QString program(const QString &name);
// The source tree, for golden files and fixtures under tests/data.
QString sourceDir(const QString &relative = {});

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
};

// Runs PROGRAM to completion (killed after TIMEOUTMS) with ENVIRONMENT and STDIN.
ProcessResult run(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 60000,
    const QByteArray &stdinData = {});

// A fresh self-signed EC certificate for 127.0.0.1 and localhost, valid two days, written with openssl to
// DIR/cert.pem and DIR/key.pem (for foliod's --tls-cert/--tls-key). error is empty when it worked.
struct TestCertificate
{
    QString certificate;
    QString key;
    QString error;
};
TestCertificate makeCertificate(const QString &dir);

} // namespace Folio::Test

namespace Folio {
class Library;
}

namespace Folio::Test {

// Ingests PATHS into LIBRARY's root folder with the real engine (sandboxed extraction included) and waits
// for it to end. Returns an empty string on success, else what went wrong.
QString ingest(Library &library, const QStringList &paths, int timeoutMs = 180000);

} // namespace Folio::Test

// Fails the test with the error's message when a Result holds an error. (QVERIFY2 would evaluate its
// message, and so error(), even on success.)
#define FOLIO_VERIFY_OK(expression)                                                                                    \
    do {                                                                                                               \
        const auto &folioResult_ = (expression);                                                                       \
        if (!folioResult_) {                                                                                           \
            QFAIL(qPrintable(folioResult_.error().toString()));                                                        \
        }                                                                                                              \
    } while (false)
