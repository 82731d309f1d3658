// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/exivreader.h"

#include "ingest/extractors/exivfieldmapper.h"

#include <QFile>
#include <QMutex>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QtEndian>

#include <exiv2/exiv2.hpp>

#include <cmath>
#include <memory>
#include <mutex>
#include <optional>

namespace Folio {

namespace {

Q_LOGGING_CATEGORY(lcExiv, "folio.ingest.exiv2")

constexpr qsizetype maxValueBytes = 4096;
constexpr long maxBlobPrintBytes = 64; // longer binary values are summarised as "<N bytes>"
constexpr qint64 mebibyte = qint64(1024) * 1024;
constexpr qint64 maxSidecarBytes = 16 * mebibyte; // a sidecar is text written by a photo editor
constexpr int maxCapturedMessages = 64;

// Exiv2 reports damage it works around through its global log handler. The handler appends to the list
// of whichever read is running on the calling thread, so concurrent reads keep their warnings apart.
thread_local QStringList *t_exivMessages = nullptr;

void collectExivMessage(int level, const char *text)
{
    const QString message = QString::fromUtf8(text).trimmed();
    if (t_exivMessages && t_exivMessages->size() < maxCapturedMessages) {
        t_exivMessages->append(message);
    } else if (level >= Exiv2::LogMsg::warn) {
        qCDebug(lcExiv) << message;
    }
}

class MessageCapture
{
    Q_DISABLE_COPY_MOVE(MessageCapture)

public:
    MessageCapture()
        : m_previous(t_exivMessages)
    {
        t_exivMessages = &m_messages;
    }
    ~MessageCapture() { t_exivMessages = m_previous; }
    const QStringList &messages() const { return m_messages; }

private:
    QStringList m_messages;
    QStringList *m_previous;
};

void lockXmpToolkit(void *data, bool lock)
{
    auto *mutex = static_cast<std::mutex *>(data);
    if (lock) {
        mutex->lock();
    } else {
        mutex->unlock();
    }
}

// XmpParser::initialize() is itself not thread-safe, and Exiv2 registers the XMP namespaces it meets
// while parsing: the lock serialises those registrations between threads.
void initialiseExiv2()
{
    static std::once_flag once;
    static std::mutex xmpToolkitMutex;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::warn);
        Exiv2::LogMsg::setHandler(collectExivMessage);
        if (!Exiv2::XmpParser::initialize(lockXmpToolkit, &xmpToolkitMutex)) {
            qCWarning(lcExiv) << "the XMP toolkit failed to initialise; XMP will not be read";
        }
        Exiv2::enableBMFF(true);
    });
}

// EXIF and IPTC without a declared charset are in practice UTF-8 as often as Latin-1; bytes that are
// valid UTF-8 are almost never meant as Latin-1, so those are read as UTF-8 and the rest as Latin-1.
QString decodeText(const std::string &bytes, bool knownUtf8)
{
    std::string text = bytes.size() > size_t(maxValueBytes) ? bytes.substr(0, maxValueBytes - 3) : bytes;
    const bool truncated = text.size() < bytes.size();
    while (truncated && !text.empty() && (uchar(text.back()) & 0xC0) == 0x80) {
        text.pop_back(); // do not cut a UTF-8 sequence in half
    }
    if (truncated && !text.empty() && uchar(text.back()) >= 0xC0) {
        text.pop_back();
    }
    while (!text.empty() && text.back() == '\0') {
        text.pop_back();
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!knownUtf8 && utf8.hasError()) {
        decoded = QString::fromLatin1(text.data(), qsizetype(text.size()));
    }
    if (truncated) {
        decoded += QChar(0x2026);
    }
    return decoded;
}

bool isBinaryType(Exiv2::TypeId type)
{
    return type == Exiv2::undefined || type == Exiv2::unsignedByte || type == Exiv2::signedByte;
}

// Binary EXIF tags whose print() decodes text (UCS-2 Windows tags, charset-prefixed comments).
bool isTextInBinary(const std::string &key)
{
    static const QSet<QByteArray> keys { "Exif.Image.XPTitle", "Exif.Image.XPComment", "Exif.Image.XPAuthor",
        "Exif.Image.XPKeywords", "Exif.Image.XPSubject", "Exif.Photo.UserComment", "Exif.GPSInfo.GPSProcessingMethod",
        "Exif.GPSInfo.GPSAreaInformation" };
    return keys.contains(QByteArray::fromStdString(key));
}

