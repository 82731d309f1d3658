// SPDX-License-Identifier: GPL-3.0-or-later
// folio: the desktop client. Argument parsing and wiring only.

#include "buildinfo.h"
#include "library/library.h"
#include "library/librarypaths.h"
#include "appearance.h"
#include "clientsettings.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "screenshotscenes.h"
#include "singleinstance.h"
#include "translations.h"

#include <QApplication>
#include <QProcess>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// Scripted runs and tests read these (QT_LOGGING_RULES="folio.app.info=true").
Q_LOGGING_CATEGORY(lcApp, "folio.app", QtWarningMsg)

// Qt aborts when no platform plugin can connect to a display; say what to do instead.
bool hasDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0) {
            return true;
        }
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool asksForInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0) {
                return true;
            }
        }
    }
    return false;
}

void describe(QCommandLineParser &parser, QCommandLineOption &library)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "folio", "Folio: digital assets and controlled documents in one local-first library."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(library);
    parser.addPositionalArgument(QStringLiteral("items"),
        QCoreApplication::translate("folio", "folio://item/<id> links to show, files and folders to add."),
        QStringLiteral("[link|file…]"));
}

// --library, else $FOLIO_LIBRARY, else the library chosen in the preferences, else the platform's default.
QString libraryPath(const QString &explicitPath)
{
    if (explicitPath.isEmpty() && qEnvironmentVariableIsEmpty(Folio::LibraryPaths::environmentVariable)) {
        return Folio::LibraryPaths::resolve(Folio::ClientSettings::libraryLocation());
    }
    return Folio::LibraryPaths::resolve(explicitPath);
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("folio"));
    QCoreApplication::setOrganizationName(QStringLiteral("Folio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Folio::BuildInfo::version));
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QCoreApplication::translate("folio", "The library folder to open (default: $FOLIO_LIBRARY, else the "
                                             "platform's data location)."),
        QStringLiteral("dir"));

    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        describe(parser, libraryOption);
        parser.process(app);
        return 0;
    }
    if (!hasDisplay(argc, argv)) {
        std::fputs("folio: no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run folio inside a desktop session, or use folioctl for the same library from a terminal "
                   "(folioctl --help).\n",
                   stderr);
        return 2;
    }

    // Qt Multimedia 6.4: its FFmpeg backend crashes without an audio device (DESIGN.md pitfalls); quick look
    // plays video and audio through GStreamer.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND")) {
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Folio"));
    const QString language = Folio::Translations::install(Folio::ClientSettings::language());
    qCInfo(lcApp, "interface language: %s", language.isEmpty() ? "en" : qPrintable(language));

    QCommandLineParser parser;
    describe(parser, libraryOption);
    parser.process(app);

    const QString path = libraryPath(parser.value(libraryOption));
    const QStringList items = parser.positionalArguments();
    // One folio per library: a second start hands its links and files to the first one and ends.
    Folio::SingleInstance instance(path);
    if (instance.forward(items)) {
        qCInfo(lcApp, "handed %lld argument(s) to the folio running on %s", qlonglong(items.size()), qPrintable(path));
        return 0;
    }
    auto library = Folio::Library::open(path, Folio::Library::OpenMode::CreateIfMissing);
    if (!library) {
        const QString message = library.error().toString();
        std::fprintf(stderr, "folio: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QCoreApplication::translate("folio", "Cannot open the library"), message);
        return 1;
    }

    if (Folio::Appearance::stored() != Folio::Appearance::Theme::System) {
        Folio::Appearance::apply(Folio::Appearance::stored());
    }
    Folio::LibrarySession session(std::move(*library));
    Folio::MainWindow window(session);
    if (auto listening = instance.listen(); !listening) {
        // Still usable; only later starts open a window of their own instead of handing over.
        std::fprintf(stderr, "folio: %s\n", qPrintable(listening.error().message()));
    }
    QObject::connect(&instance, &Folio::SingleInstance::argumentsReceived, &window,
        [&window](const QStringList &arguments) {
            qCInfo(lcApp, "received %lld argument(s) from another start", qlonglong(arguments.size()));
            window.handleArguments(arguments);
        });
    // Another library opens in a process of its own, so nothing of this one (threads, caches) carries over.
    QObject::connect(&window, &Folio::MainWindow::openLibraryRequested, &app, [&window](const QString &other) {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), { QStringLiteral("--library"), other })) {
            window.close();
        }
    });
    window.show();
    if (!items.isEmpty()) {
        window.handleArguments(items);
    }
    // Scripted runs (tests, screenshots under Xvfb) close the window after a while.
    // FOLIO_SCREENSHOT=FILE.png saves the window just before; FOLIO_SCREENSHOT_SCENE=media|documents|inspector|
    // search|tasks|quicklook first drives it into that view (scripts/screenshots, docs/screenshots).
    Folio::ScreenshotScenes scenes(window);
    if (const QString shot = qEnvironmentVariable("FOLIO_SCREENSHOT"); !shot.isEmpty()) {
        const int at = std::max(500, qEnvironmentVariableIntValue("FOLIO_QUIT_AFTER_MS") - 500);
        if (!scenes.take(qEnvironmentVariable("FOLIO_SCREENSHOT_SCENE"), shot, at)) {
            return 2;
        }
    }
    if (const int quitAfter = qEnvironmentVariableIntValue("FOLIO_QUIT_AFTER_MS"); quitAfter > 0) {
        QTimer::singleShot(quitAfter, &app, &QApplication::quit);
    }
    return app.exec();
}
