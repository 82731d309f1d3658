// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/ocrengine.h"

#include "ingest/extractors/scanclassifier.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QtGui/QImage>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <dlfcn.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <limits>
#include <mutex>

namespace Folio {

namespace {

const char *const ThreadLimitVariable = "OMP_THREAD_LIMIT";
const QString TrainedDataSuffix = QStringLiteral(".traineddata");
// Tesseract's own bounds of a believable resolution (kMinCredibleResolution, kMaxCredibleResolution):
// outside them it ignores the one it is told and estimates.
constexpr int MinCredibleDpi = 70;
constexpr int MaxCredibleDpi = 2400;
// Tesseract refuses to scale images narrower than this; nothing so small holds a letter anyway.
constexpr int MinEdge = 3;

// Tesseract reports through tprintf, to stderr unless its global debug_file is set: resolution estimates,
// "Empty page!!" and the like, for every page. Failures reach the caller as errors instead. The variable is
// a process-wide string that tprintf reads on every call, so it is written once, before any engine exists.
void silenceTesseract()
{
    static std::once_flag once;
    std::call_once(once, [] {
        tesseract::TessBaseAPI api;
        api.SetVariable("debug_file", "/dev/null");
    });
}

bool cancelRequested(void *flag, int /*words*/)
{
    return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed);
}

bool isCancelled(const OcrOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

// TessBaseAPI keeps a page's image and results until the next one: free them as soon as a page is read.
class PageResults
{
public:
    explicit PageResults(tesseract::TessBaseAPI &api)
        : m_api(api)
    { }
    ~PageResults() { m_api.Clear(); }
    PageResults(const PageResults &) = delete;
    PageResults &operator=(const PageResults &) = delete;

private:
    tesseract::TessBaseAPI &m_api;
};

// IMAGE in 8-bit gray, transparent pixels over white (as viewers show them); null when out of memory.
QImage grayOf(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8) {
        return image;
    }
    if (!image.hasAlphaChannel()) {
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QImage gray(argb.size(), QImage::Format_Grayscale8);
    if (argb.isNull() || gray.isNull()) {
        return {};
    }
    for (int y = 0; y < argb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const int alpha = qAlpha(in[x]);
            out[x] = uchar((qGray(in[x]) * alpha + 255 * (255 - alpha)) / 255);
        }
    }
    return gray;
}

QString probeDataPath()
{
    // Only Init() reveals where Tesseract looks by default (TESSDATA_PREFIX, else a folder compiled in).
    try {
        silenceTesseract();
        tesseract::TessBaseAPI probe;
        if (probe.Init(nullptr, "eng") == 0) {
            QString path = QDir::cleanPath(QString::fromLocal8Bit(probe.GetDatapath()));
            probe.End();
            return path;
        }
    } catch (const std::exception &) {
        // A library that throws on a missing file: fall back on the folders Debian installs to.
    }
    const QStringList candidates { qEnvironmentVariable("TESSDATA_PREFIX"),
        QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"),
        QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata") };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names) {
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace

bool OcrEngine::prepareProcess()
{
    ::setenv(ThreadLimitVariable, "1", 0);
    const int limit = openMpThreadLimit();
    return limit == -1 || limit == 1;
}

void OcrEngine::prepareChildEnvironment(QProcessEnvironment &environment)
{
    const QString name = QString::fromLatin1(ThreadLimitVariable);
    if (!environment.contains(name)) {
        environment.insert(name, QStringLiteral("1"));
    }
}

int OcrEngine::openMpThreadLimit()
{
    // Asked by name, so Folio needs no OpenMP of its own; libtesseract brings libgomp into the process.
    void *const symbol = ::dlsym(RTLD_DEFAULT, "omp_get_thread_limit");
    if (!symbol) {
        return -1;
    }
    return reinterpret_cast<int (*)()>(symbol)();
}

QString OcrEngine::defaultDataPath()
{
    static const QString path = probeDataPath();
    return path;
}

QStringList OcrEngine::installedLanguages(const QString &dataPath)
{
    const QString folder = dataPath.isEmpty() ? defaultDataPath() : dataPath;
    if (folder.isEmpty()) {
        return {};
    }
    QStringList languages;
    const QStringList filter { QLatin1Char('*') + TrainedDataSuffix };
    // Tesseract's script models live in a subfolder and are named with it: "script/Latin".
    for (const QString &prefix : { QString(), QStringLiteral("script/") }) {
        const QStringList files = QDir(folder + QLatin1Char('/') + prefix).entryList(filter, QDir::Files);
        for (const QString &file : files) {
            languages.append(prefix + file.chopped(TrainedDataSuffix.size()));
        }
    }
    languages.sort();
    return languages;
}

OcrEngine::OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api, QString languages, QString dataPath)
    : m_api(std::move(api))
    , m_languages(std::move(languages))
    , m_dataPath(std::move(dataPath))
{ }

OcrEngine::~OcrEngine()
{
    m_api->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const QString &languages, const QString &dataPath)
{
    const QString requested = languages.trimmed().isEmpty() ? QStringLiteral("eng") : languages.trimmed();
    // Tesseract opens <folder>/<name>.traineddata: a name is a word, or script/<word>, never a path.
    static const QRegularExpression namePattern(QStringLiteral("^(script/)?[A-Za-z0-9_-]+$"));
    const QStringList names = requested.split(QLatin1Char('+'));
    for (const QString &name : names) {
        if (!namePattern.match(name).hasMatch()) {
            return fail(Error::Code::InvalidArgument,
                tr("\"%1\" is not a list of OCR languages such as eng or eng+deu.").arg(requested));
        }
    }

    const QString folder = dataPath.isEmpty() ? defaultDataPath() : QDir::cleanPath(dataPath);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        return fail(Error::Code::NotFound,
            dataPath.isEmpty() ? tr("No OCR language data is installed: install the package tesseract-ocr-eng, or set "
                                    "TESSDATA_PREFIX to a folder of .traineddata files.")
                               : tr("The folder of OCR language data \"%1\" does not exist.").arg(dataPath),
            folder);
    }
    const QStringList installed = installedLanguages(folder);
    QStringList missing;
    for (const QString &name : names) {
        if (!installed.contains(name) && !missing.contains(name)) {
            missing.append(name);
        }
    }
    if (!missing.isEmpty()) {
        const QString installedText = installed.isEmpty() ? tr("none") : quotedList(installed);
        QStringList packages;
        for (const QString &name : missing) {
            packages.append(
                QStringLiteral("tesseract-ocr-") + name.toLower().replace(QLatin1Char('_'), QLatin1Char('-')));
        }
        return fail(Error::Code::NotFound,
            (missing.size() == 1 ? tr("The OCR language %1 is not installed (installed: %2).")
                                 : tr("The OCR languages %1 are not installed (installed: %2)."))
                .arg(quotedList(missing), installedText),
            tr("Looked in %1; on Debian, install %2.").arg(folder, packages.join(QStringLiteral(" "))));
    }

    try {
        silenceTesseract();
        auto api = std::make_unique<tesseract::TessBaseAPI>();
        if (api->Init(folder.toLocal8Bit().constData(), requested.toUtf8().constData(), tesseract::OEM_DEFAULT) != 0) {
            return fail(Error::Code::Corrupt,
                tr("The OCR language data for \"%1\" cannot be loaded: it is damaged, or made for another "
                   "version of Tesseract.")
                    .arg(requested),
                folder);
        }
        // Whole pages: find the columns and blocks first (the API's default reads one uniform block, which
        // mixes the lines of side-by-side columns and pictures).
        api->SetPageSegMode(tesseract::PSM_AUTO);
        return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(api), requested, folder));
    } catch (const std::exception &exception) {
        return fail(Error::Code::Unknown, tr("Tesseract could not start for \"%1\".").arg(requested),
            QString::fromLocal8Bit(exception.what()));
    }
}