std::optional<double> parseNumberText(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    if (const qsizetype slash = trimmed.indexOf(QLatin1Char('/')); slash > 0) {
        const double numerator = trimmed.left(slash).toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
        const double denominator = trimmed.mid(slash + 1).toDouble(&ok);
        return ok && denominator != 0 ? std::optional(numerator / denominator) : std::nullopt;
    }
    const double value = trimmed.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional(value) : std::nullopt;
}

std::optional<double> numberAt(const Exiv2::Value &value, long index)
{
    if (index >= value.count()) {
        return std::nullopt;
    }
    if (const auto *rationals = dynamic_cast<const Exiv2::URationalValue *>(&value)) {
        const Exiv2::URational &r = rationals->value_.at(size_t(index));
        return r.second ? std::optional(double(r.first) / r.second) : std::nullopt;
    }
    if (const auto *rationals = dynamic_cast<const Exiv2::RationalValue *>(&value)) {
        const Exiv2::Rational &r = rationals->value_.at(size_t(index));
        return r.second ? std::optional(double(r.first) / r.second) : std::nullopt;
    }
    switch (value.typeId()) {
    case Exiv2::xmpText:
    case Exiv2::xmpBag:
    case Exiv2::xmpSeq:
    case Exiv2::asciiString:
    case Exiv2::string: return parseNumberText(QString::fromStdString(value.toString(index)));
    case Exiv2::tiffFloat:
    case Exiv2::tiffDouble: return double(value.toFloat(index));
    default: return double(value.toLong(index));
    }
}

// The text of an ICC profile's 'desc' tag: ICC v2 textDescriptionType or v4 multiLocalizedUnicode.
QString iccDescription(const Exiv2::byte *data, long size)
{
    if (!data || size < 132) {
        return {};
    }
    const auto be32 = [data](long offset) { return qFromBigEndian<quint32>(data + offset); };
    const quint32 count = be32(128);
    if (count > quint32((size - 132) / 12)) {
        return {};
    }
    for (quint32 i = 0; i < count; ++i) {
        const long entry = 132 + long(i) * 12;
        if (be32(entry) != 0x64657363) { // 'desc'
            continue;
        }
        const quint32 offset = be32(entry + 4);
        const quint32 length = be32(entry + 8);
        if (offset > quint32(size) || length > quint32(size) - offset || length < 16) {
            return {};
        }
        const quint32 type = be32(offset);
        if (type == 0x64657363) { // textDescriptionType: count, then ASCII with its NUL
            const quint32 chars = std::min(be32(offset + 8), length - 12);
            const char *text = reinterpret_cast<const char *>(data + offset + 12);
            return QString::fromLatin1(text, qsizetype(qstrnlen(text, chars))).trimmed();
        }
        if (type == 0x6D6C7563 && length >= 28) { // 'mluc': the first record, UTF-16BE
            const quint32 recordLength = be32(offset + 20);
            const quint32 recordOffset = be32(offset + 24);
            if (recordOffset > length || recordLength > length - recordOffset) {
                return {};
            }
            QString text;
            for (quint32 at = 0; at + 1 < recordLength; at += 2) {
                text += QChar(qFromBigEndian<quint16>(data + offset + recordOffset + at));
            }
            return text.trimmed();
        }
        return {};
    }
    return {};
}

// The tags of one file in file order; the values of the tags the field mapping reads go to the mapper.
class TagTable
{
public:
    QList<RawTag> tags;
    Internal::ExivFieldMapper mapper;

    void addExif(const Exiv2::ExifData &exif)
    {
        for (const Exiv2::Exifdatum &datum : exif) {
            if (isBinaryType(datum.typeId()) && datum.size() > maxBlobPrintBytes && !isTextInBinary(datum.key())) {
                add(datum, QStringLiteral("<%1 bytes>").arg(datum.size()));
            } else {
                add(datum, decodeText(safePrint([&] { return datum.print(&exif); }, datum), false));
            }
        }
    }

    void addIptc(const Exiv2::IptcData &iptc)
    {
        const auto charset = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
        const bool utf8 = charset != iptc.end() && charset->toString() == "\x1b%G";
        for (const Exiv2::Iptcdatum &datum : iptc) {
            const bool text = datum.typeId() == Exiv2::string;
            add(datum, decodeText(safePrint([&] { return text ? datum.toString() : datum.print(); }, datum), utf8));
        }
    }

