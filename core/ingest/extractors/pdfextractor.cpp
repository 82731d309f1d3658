// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/pdfextractor.h"

#include "ingest/extractors/pdfdocuments.h"
#include "ingest/extractors/uncompressedtiff.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSizeF>
#include <QXmlStreamReader>

#include <poppler-form.h>
#include <poppler-link.h>
#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>

namespace Folio {

namespace {

constexpr qsizetype MaxTagChars = 4096;
constexpr qsizetype MaxXmpChars = qsizetype { 16 } * 1024;
constexpr qsizetype MaxListChars = qsizetype { 64 } * 1024; // the outline and attachment tags
constexpr int MaxOutlineDepth = 32;
constexpr int MaxInfoKeys = 200;
constexpr int MaxKeywords = 200;
constexpr int MaxPageSizes = 20;
constexpr int MaxPopplerMessages = 10;
using PdfDocuments::MaxPageArea;
using PdfDocuments::MaxPageEdge;
const QString PdfaIdNamespace = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");

QString bounded(const QString &text, qsizetype maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

void addTag(QJsonArray &tags, const QString &key, const QString &type, const QString &value)
{
    tags.append(QJsonObject {
        { QStringLiteral("key"), key }, { QStringLiteral("type"), type }, { QStringLiteral("value"), value } });
}

// Poppler reports damage through one process-wide function. Each extraction collects what is raised on
// its own thread, so concurrent extractions never see each other's messages.
struct PopplerMessages
{
    QStringList messages; // distinct, at most MaxPopplerMessages
    int more = 0;
};

thread_local PopplerMessages *currentMessages = nullptr;

void collectPopplerMessage(const QString &message, const QVariant &)
{
    PopplerMessages *sink = currentMessages;
    if (!sink) {
        return;
    }
    // Poppler writes control characters of the file as <0a>; the message stays readable without them.
    static const QRegularExpression escapes(QStringLiteral("<[0-9a-f]{2}>"));
    const QString text = bounded(QString(message).remove(escapes).simplified(), 300);
    if (sink->messages.contains(text)) {
        return;
    }
    if (sink->messages.size() < MaxPopplerMessages) {
        sink->messages.append(text);
    } else {
        ++sink->more;
    }
}

class MessageCapture
{
public:
    MessageCapture()
        : m_previous(currentMessages)
    {
        static std::once_flag once;
        std::call_once(once, [] { Poppler::setDebugErrorFunction(collectPopplerMessage, QVariant()); });
        currentMessages = &m_messages;
    }
    ~MessageCapture() { currentMessages = m_previous; }
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

    bool isEmpty() const { return m_messages.messages.isEmpty(); }
    // Forgets what was said so far (the "Incorrect password" of the tries before the password that opened it).
    void clear() { m_messages = {}; }
    QString text() const
    {
        QString text = m_messages.messages.join(QStringLiteral("; "));
        if (m_messages.more > 0) {
            text += PdfExtractor::tr(" (and %n more)", nullptr, m_messages.more);
        }
        return text;
    }

private:
    PopplerMessages m_messages;
    PopplerMessages *m_previous;
};

bool isPdfSpaceOrDelimiter(char c)
{
    return std::strchr(" \t\n\r\f()<>[]{}/%", c) != nullptr || c == '\0';
}

// A PDF name as written (#xx escapes decoded), so that /J#61vaScript is seen as /JavaScript.
QByteArray decodedName(const QByteArray &raw)
{
    QByteArray name;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '#' && i + 2 < raw.size()) {
            bool ok = false;
            const int byte = raw.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                name.append(char(byte));
                i += 2;
                continue;
            }
        }
        name.append(raw[i]);
    }
    return name;
}