Result<OcrText> OcrEngine::recognize(const QImage &image, const OcrOptions &options)
{
    if (image.isNull()) {
        return fail(Error::Code::InvalidArgument, tr("There is no image to read text from."));
    }
    const int width = image.width();
    const int height = image.height();
    if (qint64(width) * height > MaxPixels || width > MaxEdge || height > MaxEdge) {
        return fail(Error::Code::LimitExceeded,
            tr("The image is %1 x %2 pixels: OCR reads at most %3 million pixels and %4 pixels a side.")
                .arg(width)
                .arg(height)
                .arg(MaxPixels / 1'000'000)
                .arg(MaxEdge));
    }
    if (isCancelled(options)) {
        return fail(Error::Code::Cancelled, tr("OCR was cancelled."));
    }
    if (options.deadline.hasExpired()) {
        return fail(Error::Code::LimitExceeded, tr("OCR ran out of time before it started."));
    }

    OcrText result;
    const int dpi = options.dpi > 0 ? options.dpi : qRound(ScanClassifier::declaredDpi(image));
    result.dpi = dpi >= MinCredibleDpi && dpi <= MaxCredibleDpi ? dpi : 0;
    if (width < MinEdge || height < MinEdge) {
        return result;
    }
    const QImage gray = grayOf(image);
    if (gray.isNull()) {
        return fail(Error::Code::LimitExceeded,
            tr("The image of %1 x %2 pixels could not be converted to gray: out of memory.").arg(width).arg(height));
    }

    tesseract::ETEXT_DESC monitor;
    if (options.cancel) {
        monitor.cancel = cancelRequested;
        monitor.cancel_this = const_cast<void *>(static_cast<const void *>(options.cancel));
    }
    if (!options.deadline.isForever()) {
        monitor.set_deadline_msecs(
            int(std::clamp<qint64>(options.deadline.remainingTime(), 1, std::numeric_limits<std::int32_t>::max())));
    }
    try {
        const PageResults pageResults(*m_api);
        // Tesseract copies the pixels: GRAY may go once SetImage returns.
        m_api->SetImage(gray.constBits(), width, height, 1, int(gray.bytesPerLine()));
        if (result.dpi > 0) {
            m_api->SetSourceResolution(result.dpi);
        }
        if (m_api->Recognize(&monitor) != 0) {
            if (isCancelled(options)) {
                return fail(Error::Code::Cancelled, tr("OCR was cancelled."));
            }
            if (monitor.deadline_exceeded() || options.deadline.hasExpired()) {
                return fail(Error::Code::LimitExceeded, tr("OCR ran out of time: the page was not read to its end."));
            }
            return fail(Error::Code::Unknown,
                tr("Tesseract could not read the image of %1 x %2 pixels.").arg(width).arg(height));
        }
        const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
        result.text = text ? QString::fromUtf8(text.get()).trimmed() : QString();
        result.meanConfidence = result.text.isEmpty() ? 0 : std::clamp(m_api->MeanTextConf(), 0, 100);
    } catch (const std::exception &exception) {
        return fail(Error::Code::Unknown, tr("Tesseract failed on the image of %1 x %2 pixels.").arg(width).arg(height),
            QString::fromLocal8Bit(exception.what()));
    }
    return result;
}

} // namespace Folio
