// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads what the quick look shows from files the client may open itself, off the GUI thread (DESIGN.md rule
// 3): renditions (Folio's own JPEG/PNG/WebP, made by the sandbox) decoded by Qt, and the first 512 KB of a
// text file, as UTF-8 or, when it is not, as Windows-1252 (what TextExtractor falls back on too). Untrusted
// formats are never decoded here: PageRenderer draws them in the sandbox.
//
// Thread safety: call from the GUI thread; the work runs on Qt's global thread pool and DONE runs on
// CONTEXT's thread, unless CONTEXT is gone by then. Ownership: results are values.

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

namespace Folio {

class QuickLookLoader
{
    Q_DECLARE_TR_FUNCTIONS(Folio::QuickLookLoader)

public:
    static constexpr qint64 TextLimit = 512 * 1024;
    // A rendition is at most a preview (1,600 pixels square); anything larger is not one of ours.
    static constexpr qint64 MaxRenditionPixels = 16'000'000;

    struct Picture
    {
        QImage image;
        QString error; // names the file (NAME) and the reason
    };
    struct Text
    {
        QString text;
        bool truncated = false; // the file is longer than TextLimit
        bool windows1252 = false; // not UTF-8: read as Windows-1252
        QString error;
    };

    static void image(
        const QString &path, const QString &name, QObject *context, std::function<void(const Picture &)> done);
    static void text(
        const QString &path, const QString &name, QObject *context, std::function<void(const Text &)> done);

    // The work itself, for tests and callers already on a worker thread.
    static Picture readImage(const QString &path, const QString &name);
    static Text readText(const QString &path, const QString &name);
};

} // namespace Folio
