// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the text of an image with Tesseract 5 (its LSTM engine, automatic page segmentation): PDF pages
// without a text layer, rendered by PdfPageRasterizer, and images that are scans (ScanClassifier). One
// engine loads its languages once (Init takes ~70 ms for "eng", more per language) and then reads any
// number of pages, so keep one per worker thread.
//
// OpenMP: Debian's libtesseract runs parts of the LSTM on several OpenMP threads per page. With workers
// already one per core, those threads only fight each other (measured on 2 busy cores: 6.5-7.5 s instead of
// 1.0-1.8 s for one page), so every process that runs OCR must have OMP_THREAD_LIMIT=1 in its environment
// FROM ITS START: libgomp reads the variable when it is loaded, before main(), and setenv() later has no
// effect on the running process. So the process that starts OCR workers calls prepareChildEnvironment();
// the worker's main() calls prepareProcess(), which also covers children of its own and reports whether the
// limit holds.
//
// Limits: images over MaxPixels or wider or taller than MaxEdge are refused (LimitExceeded); a deadline and
// a cancel flag are polled by Tesseract between words (its layout analysis, about a fifth of the time, runs
// to its end). Tesseract's messages (resolution estimates, "Empty page!!") are silenced process-wide.
//
// Thread safety: one instance may be used by one thread at a time (Tesseract's TessBaseAPI is not
// reentrant); instances on different threads are independent. Ownership: the engine owns its Tesseract
// instance; results are plain values.

#include "error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QImage;
class QProcessEnvironment;

namespace tesseract {
class TessBaseAPI;
} // namespace tesseract

namespace Folio {

struct OcrOptions
{
    // The image's resolution in dpi; 0 takes the one the image declares (ScanClassifier::declaredDpi), and
    // when it declares none, Tesseract estimates it from the size of the text.
    int dpi = 0;
    // Past it, recognition ends with LimitExceeded. A default-constructed QDeadlineTimer has already expired:
    // leave the member out (OcrOptions { .dpi = 300 }) rather than write {} for it.
    QDeadlineTimer deadline { QDeadlineTimer::Forever };
    const std::atomic_bool *cancel = nullptr; // when set, recognition ends with Cancelled
};

struct OcrText
{
    QString text; // lines separated by \n, paragraphs by a blank line; empty when nothing was recognised
    int meanConfidence = 0; // Tesseract's mean word confidence, 0–100; 0 when nothing was recognised
    int dpi = 0; // the resolution Tesseract was told; 0 when it estimated one
};

class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(Folio::OcrEngine)

public:
    static constexpr qint64 MaxPixels = 100'000'000;
    static constexpr int MaxEdge = 32767; // Tesseract's boxes hold 16-bit coordinates

    // For the main() of a process that runs OCR: sets OMP_THREAD_LIMIT=1 unless the environment already has
    // it (for the processes it starts, and in case libgomp is not loaded yet), and returns whether the
    // OpenMP runtime of this process is limited to one thread (true when no OpenMP runtime is loaded). When
    // it returns false, the process was started without the variable: OCR still works, only slower under load.
    static bool prepareProcess();
    // Puts OMP_THREAD_LIMIT=1 into ENVIRONMENT unless it has the variable: for starting OCR worker processes.
    static void prepareChildEnvironment(QProcessEnvironment &environment);
    // The thread limit of the OpenMP runtime loaded in this process (omp_get_thread_limit); -1 without one.
    static int openMpThreadLimit();

    // The folder of Tesseract's language data by Tesseract's own default (TESSDATA_PREFIX, else the folder it
    // was built for), asked of Tesseract once per process; else /usr/share/tesseract-ocr/{5,4.00}/tessdata
    // when one exists; else empty.
    static QString defaultDataPath();
    // The languages installed in DATAPATH (default: defaultDataPath()), sorted: "eng", "script/Latin"…
    static QStringList installedLanguages(const QString &dataPath = {});

    // An engine for LANGUAGES ("eng", "eng+deu": Tesseract's names joined by '+') with the language data in
    // DATAPATH (default: defaultDataPath()). Errors: InvalidArgument (a malformed name), NotFound (no language
    // data, or a language not installed: the message names it and lists the installed ones), Corrupt
    // (Tesseract cannot load the data).
    static Result<std::unique_ptr<OcrEngine>> create(
        const QString &languages = QStringLiteral("eng"), const QString &dataPath = {});
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    QString languages() const { return m_languages; }
    QString dataPath() const { return m_dataPath; }

    // The text of IMAGE (any format; read in gray, transparent pixels as white paper). Nothing recognised
    // (a blank page, a photo) is an empty text, not an error. Errors: InvalidArgument (a null image),
    // LimitExceeded (too large; the deadline passed), Cancelled, Unknown (Tesseract failed).
    Result<OcrText> recognize(const QImage &image, const OcrOptions &options = {});

private:
    OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api, QString languages, QString dataPath);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_languages;
    QString m_dataPath;
};

} // namespace Folio