// Whether the file holds the PDF name /JavaScript anywhere: the type of every JavaScript action and the
// key of the document's script tree. Poppler-Qt6 shows neither the catalog's /OpenAction nor the actions
// of annotations other than links and form fields, so the raw bytes are read as well; only objects packed
// into compressed object streams escape this scan (Poppler's view still covers the scripts it knows).
bool namesJavaScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    constexpr qsizetype MaxNameBytes = 40;
    const QByteArray target("JavaScript");
    QByteArray name;
    bool inName = false;
    bool nameTooLong = false;
    auto nameEnds = [&] {
        inName = false;
        return !nameTooLong && decodedName(name) == target;
    };
    for (QByteArray chunk = file.read(1 << 20); !chunk.isEmpty(); chunk = file.read(1 << 20)) {
        const char *p = chunk.constData();
        const char *const end = p + chunk.size();
        while (p < end) {
            if (!inName) {
                p = static_cast<const char *>(std::memchr(p, '/', size_t(end - p)));
                if (!p) {
                    break;
                }
                ++p;
                inName = true;
                nameTooLong = false;
                name.clear();
                continue;
            }
            if (isPdfSpaceOrDelimiter(*p)) {
                // A '/' here is left for memchr(): it starts the next name.
                if (nameEnds()) {
                    return true;
                }
                continue;
            }
            if (name.size() < MaxNameBytes) {
                name.append(*p);
            } else {
                nameTooLong = true;
            }
            ++p;
        }
    }
    return inName && nameEnds();
}

bool isJavaScript(const std::unique_ptr<Poppler::Link> &link)
{
    return link && link->linkType() == Poppler::Link::JavaScript;
}

// JavaScript Poppler-Qt6 can see on a page: its open and close actions, its links and its form fields.
bool pageHasJavaScript(const Poppler::Page &page, const std::vector<std::unique_ptr<Poppler::FormField>> &fields)
{
    if (isJavaScript(page.action(Poppler::Page::Opening)) || isJavaScript(page.action(Poppler::Page::Closing))) {
        return true;
    }
    const auto links = page.links();
    if (std::any_of(links.begin(), links.end(), [](const auto &link) { return isJavaScript(link); })) {
        return true;
    }
    for (const auto &field : fields) {
        if (isJavaScript(field->activationAction())) {
            return true;
        }
        for (const auto type : { Poppler::FormField::FieldModified, Poppler::FormField::FormatField,
                 Poppler::FormField::ValidateField, Poppler::FormField::CalculateField }) {
            if (isJavaScript(field->additionalAction(type))) {
                return true;
            }
        }
    }
    return false;
}

// The PDF/A claim of an XMP packet ("PDF/A-1b", "PDF/A-4"): pdfaid:part and pdfaid:conformance, written
// as attributes or as elements.
QString pdfaClaim(const QString &xmp)
{
    QString part;
    QString conformance;
    QXmlStreamReader reader(xmp);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::Invalid) {
        if (!reader.isStartElement()) {
            continue;
        }
        const auto attributes = reader.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (attribute.namespaceUri() == PdfaIdNamespace && attribute.name() == QLatin1String("part")) {
                part = attribute.value().toString().trimmed();
            } else if (attribute.namespaceUri() == PdfaIdNamespace
                && attribute.name() == QLatin1String("conformance")) {
                conformance = attribute.value().toString().trimmed();
            }
        }
        if (reader.namespaceUri() == PdfaIdNamespace && reader.name() == QLatin1String("part")) {
            part = reader.readElementText().trimmed();
        } else if (reader.namespaceUri() == PdfaIdNamespace && reader.name() == QLatin1String("conformance")) {
            conformance = reader.readElementText().trimmed();
        }
    }
    if (part.isEmpty() || part.size() > 4 || conformance.size() > 4) {
        return {};
    }
    return QStringLiteral("PDF/A-%1%2").arg(part, conformance.toLower());
}

// The packet without the blank padding XMP writers leave for in-place edits.
QString compactXmp(const QString &xmp)
{
    QStringList lines;
    for (const QString &line : xmp.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            lines.append(line.trimmed());
        }
    }
    return bounded(lines.join(QLatin1Char('\n')), MaxXmpChars);
}

void collectOutline(
    const QList<Poppler::OutlineItem> &items, const QString &prefix, int depth, QStringList &lines, qsizetype &chars)
{
    for (const Poppler::OutlineItem &item : items) {
        if (chars > MaxListChars) {
            return;
        }
        const QString line
            = prefix.isEmpty() ? item.name().simplified() : prefix + QStringLiteral(" > ") + item.name().simplified();
        lines.append(line);
        chars += line.size() + 1;
        if (depth < MaxOutlineDepth && item.hasChildren()) {
            collectOutline(item.children(), line, depth + 1, lines, chars);
        }
    }
}