    void addXmp(const Exiv2::XmpData &xmp)
    {
        for (const Exiv2::Xmpdatum &datum : xmp) {
            add(datum, decodeText(safePrint([&] { return datum.print(); }, datum), true));
        }
    }

private:
    void add(const Exiv2::Metadatum &datum, const QString &value)
    {
        const QString key = QString::fromStdString(datum.key());
        const char *type = datum.typeName();
        tags.append({ key, type ? QString::fromLatin1(type) : QStringLiteral("unknown"), value });
        if (Internal::ExivFieldMapper::isMapped(key)) {
            mapper.add(key, mappedValue(key, datum, value));
            return;
        }
        // An XMP array whose items carry qualifiers comes item by item: Xmp.dc.creator[1], [2], ….
        static const QRegularExpression item(QStringLiteral("^(Xmp\\..+)\\[\\d+\\]$"));
        if (const QRegularExpressionMatch match = item.match(key);
            match.hasMatch() && Internal::ExivFieldMapper::isMapped(match.captured(1))) {
            mapper.add(match.captured(1), { { decodeText(datum.toString(), true).trimmed() }, {} });
        }
    }

    // Texts as the fields want them: the x-default language of an XMP alternative, each item of an XMP
    // array, the raw letter of a GPS reference (print() says "North"), else the interpreted text.
    static Internal::ExivTagValue mappedValue(const QString &key, const Exiv2::Metadatum &datum, const QString &text)
    {
        Internal::ExivTagValue mapped;
        const Exiv2::Value &value = datum.value();
        if (const auto *langAlt = dynamic_cast<const Exiv2::LangAltValue *>(&value)) {
            const auto preferred = langAlt->value_.find("x-default");
            const auto chosen = preferred != langAlt->value_.end() ? preferred : langAlt->value_.begin();
            if (chosen != langAlt->value_.end()) {
                mapped.texts.append(decodeText(chosen->second, true));
            }
        } else if (value.typeId() == Exiv2::xmpBag || value.typeId() == Exiv2::xmpSeq
            || value.typeId() == Exiv2::xmpAlt) {
            for (long i = 0; i < value.count(); ++i) {
                mapped.texts.append(decodeText(value.toString(i), true));
            }
        } else if (key.startsWith(QLatin1String("Xmp.")) || key.endsWith(QLatin1String("Ref"))) {
            mapped.texts.append(decodeText(value.toString(), true));
        } else {
            mapped.texts.append(text);
        }
        for (QString &entry : mapped.texts) {
            entry = entry.trimmed();
        }
        mapped.texts.removeAll(QString());
        if (!key.startsWith(QLatin1String("Iptc."))) {
            for (long i = 0; i < std::min(value.count(), 3L); ++i) {
                mapped.numbers.append(numberAt(value, i));
            }
        }
        return mapped;
    }

    template<typename Print> static std::string safePrint(Print print, const Exiv2::Metadatum &datum)
    {
        try {
            return print();
        } catch (const std::exception &) {
            // A damaged maker note can make a tag's interpreter throw; its raw value is still worth keeping.
        }
        try {
            return datum.toString();
        } catch (const std::exception &) {
            return "<unreadable>";
        }
    }
};

// Turns what Exiv2 logged during one read into a few warnings, one per part of the metadata.
QStringList summariseMessages(const QStringList &messages)
{
    struct Damage
    {
        QString text;
        QString first;
        int count = 0;
    };
    Damage damages[] = { { ExivReader::tr("The XMP packet could not be parsed: %1"), {}, 0 },
        { ExivReader::tr("The IPTC data is damaged: %1"), {}, 0 },
        { ExivReader::tr("The EXIF data is damaged: %1"), {}, 0 },
        { ExivReader::tr("The metadata is damaged: %1"), {}, 0 } };
    static const QRegularExpression exifWords(
        QStringLiteral("directory|ifd|exif|makernote|tag|tiff"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &message : messages) {
        Damage &damage = message.contains(QLatin1String("XMP"))            ? damages[0]
            : message.contains(QLatin1String("IPTC"), Qt::CaseInsensitive) ? damages[1]
            : message.contains(exifWords)                                  ? damages[2]
                                                                           : damages[3];
        if (damage.count++ == 0) {
            damage.first = message;
        }
    }
    QStringList warnings;
    for (const Damage &damage : damages) {
        if (damage.count > 0) {
            QString warning = damage.text.arg(damage.first);
            if (damage.count > 1) {
                warning += ExivReader::tr(" (and %n more)", nullptr, damage.count - 1);
            }
            warnings.append(warning);
        }
    }
    return warnings;
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Result<void> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(Error::Code::NotFound, ExivReader::tr("\"%1\" does not exist.").arg(fileName(path)), path);
    }
    // A FIFO or device would block or never end: only regular files are read.
    if (!info.isFile()) {
        return fail(Error::Code::InvalidArgument,
            ExivReader::tr("Cannot read the metadata of \"%1\": it is not a regular file.").arg(fileName(path)), path);
    }
    if (info.size() == 0) {
        return fail(Error::Code::Corrupt,
            ExivReader::tr("Cannot read the metadata of \"%1\": the file is empty.").arg(fileName(path)), path);
    }
    return {};
}

