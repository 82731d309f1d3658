// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/syntheticcatalog.h"

#include "search/syntheticvocabulary.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>

namespace Folio::Search::SyntheticCatalog {

namespace {

using namespace SyntheticVocabulary;

constexpr qint64 DayMs = 86'400'000;
constexpr int MaxWords = 12'000;

struct FileType
{
    const char *mime = nullptr;
    const char *extension = nullptr;
    double weight = 0;
    bool paged = false;
};

constexpr FileType Pdf { "application/pdf", "pdf", 0, true };
constexpr FileType Docx { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", 0, true };
constexpr FileType Pptx { "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", 0,
    true };
constexpr FileType Xlsx { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", 0, false };
constexpr FileType Ods { "application/vnd.oasis.opendocument.spreadsheet", "ods", 0, false };
constexpr FileType Text { "text/plain", "txt", 0, false };
constexpr FileType Markdown { "text/markdown", "md", 0, false };
constexpr FileType Csv { "text/csv", "csv", 0, false };
constexpr FileType Email { "message/rfc822", "eml", 0, false };

constexpr FileType weighted(FileType type, double weight)
{
    type.weight = weight;
    return type;
}

enum class Pages { None, Short, Normal, Long, Slides };

struct DocumentClass
{
    const char *name;
    double weight; // share of documents, in percent
    std::array<FileType, 3> types;
    double wordsMedian;
    double wordsSigma;
    Pages pages;
    const char *folder;
    std::array<double, 4> classification; // public, internal, confidential, restricted
    const char *titles; // English title templates, '|'-separated
    const char *foreignTitles; // for other languages ({NOUN} is the class's name in the language)
    const char *phrase; // the phrase its English text uses most
    double product; // how likely it names a product
    double campaign; // how likely it belongs to a campaign
};

// clang-format off
const DocumentClass documentClasses[] = {
    {"report", 15, {weighted(Pdf, 60), weighted(Docx, 30), weighted(Pptx, 10)}, 1200, 0.7, Pages::Normal,
     "/Reports/{Y}", {15, 60, 20, 5},
     "Quarterly report {Q} {Y}|Annual report {Y}|{T} report {M} {Y}|Sales report {R} {Q} {Y}|"
     "Market research report: {T}|Monthly report {M} {Y}|Status report {P}|Audit report {T} {Y}",
     "{NOUN} {Q} {Y}|{NOUN} {T} {Y}|{NOUN} {R} {M}", "annual report", 0.3, 0.1},
    {"contract", 10, {weighted(Pdf, 70), weighted(Docx, 30)}, 2000, 0.6, Pages::Normal,
     "/Legal/Contracts/{Y}", {2, 38, 50, 10},
     "Supply contract {C}|Service agreement {C} {Y}|Licence agreement {C}|Contract {C} ({R})|"
     "Non-disclosure agreement {C}|Framework contract {C} {Y}|Contract amendment {N} {C}",
     "{NOUN} {C}|{NOUN} {C} {Y}", "terms and conditions", 0.25, 0.05},
    {"invoice", 13, {weighted(Pdf, 88), weighted(Xlsx, 7), weighted(Docx, 5)}, 140, 0.5, Pages::Short,
     "/Finance/Invoices/{Y}", {0, 50, 45, 5},
     "Invoice INV-{Y}-{NNNN}|Invoice {C} {M} {Y}|Credit note CN-{Y}-{NNNN}|Invoice {NNNN} {C}",
     "{NOUN} {NNNN}-{Y}|{NOUN} {C} {Y}", "payment terms", 0.35, 0},
    {"policy", 6, {weighted(Pdf, 55), weighted(Docx, 45)}, 1000, 0.6, Pages::Normal,
     "/Company/Policies", {20, 60, 15, 5},
     "{T} policy|Travel policy {Y}|Data protection policy|Information security policy v{V}|Expense policy {Y}|"
     "Code of conduct {Y}|Remote work policy",
     "{NOUN} {T}|{NOUN} {T} {Y}", "data protection", 0.02, 0},
    {"procedure", 5, {weighted(Docx, 50), weighted(Pdf, 40), weighted(Markdown, 10)}, 800, 0.6, Pages::Normal,
     "/Operations/Procedures", {5, 75, 15, 5},
     "{T} procedure|Onboarding procedure|Incident response procedure|Procedure for {T} approval|"
     "Standard operating procedure SOP-{NNNN}|Returns procedure {R}",
     "{NOUN} {T}|{NOUN} SOP-{NNNN}", "change request", 0.1, 0},
    {"guidelines", 4, {weighted(Pdf, 75), weighted(Pptx, 20), weighted(Docx, 5)}, 1100, 0.6, Pages::Long,
     "/Marketing/Brand", {40, 55, 5, 0},
     "Brand guidelines {Y}|Brand guidelines v{V}|{T} guidelines|Social media guidelines|Logo usage guidelines|"
     "Brand guidelines {R}|Photography guidelines",
     "{NOUN} {Y}|{NOUN} {T}", "brand guidelines", 0.1, 0.3},
    {"specification", 6, {weighted(Docx, 50), weighted(Pdf, 45), weighted(Xlsx, 5)}, 1500, 0.6, Pages::Normal,
     "/Products/Specifications", {5, 60, 30, 5},
     "Product specification {P}|Technical specification {P} v{V}|Requirements specification {T}|"
     "Packaging specification {P}|Data sheet {P}",
     "{NOUN} {P}|{NOUN} {P} v{V}", "proof of concept", 0.9, 0},
    {"presentation", 8, {weighted(Pptx, 70), weighted(Pdf, 30)}, 400, 0.6, Pages::Slides,
     "/Marketing/Presentations/{Y}", {20, 65, 13, 2},
     "{CAMP} campaign pitch|Kick-off {T}|Board presentation {Q} {Y}|Roadmap {Y}|{T} strategy {Y}|"
     "Sales deck {R} {Y}|Product launch {P}",
     "{NOUN} {T} {Y}|{NOUN} {CAMP}", "target audience", 0.3, 0.35},
    {"spreadsheet", 7, {weighted(Xlsx, 80), weighted(Ods, 10), weighted(Csv, 10)}, 250, 0.8, Pages::None,
     "/Finance/Budgets/{Y}", {0, 60, 35, 5},
     "Budget {Y}|Forecast {Q} {Y}|Price list {R} {Y}|Inventory {M} {Y}|Media plan {CAMP}|Cost overview {T} {Y}",
     "{NOUN} {T} {Y}|{NOUN} {Q} {Y}", "net revenue", 0.4, 0.15},
    {"minutes", 5, {weighted(Docx, 60), weighted(Pdf, 20), weighted(Markdown, 20)}, 500, 0.5, Pages::Short,
     "/Meetings/{Y}", {0, 80, 18, 2},
     "Meeting minutes {D}|Minutes {T} steering committee {D}|Minutes of the board meeting {D}|Team meeting notes {D}",
     "{NOUN} {D}|{NOUN} {T} {D}", "steering committee", 0.1, 0.05},
    {"memo", 5, {weighted(Docx, 50), weighted(Text, 20), weighted(Pdf, 30)}, 280, 0.6, Pages::Short,
     "/Company/Memos/{Y}", {10, 75, 13, 2},
     "Memo: {T}|Letter to {C}|Note on {T}|Announcement: {T}",
     "{NOUN} {T}|{NOUN} {C}", "code of conduct", 0.1, 0.05},
    {"proposal", 4, {weighted(Docx, 45), weighted(Pdf, 55)}, 900, 0.6, Pages::Normal,
     "/Sales/Proposals/{Y}", {0, 45, 50, 5},
     "Proposal {C} {T}|Quote Q-{Y}-{NNNN}|Offer {C} {Y}|Statement of work {C}",
     "{NOUN} {C}|{NOUN} {T} {Y}", "statement of work", 0.5, 0.05},
    {"manual", 3, {weighted(Pdf, 90), weighted(Docx, 10)}, 3500, 0.6, Pages::Long,
     "/Products/Manuals", {60, 35, 5, 0},
     "{P} user manual|Installation manual {P}|Operations manual v{V}|Service manual {P}",
     "{NOUN} {P}", "quality assurance", 0.95, 0},
    {"press", 3, {weighted(Docx, 50), weighted(Pdf, 50)}, 450, 0.4, Pages::Short,
     "/Press/{Y}", {70, 25, 5, 0},
     "Press release: {T} launch {M} {Y}|Press release {CAMP}|Press kit {Y}",
     "{NOUN} {T} {Y}", "press release", 0.4, 0.4},
    {"brief", 3, {weighted(Docx, 60), weighted(Pdf, 40)}, 500, 0.5, Pages::Short,
     "/Marketing/Briefs", {10, 75, 15, 0},
     "Creative brief {CAMP}|Campaign brief {CAMP} {R}|Photo shoot brief {T}|Agency brief {C}",
     "{NOUN} {CAMP}", "creative brief", 0.3, 0.7},
    {"email", 5, {weighted(Email, 100)}, 160, 0.7, Pages::None,
     "/Inbox/{Y}", {0, 85, 13, 2},
     "Re: {T}|Fwd: {T} {M}|{T} update|Re: invoice {NNNN}|Question about {P}",
     "Re: {T}|Fwd: {T}", "single point of contact", 0.2, 0.1},
    {"notes", 3, {weighted(Markdown, 50), weighted(Text, 50)}, 250, 0.8, Pages::None,
     "/Notes", {5, 90, 5, 0},
     "Notes {T}|README {P}|Ideas {CAMP}|To do {M} {Y}",
     "{NOUN} {T}", "", 0.2, 0.1},
};
// clang-format on

const char *const months[] = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December" };

QStringList templates(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

QString capitalised(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace

// Expands the {…} placeholders of a title or folder template.
QString fill(const QString &pattern, CatalogContext &c, const QString &noun)
{
    const QDate date = c.createdAt.date();
    QString out;
    out.reserve(pattern.size() + 24);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const qsizetype close = pattern.at(i) == u'{' ? pattern.indexOf(u'}', i) : -1;
        if (close < 0) {
            out += pattern.at(i);
            continue;
        }
        const QStringView name = QStringView(pattern).mid(i + 1, close - i - 1);
        i = close;
        if (name == u"Y") {
            out += QString::number(date.year());
        } else if (name == u"MM") {
            out += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
        } else if (name == u"M") {
            out += QLatin1String(months[date.month() - 1]);
        } else if (name == u"Q") {
            out += QStringLiteral("Q%1").arg((date.month() + 2) / 3);
        } else if (name == u"D") {
            out += date.toString(Qt::ISODate);
        } else if (name == u"P") {
            out += c.product;
        } else if (name == u"C") {
            out += c.company;
        } else if (name == u"BRAND") {
            out += c.company.section(QLatin1Char(' '), 0, 0);
        } else if (name == u"R") {
            out += c.region;
        } else if (name == u"CAMP") {
            out += c.campaign;
        } else if (name == u"PERSON") {
            out += c.person;
        } else if (name == u"N") {
            out += QString::number(c.random.between(1, 40));
        } else if (name == u"NNNN") {
            out += QStringLiteral("%1").arg(c.random.between(1, 9999), 4, 10, QLatin1Char('0'));
        } else if (name == u"V") {
            out += QString::number(c.random.between(1, 6));
        } else if (name == u"T") {
            out += pickOne(c.lexicon.topics, c.random);
        } else if (name == u"NOUN") {
            out += noun;
        } else if (name == u"SIZE") {
            static const QStringList sizes { QStringLiteral("728x90"), QStringLiteral("300x250"),
                QStringLiteral("160x600"), QStringLiteral("970x250"), QStringLiteral("1200x628"),
                QStringLiteral("1920x1080") };
            out += pickOne(sizes, c.random);
        }
    }
    return out;
}

namespace {

QString numberToken(CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    const int year = c.createdAt.date().year();
    switch (r.weighted({ 3, 3, 2, 1, 1, 1 })) {
    case 0: return QString::number(year - int(r.below(3)));
    case 1: return QStringLiteral("%1,%2").arg(r.between(1, 999)).arg(r.between(0, 999), 3, 10, QLatin1Char('0'));
    case 2: return QStringLiteral("%1%").arg(r.between(1, 99));
    case 3: return c.product;
    case 4: return QStringLiteral("INV-%1-%2").arg(year).arg(r.between(1, 9999), 4, 10, QLatin1Char('0'));
    default: return c.createdAt.date().addDays(r.between(-90, 90)).toString(Qt::ISODate);
    }
}

} // namespace

void appendText(QString &out, CatalogContext &c, int words, const QString &bias)
{
    const Lexicon &lexicon = c.lexicon;
    SyntheticRandom &r = c.random;
    int sentencesLeftInParagraph = r.between(2, 6);
    for (int written = 0; written < words;) {
        const int length = std::min(words - written, r.between(5, 22));
        if (!out.isEmpty() && !out.endsWith(u'\n')) {
            out += QLatin1Char(' ');
        }
        for (int w = 0; w < length;) {
            const double roll = r.uniform();
            QString token;
            if (roll < 0.008 && length - w >= 3) {
                token = !bias.isEmpty() && r.chance(0.3) ? bias : lexicon.phrases.at(lexicon.phraseZipf.sample(r));
                w += int(token.count(u' ')) + 1;
            } else if (roll < 0.025) {
                token = numberToken(c);
                ++w;
            } else {
                token = lexicon.words.at(lexicon.zipf.sample(r));
                ++w;
            }
            if (out.isEmpty() || out.endsWith(u'\n') || out.endsWith(u' ')) {
                out += capitalised(token);
            } else {
                out += (r.chance(0.05) ? QStringLiteral(", ") : QStringLiteral(" ")) + token;
            }
        }
        out += QLatin1Char('.');
        written += length;
        if (--sentencesLeftInParagraph == 0 && written < words) {
            out += QStringLiteral("\n\n");
            sentencesLeftInParagraph = r.between(2, 6);
        }
    }
}

QString slug(const QString &title)
{
    QString out;
    out.reserve(title.size());
    for (const QChar ch : title) {
        if (ch.isLetterOrNumber()) {
            out += ch.toLower();
        } else if (!out.isEmpty() && !out.endsWith(u'-') && ch != u'.') {
            out += QLatin1Char('-');
        }
    }
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    return out.isEmpty() ? QStringLiteral("untitled") : out;
}

namespace {

int pageCount(Pages pages, SyntheticRandom &r)
{
    switch (pages) {
    case Pages::None: return 0;
    case Pages::Short: return r.chance(0.7) ? 1 : r.between(2, 3);
    case Pages::Normal: {
        static const int low[] = { 1, 2, 6, 21 };
        static const int high[] = { 1, 5, 20, 60 };
        const int band = r.weighted({ 15, 40, 35, 10 });
        return r.between(low[band], high[band]);
    }
    case Pages::Long: {
        const int band = r.weighted({ 30, 50, 20 });
        return band == 0 ? r.between(6, 20) : band == 1 ? r.between(21, 80) : r.between(81, 200);
    }
    case Pages::Slides: return r.between(6, 40);
    }
    return 0;
}

} // namespace

void addDescription(GeneratedItem &item, CatalogContext &c, int low, int high)
{
    QString description;
    appendText(description, c, c.random.between(low, high));
    description.replace(QStringLiteral("\n\n"), QStringLiteral(" "));
    item.metadata.append({ QStringLiteral("description"), description });
}

void makeDocument(GeneratedItem &item, CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    const DocumentClass &kind = pickWeighted(documentClasses, r);
    const FileType &type = pickWeighted(kind.types, r);
    const bool english = c.lexicon.language == QLatin1String("en");
    const QString noun = c.lexicon.documentNouns.value(QString::fromLatin1(kind.name));
    item.category = QString::fromLatin1(kind.name);
    const QString pattern = pickOne(templates(english ? kind.titles : kind.foreignTitles), r);
    item.title = fill(pattern, c, noun);
    item.folder = fill(QString::fromLatin1(kind.folder), c);
    item.filename = slug(item.title) + QLatin1Char('.') + QLatin1String(type.extension);
    item.mimeType = QString::fromLatin1(type.mime);
    static const char *classifications[] = { "public", "internal", "confidential", "restricted" };
    c.classification = QLatin1String(classifications[r.weighted(
        { kind.classification[0], kind.classification[1], kind.classification[2], kind.classification[3] })]);
    // A title that names the product or campaign comes with the field set.
    c.productLikelihood = pattern.contains(QLatin1String("{P}")) ? 1.0 : kind.product;
    c.campaignLikelihood = pattern.contains(QLatin1String("{CAMP}")) ? 1.0 : kind.campaign;

    const bool pdf = QByteArrayView(type.mime) == QByteArrayView(Pdf.mime);
    const bool scanned = pdf && r.chance(0.06); // an image of paper: no text layer
    item.pages = type.paged ? pageCount(kind.pages, r) : 0;
    int words = std::clamp(int(r.logNormal(kind.wordsMedian, kind.wordsSigma)), 30, MaxWords);
    words = std::min(MaxWords, std::max(words, item.pages * 40));
    const QString bias = english ? QString::fromLatin1(kind.phrase) : QString();
    if (!scanned) {
        // The first page opens with the title, as documents do; the words spread over the pages unevenly.
        const int pages = std::max(1, item.pages);
        item.pageTexts.reserve(pages);
        for (int page = 0; page < pages; ++page) {
            QString text = page == 0 ? item.title + QStringLiteral("\n\n") : QString();
            const int share = std::max(5, int(words / pages * (0.5 + r.uniform())));
            text.reserve(text.size() + share * 8);
            appendText(text, c, share, bias);
            item.pageTexts.append(text);
        }
    }
    if (r.chance(0.5)) {
        addDescription(item, c, 15, 60);
    }

    qint64 textBytes = 0;
    for (const QString &page : std::as_const(item.pageTexts)) {
        textBytes += page.size() + page.size() / 20; // UTF-8 of mostly ASCII text
    }
    const QString extension = QLatin1String(type.extension);
    if (pdf) {
        item.size = 20'000 + qint64(item.pages * (scanned ? r.logNormal(250'000, 0.4) : r.logNormal(40'000, 1.0)));
    } else if (extension == QLatin1String("pptx")) {
        item.size = 150'000 + qint64(item.pages * r.logNormal(250'000, 0.9));
    } else if (extension == QLatin1String("xlsx") || extension == QLatin1String("ods")) {
        item.size = qint64(r.logNormal(45'000, 1.1));
    } else if (extension == QLatin1String("eml")) {
        item.size = textBytes + (r.chance(0.4) ? qint64(r.logNormal(300'000, 1.3)) : 2'000);
    } else if (type.paged) {
        item.size = 12'000 + textBytes / 2 + (r.chance(0.3) ? qint64(r.logNormal(400'000, 1.2)) : 0);
    } else {
        item.size = std::max<qint64>(textBytes, 64);
    }

    const QDateTime authored = c.createdAt.addMSecs(-qint64(r.logNormal(5, 1.5) * DayMs));
    item.metadata.append({ QStringLiteral("document-created"), authored.toString(Qt::ISODateWithMs) });
    item.extractedFields.insert(QStringLiteral("created"), authored.toString(Qt::ISODateWithMs));
    if (item.pages > 1) {
        item.metadata.append({ QStringLiteral("pages"), item.pages });
    }
    if (item.pages > 0) {
        item.extractedFields.insert(QStringLiteral("pages"), item.pages);
    }
    if (kind.name == QByteArrayView("contract") || kind.name == QByteArrayView("policy")) {
        const QDate effective = c.createdAt.date().addDays(r.between(0, 60));
        item.metadata.append({ QStringLiteral("effective-date"), effective.toString(Qt::ISODate) });
        if (kind.name == QByteArrayView("contract")) {
            item.metadata.append(
                { QStringLiteral("expiry-date"), effective.addYears(r.between(1, 3)).toString(Qt::ISODate) });
        }
    }
    if (pdf && r.chance(0.1)) {
        item.metadata.append(
            { QStringLiteral("pdfa"), r.chance(0.7) ? QStringLiteral("PDF/A-2b") : QStringLiteral("PDF/A-1b") });
    }
    if (pdf && r.chance(0.05)) {
        item.metadata.append({ QStringLiteral("has-forms"), true });
    }
    if (scanned) {
        item.metadata.append({ QStringLiteral("needs-ocr"), true });
    }
}

} // namespace Folio::Search::SyntheticCatalog