QString pointsText(const QSizeF &size)
{
    return QStringLiteral("%1 x %2 pt").arg(size.width(), 0, 'f', 2).arg(size.height(), 0, 'f', 2);
}

double roundedPoints(double points)
{
    return std::round(points * 100.0) / 100.0;
}

// The Info dictionary: every entry as a tag, the standard ones as unified fields.
void readInfo(const Poppler::Document &document, ContentExtraction &result)
{
    const QStringList keys = document.infoKeys();
    for (const QString &key : keys.mid(0, MaxInfoKeys)) {
        const bool isDate = key == QLatin1String("CreationDate") || key == QLatin1String("ModDate");
        QString value = document.info(key).trimmed();
        if (isDate) {
            const QDateTime date = document.date(key);
            if (date.isValid()) {
                value = date.toUTC().toString(Qt::ISODate);
                result.fields.insert(
                    key == QLatin1String("CreationDate") ? QStringLiteral("created") : QStringLiteral("modified"),
                    value);
            }
        }
        if (value.isEmpty()) {
            continue;
        }
        value = bounded(value, MaxTagChars);
        addTag(
            result.tags, QStringLiteral("pdf.") + key, isDate ? QStringLiteral("Date") : QStringLiteral("Text"), value);
        if (key == QLatin1String("Title")) {
            result.fields.insert(QStringLiteral("title"), value);
        } else if (key == QLatin1String("Author")) {
            result.fields.insert(QStringLiteral("creator"), value);
        } else if (key == QLatin1String("Subject")) {
            result.fields.insert(QStringLiteral("description"), value);
        } else if (key == QLatin1String("Keywords")) {
            static const QRegularExpression separators(QStringLiteral("[,;]"));
            QJsonArray keywords;
            QSet<QString> seen;
            for (const QString &part : value.split(separators)) {
                const QString keyword = part.simplified();
                if (!keyword.isEmpty() && !seen.contains(keyword) && keywords.size() < MaxKeywords) {
                    seen.insert(keyword);
                    keywords.append(keyword);
                }
            }
            if (!keywords.isEmpty()) {
                result.fields.insert(QStringLiteral("keywords"), keywords);
            }
        }
    }
}

void readStructure(const Poppler::Document &document, ContentExtraction &result)
{
    const QString xmp = document.metadata();
    if (!xmp.trimmed().isEmpty()) {
        addTag(result.tags, QStringLiteral("pdf.xmp"), QStringLiteral("XMP"), compactXmp(xmp));
        const QString pdfa = pdfaClaim(xmp);
        if (!pdfa.isEmpty()) {
            result.fields.insert(QStringLiteral("pdfa"), pdfa);
        }
    }

    QStringList outline;
    qsizetype outlineChars = 0;
    collectOutline(document.outline(), {}, 0, outline, outlineChars);
    if (!outline.isEmpty()) {
        addTag(result.tags, QStringLiteral("pdf.outline"), QStringLiteral("Outline"),
            bounded(outline.join(QLatin1Char('\n')), MaxListChars));
    }

    // The document keeps ownership of these; data() is never called, so nothing is decompressed.
    const QList<Poppler::EmbeddedFile *> files = document.embeddedFiles();
    if (!files.isEmpty()) {
        QStringList lines;
        for (const Poppler::EmbeddedFile *file : files) {
            lines.append(file->size() >= 0 ? PdfExtractor::tr("%1 (%2 bytes)").arg(file->name()).arg(file->size())
                                           : PdfExtractor::tr("%1 (size unknown)").arg(file->name()));
        }
        addTag(result.tags, QStringLiteral("pdf.attachments"), QStringLiteral("Attachments"),
            bounded(lines.join(QLatin1Char('\n')), MaxListChars));
        result.fields.insert(QStringLiteral("attachments"), int(files.size()));
    }

    switch (document.formType()) {
    case Poppler::Document::AcroForm:
        addTag(result.tags, QStringLiteral("pdf.FormType"), QStringLiteral("Text"), QStringLiteral("AcroForm"));
        result.fields.insert(QStringLiteral("has-forms"), true);
        break;
    case Poppler::Document::XfaForm:
        addTag(result.tags, QStringLiteral("pdf.FormType"), QStringLiteral("Text"), QStringLiteral("XFA"));
        result.fields.insert(QStringLiteral("has-forms"), true);
        break;
    case Poppler::Document::NoForm: break;
    }
}