using ImagePtr = std::unique_ptr<Exiv2::Image>;

// Opens through a FileIo so that a path is never taken for a URL or for standard input.
Result<ImagePtr> openImage(const QString &path)
{
    if (auto checked = checkFile(path); !checked) {
        return std::unexpected(checked.error());
    }
    // Exiv2 0.27 hands files and images over in std::auto_ptr, which compilers flag as deprecated.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    Exiv2::BasicIo::AutoPtr io(new Exiv2::FileIo(QFile::encodeName(path).toStdString()));
    ImagePtr image(Exiv2::ImageFactory::open(io).release());
#pragma GCC diagnostic pop
    if (!image) {
        return fail(Error::Code::Unsupported,
            ExivReader::tr("Cannot read the metadata of \"%1\": its format is not one Exiv2 reads.")
                .arg(fileName(path)),
            path);
    }
    return image;
}

Error::Code codeFor(int exivCode)
{
    switch (exivCode) {
    case Exiv2::kerDataSourceOpenFailed:
    case Exiv2::kerFileOpenFailed:
    case Exiv2::kerCallFailed: return Error::Code::Io;
    case Exiv2::kerFileContainsUnknownImageType:
    case Exiv2::kerUnsupportedImageType: return Error::Code::Unsupported;
    default: return Error::Code::Corrupt;
    }
}

// Runs BODY and turns whatever Exiv2 throws into an error that names the file.
template<typename T, typename Body> Result<T> guarded(const QString &path, Body body)
{
    initialiseExiv2();
    const auto failure = [&path](Error::Code code, const QString &reason) {
        return fail(code, ExivReader::tr("Cannot read the metadata of \"%1\": %2").arg(fileName(path), reason),
            path + QLatin1String(": ") + reason);
    };
    try {
        return body();
    } catch (const Exiv2::AnyError &error) {
        return failure(codeFor(error.code()), QString::fromLocal8Bit(error.what()));
    } catch (const std::bad_alloc &) {
        return failure(Error::Code::LimitExceeded, ExivReader::tr("it needs more memory than is available"));
    } catch (const std::exception &error) {
        return failure(Error::Code::Corrupt, QString::fromLocal8Bit(error.what()));
    } catch (...) {
        return failure(Error::Code::Unknown, ExivReader::tr("Exiv2 failed in an unexpected way"));
    }
}

Result<ImageMetadata> readImage(const QString &path)
{
    MessageCapture capture;
    auto opened = openImage(path);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    Exiv2::Image &image = **opened;
    QStringList warnings;
    try {
        image.readMetadata();
    } catch (const Exiv2::AnyError &error) {
        // What was decoded before the damage is kept; with nothing decoded, the file fails.
        if (image.exifData().empty() && image.iptcData().empty() && image.xmpData().empty()) {
            throw;
        }
        warnings.append(ExivReader::tr("Reading stopped at damaged data; what came before it was kept: %1")
                            .arg(QString::fromLocal8Bit(error.what())));
    }
    TagTable table;
    // Exiv2 copies a sidecar's XMP into EXIF and IPTC as it reads; those copies are not the file's own tags.
    if (image.imageType() != Exiv2::ImageType::xmp) {
        table.addExif(image.exifData());
        table.addIptc(image.iptcData());
    }
    table.addXmp(image.xmpData());

    Internal::ExivImageFacts facts;
    facts.width = image.pixelWidth();
    facts.height = image.pixelHeight();
    if (image.iccProfileDefined()) {
        const Exiv2::DataBuf *icc = image.iccProfile();
        facts.iccDescription = iccDescription(icc->pData_, icc->size_);
    }
    ImageMetadata metadata;
    metadata.fields = table.mapper.fields(facts);
    metadata.tags = std::move(table.tags);
    warnings += summariseMessages(capture.messages());
    if (!image.xmpPacket().empty() && image.xmpData().empty() && warnings.filter(QLatin1String("XMP")).isEmpty()) {
        warnings.append(ExivReader::tr("The XMP packet could not be parsed."));
    }
    metadata.warnings = warnings;
    return metadata;
}