struct PageScan
{
    bool hasJavaScript = false;
    bool hasFormFields = false;
};

// Text, sizes, form fields and scripts of every page.
PageScan readPages(
    const Poppler::Document &document, const QString &name, const PdfLimits &limits, ContentExtraction &result)
{
    PageScan scan;
    const int pageCount = document.numPages();
    result.fields.insert(QStringLiteral("pages"), pageCount);
    qsizetype textChars = 0;
    bool textStopped = false;
    bool anyText = false;
    int unreadable = 0;
    QStringList sizes;
    for (int index = 0; index < pageCount; ++index) {
        const std::unique_ptr<Poppler::Page> page = document.page(index);
        if (!page) {
            ++unreadable;
            if (!textStopped) {
                result.pageTexts.append(QString());
            }
            continue;
        }
        const QSizeF size = page->pageSizeF();
        if (index == 0) {
            result.fields.insert(QStringLiteral("page-width"), roundedPoints(size.width()));
            result.fields.insert(QStringLiteral("page-height"), roundedPoints(size.height()));
            addTag(result.tags, QStringLiteral("pdf.PageSize"), QStringLiteral("Size"), pointsText(size));
        }
        if (sizes.size() < MaxPageSizes && !sizes.contains(pointsText(size))) {
            sizes.append(pointsText(size));
        }
        if (!textStopped) {
            QString text = page->text(QRectF());
            if (textChars + text.size() > limits.maxTextChars) {
                text.truncate(limits.maxTextChars - textChars);
                textStopped = true;
                result.warnings.append(
                    PdfExtractor::tr("The text of \"%1\" stops on page %2 of %3: it is longer than %n characters.",
                        nullptr, int(limits.maxTextChars))
                        .arg(name)
                        .arg(index + 1)
                        .arg(pageCount));
            }
            textChars += text.size();
            anyText = anyText || !text.trimmed().isEmpty();
            result.pageTexts.append(text);
        }
        const auto fields = page->formFields();
        scan.hasFormFields = scan.hasFormFields || !fields.empty();
        scan.hasJavaScript = scan.hasJavaScript || pageHasJavaScript(*page, fields);
    }
    if (sizes.size() > 1) {
        addTag(result.tags, QStringLiteral("pdf.PageSizes"), QStringLiteral("Size"), sizes.join(QLatin1Char('\n')));
    }
    if (unreadable > 0) {
        result.warnings.append(
            PdfExtractor::tr("%n page(s) of \"%1\" could not be read.", nullptr, unreadable).arg(name));
    }
    // Pages without a single character are scans (or drawings): OCR is what gives them text.
    if (pageCount > 0 && !anyText && !textStopped && unreadable < pageCount) {
        result.fields.insert(QStringLiteral("needs-ocr"), true);
    }
    return scan;
}

bool renderDeadlinePassed(const QVariant &deadline)
{
    return QDeadlineTimer::current().deadlineNSecs() > deadline.toLongLong();
}

// Page 1 as thumb and preview; any failure is a warning, since the rest of the extraction stands.
void renderFirstPage(const Poppler::Document &document, const QString &path, const QString &name,
    const PdfLimits &limits, ContentExtraction &result)
{
    const std::unique_ptr<Poppler::Page> page = document.page(0);
    if (!page) {
        result.warnings.append(PdfExtractor::tr("Page 1 of \"%1\" could not be read: no preview.").arg(name));
        return;
    }
    const QSizeF size = page->pageSizeF();
    const double longEdge = std::max(size.width(), size.height());
    if (!std::isfinite(size.width()) || !std::isfinite(size.height()) || size.width() < 1.0 || size.height() < 1.0) {
        result.warnings.append(PdfExtractor::tr("Page 1 of \"%1\" has no usable size: no preview.").arg(name));
        return;
    }
    if (longEdge > MaxPageEdge || size.width() * size.height() > MaxPageArea) {
        result.warnings.append(
            PdfExtractor::tr("Page 1 of \"%1\" measures %2 x %3 cm, larger than any paper: it is not rendered.")
                .arg(name)
                .arg(size.width() / 72.0 * 2.54, 0, 'f', 0)
                .arg(size.height() / 72.0 * 2.54, 0, 'f', 0));
        return;
    }
    // The resolution that puts the long edge at renderEdge pixels: the raster is bounded whatever the page.
    const double dpi = 72.0 * limits.renderEdge / longEdge;
    const QDeadlineTimer deadline(std::chrono::seconds(limits.renderSeconds));
    const QImage image = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
        renderDeadlinePassed, QVariant(qint64(deadline.deadlineNSecs())));
    if (deadline.hasExpired()) {
        result.warnings.append(PdfExtractor::tr(
            "Page 1 of \"%1\" took longer than %n second(s) to render: no preview.", nullptr, limits.renderSeconds)
                                   .arg(name));
        return;
    }
    if (image.isNull()) {
        result.warnings.append(PdfExtractor::tr("Page 1 of \"%1\" could not be rendered: no preview.").arg(name));
        return;
    }
    // The page is opaque on its paper colour; without an alpha channel the renditions are JPEG.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    if (rgb.isNull()) {
        result.warnings.append(PdfExtractor::tr("Page 1 of \"%1\" could not be encoded: no preview.").arg(name));
        return;
    }
    const Result<RenderResult> rendered = ImageRenderer::renderBuffer(uncompressedTiff(rgb), path);
    if (!rendered) {
        result.warnings.append(
            PdfExtractor::tr("Page 1 of \"%1\" gave no preview: %2").arg(name, rendered.error().message()));
        return;
    }
    result.renditions.append(NamedRendition { QStringLiteral("thumb"), rendered->thumb });
    result.renditions.append(NamedRendition { QStringLiteral("preview"), rendered->preview });
    result.warnings.append(rendered->warnings);
}

} // namespace

Result<ContentExtraction> PdfExtractor::extract(const QString &path, const QString &password, const PdfLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    if (auto readable = PdfDocuments::checkReadable(path); !readable) {
        return std::unexpected(readable.error());
    }

    MessageCapture messages;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        return fail(Error::Code::Corrupt,
            tr("Cannot read \"%1\": it is not a PDF, or it is damaged beyond repair.").arg(name),
            messages.isEmpty() ? path : path + QStringLiteral(": ") + messages.text());
    }

    ContentExtraction result;
    if (document->isLocked() || document->isEncrypted()) {
        addTag(result.tags, QStringLiteral("pdf.encrypted"), QStringLiteral("Bool"), QStringLiteral("true"));
    }
    if (document->isLocked()) {
        if (password.isEmpty()) {
            // A locked document answers nothing else (Poppler has no catalogue for it): only the raw scan.
            result.isProtected = true;
            result.warnings.append(
                tr("\"%1\" is encrypted: its text and pages can be read only with its password.").arg(name));
            if (namesJavaScript(path)) {
                result.fields.insert(QStringLiteral("has-javascript"), true);
                result.warnings.append(tr("\"%1\" contains JavaScript (never run).").arg(name));
            }
            return result;
        }
        if (!PdfDocuments::unlock(*document, password)) {
            return fail(Error::Code::PermissionDenied, tr("Cannot open \"%1\": wrong password.").arg(name), path);
        }
        messages.clear();
    }
    // After unlock(): Poppler reopens the document then, and the hints live with it.
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);

    readInfo(*document, result);
    readStructure(*document, result);
    const PageScan scan = readPages(*document, name, limits, result);
    if (scan.hasFormFields) {
        result.fields.insert(QStringLiteral("has-forms"), true);
    }
    if (scan.hasJavaScript || !document->scripts().isEmpty() || namesJavaScript(path)) {
        result.fields.insert(QStringLiteral("has-javascript"), true);
        result.warnings.append(tr("\"%1\" contains JavaScript (never run).").arg(name));
    }
    if (document->numPages() == 0) {
        result.warnings.append(tr("\"%1\" has no pages.").arg(name));
    } else if (limits.renderEdge > 0) {
        renderFirstPage(*document, path, name, limits, result);
    }

    if (document->xrefWasReconstructed()) {
        result.warnings.append(tr("The cross-reference table of \"%1\" is damaged; Poppler rebuilt it.").arg(name));
    }
    if (!messages.isEmpty()) {
        result.warnings.append(tr("\"%1\" is damaged; Poppler reported: %2").arg(name, messages.text()));
    }
    return result;
}

} // namespace Folio