Result<ImageMetadata> parsePacket(const QByteArray &packet, const QString &path);

Result<ImageMetadata> readSidecarFile(const QString &path)
{
    if (auto checked = checkFile(path); !checked) {
        return std::unexpected(checked.error());
    }
    QFile file(path);
    if (file.size() > maxSidecarBytes) {
        return fail(Error::Code::LimitExceeded,
            ExivReader::tr("Cannot read the sidecar \"%1\": it is larger than %2 MiB.")
                .arg(fileName(path))
                .arg(maxSidecarBytes / mebibyte),
            path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
            ExivReader::tr("Cannot open the sidecar \"%1\": %2").arg(fileName(path), file.errorString()), path);
    }
    return parsePacket(file.readAll(), path);
}

Result<ImageMetadata> parsePacket(const QByteArray &packet, const QString &path)
{
    MessageCapture capture;
    Exiv2::XmpData xmp;
    if (Exiv2::XmpParser::decode(xmp, packet.toStdString()) != 0
        || (xmp.empty() && !packet.contains("xmpmeta") && !packet.contains("rdf:RDF"))) {
        const QString reason = capture.messages().isEmpty() ? QString() : capture.messages().first();
        return fail(Error::Code::Corrupt,
            ExivReader::tr("Cannot read the XMP of \"%1\": it holds no XMP packet that can be parsed.")
                .arg(fileName(path)),
            path + QLatin1String(": ") + reason);
    }
    TagTable table;
    table.addXmp(xmp);
    ImageMetadata metadata;
    metadata.fields = table.mapper.fields({});
    metadata.tags = std::move(table.tags);
    metadata.warnings = summariseMessages(capture.messages());
    return metadata;
}

Result<QByteArray> readLargestPreview(const QString &path)
{
    MessageCapture capture;
    auto opened = openImage(path);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    Exiv2::Image &image = **opened;
    image.readMetadata();
    const Exiv2::PreviewManager manager(image);
    const Exiv2::PreviewPropertiesList previews = manager.getPreviewProperties();
    const auto area = [](const Exiv2::PreviewProperties &p) { return quint64(p.width_) * p.height_; };
    const Exiv2::PreviewProperties *largest = nullptr;
    for (const Exiv2::PreviewProperties &candidate : previews) {
        if (!largest || area(candidate) > area(*largest)
            || (area(candidate) == area(*largest) && candidate.size_ > largest->size_)) {
            largest = &candidate;
        }
    }
    if (largest) {
        const Exiv2::PreviewImage preview = manager.getPreviewImage(*largest);
        if (preview.size() > 0) {
            return QByteArray(reinterpret_cast<const char *>(preview.pData()), qsizetype(preview.size()));
        }
    }
    return fail(Error::Code::NotFound, ExivReader::tr("\"%1\" holds no embedded preview.").arg(fileName(path)), path);
}

} // namespace

Result<ImageMetadata> ExivReader::read(const QString &path)
{
    // Exiv2 0.27's ISO-BMFF reader (HEIC, AVIF, CR3) is not safe on several threads at once: concurrent reads
    // of one HEIC disagreed now and then. Those files are read one at a time; the rest in parallel.
    static QMutex bmffMutex;
    QFile head(path);
    const bool bmff = head.open(QIODevice::ReadOnly) && head.read(12).mid(4, 4) == "ftyp";
    head.close();
    if (bmff) {
        const QMutexLocker lock(&bmffMutex);
        return guarded<ImageMetadata>(path, [&path] { return readImage(path); });
    }
    return guarded<ImageMetadata>(path, [&path] { return readImage(path); });
}

Result<ImageMetadata> ExivReader::readSidecar(const QString &xmpPath)
{
    return guarded<ImageMetadata>(xmpPath, [&xmpPath] { return readSidecarFile(xmpPath); });
}

Result<ImageMetadata> ExivReader::readXmpPacket(const QByteArray &packet, const QString &what)
{
    return guarded<ImageMetadata>(what, [&] { return parsePacket(packet, what); });
}

void ExivReader::mergeSidecar(ImageMetadata &image, const ImageMetadata &sidecar)
{
    for (auto field = sidecar.fields.constBegin(); field != sidecar.fields.constEnd(); ++field) {
        image.fields.insert(field.key(), field.value());
    }
    image.tags += sidecar.tags;
    image.warnings += sidecar.warnings;
}

Result<QByteArray> ExivReader::largestPreview(const QString &path)
{
    return guarded<QByteArray>(path, [&path] { return readLargestPreview(path); });
}

} // namespace Folio
