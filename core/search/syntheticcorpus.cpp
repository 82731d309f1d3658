// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/syntheticcorpus.h"

#include "search/syntheticcatalog.h"
#include "search/syntheticvocabulary.h"

#include <QJsonArray>

#include <array>
#include <cmath>

namespace Folio::Search {

using namespace SyntheticVocabulary;

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr int Years = 10;
// Libraries grow: each year adds this much more than the one before.
constexpr double GrowthPerYear = 0.2;

QString uuidV7(qint64 ms, SyntheticRandom &random)
{
    std::array<quint8, 16> bytes {};
    for (int i = 0; i < 6; ++i) {
        bytes[size_t(i)] = quint8(quint64(ms) >> (40 - 8 * i));
    }
    const quint64 a = random.next();
    const quint64 b = random.next();
    bytes[6] = quint8(0x70 | (a & 0x0f));
    bytes[7] = quint8(a >> 8);
    for (int i = 0; i < 8; ++i) {
        bytes[size_t(8 + i)] = quint8(b >> (56 - 8 * i));
    }
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f));
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes.data()), 16).toHex();
    return QString::fromLatin1(
        hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20));
}

QString isoDate(const QDateTime &time)
{
    return time.date().toString(Qt::ISODate);
}

// The campaign an item made around DATE belongs to: its season's, or the next one's (material is made
// before a campaign starts).
QString seasonalCampaign(QDate date, SyntheticRandom &random)
{
    if (random.chance(0.3)) {
        date = date.addMonths(3);
    }
    const int month = date.month();
    if (month >= 3 && month <= 5) {
        return campaign(0, date.year());
    }
    if (month >= 6 && month <= 8) {
        return month == 8 && random.chance(0.4) ? campaign(4, date.year()) : campaign(1, date.year());
    }
    if (month >= 9 && month <= 11) {
        return month == 11 && random.chance(0.5) ? campaign(5, date.year()) : campaign(2, date.year());
    }
    return campaign(3, month == 12 ? date.year() : date.year() - 1);
}

QString pickStatus(const QString &kind, double ageYears, bool recent, SyntheticRandom &random)
{
    static const char *names[] = { "draft", "in_review", "approved", "published", "archived", "disposed" };
    const double boost = recent ? 3.0 : 1.0;
    const int pick = kind == QLatin1String("document")
        ? random.weighted({ 16 * boost, 7 * boost, 30, 24, 18 + 4 * ageYears, ageYears > 3 ? 1 + 0.3 * ageYears : 0.2 })
        : random.weighted(
            { 12 * boost, 6 * boost, 30, 38, 8 + 3 * ageYears, ageYears > 3 ? 0.5 + 0.2 * ageYears : 0.1 });
    return QLatin1String(names[pick]);
}

QString pickRegion(const QString &language, SyntheticRandom &random)
{
    const QStringList &all = regions(); // EU NA APAC LATAM UK DACH NORDICS MEA GLOBAL
    int pick = 0;
    if (language == QLatin1String("de")) {
        pick = random.weighted({ 40, 2, 1, 1, 1, 50, 3, 1, 1 });
    } else if (language == QLatin1String("es")) {
        pick = random.weighted({ 50, 5, 1, 40, 1, 0, 0, 2, 1 });
    } else if (language != QLatin1String("en")) {
        pick = random.weighted({ 70, 3, 2, 2, 3, 5, 10, 3, 2 });
    } else {
        pick = random.weighted({ 24, 28, 15, 7, 10, 3, 4, 5, 4 });
    }
    return all.at(pick);
}

// Product ids P-0001..P-9999, drawn with Zipf's law over a fixed shuffle in which P-1234 ranks third.
QString pickProduct(SyntheticRandom &random)
{
    static const ZipfSampler zipf(9999, 1.0, 2.0);
    const int rank = zipf.sample(random);
    const int id = int((qint64(rank - 2 + 9999) * 6007 + 1233) % 9999) + 1;
    return QStringLiteral("P-%1").arg(id, 4, 10, QLatin1Char('0'));
}

QStringList pickKeywords(int count, SyntheticRandom &random)
{
    static const ZipfSampler zipf(int(keywords().size()), 1.0, 1.0);
    QStringList picked;
    for (int attempt = 0; picked.size() < count && attempt < count * 3; ++attempt) {
        const QString &keyword = keywords().at(zipf.sample(random));
        if (!picked.contains(keyword)) {
            picked.append(keyword);
        }
    }
    return picked;
}

QString pickPerson(SyntheticRandom &random)
{
    static const ZipfSampler zipf(int(persons().size()), 1.1, 3.0);
    return persons().at(zipf.sample(random));
}

} // namespace

QJsonValue GeneratedItem::value(const QString &key) const
{
    for (const auto &[field, value] : metadata) {
        if (field == key) {
            return value;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString GeneratedItem::text() const
{
    QString out = title;
    const QJsonValue description = value(QStringLiteral("description"));
    if (description.isString()) {
        out += QLatin1Char('\n') + description.toString();
    }
    const QJsonValue tags = value(QStringLiteral("keywords"));
    if (tags.isArray()) {
        out += QLatin1Char('\n') + tags.toVariant().toStringList().join(QStringLiteral(", "));
    }
    for (const QString &page : pageTexts) {
        out += QStringLiteral("\n\n") + page;
    }
    return out;
}

SyntheticCorpus::SyntheticCorpus(quint64 seed, const Options &options)
    : m_seed(seed)
    , m_count(std::max<qint64>(0, options.count))
    , m_now(options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc())
    , m_start(m_now.addYears(-Years))
{ }

GeneratedItem SyntheticCorpus::next()
{
    return at(m_position++);
}

QList<GeneratedItem> SyntheticCorpus::nextBatch(int maximum)
{
    QList<GeneratedItem> batch;
    const qint64 end = std::min(m_count, m_position + maximum);
    batch.reserve(end - m_position);
    while (m_position < end) {
        batch.append(at(m_position++));
    }
    return batch;
}

GeneratedItem SyntheticCorpus::at(qint64 index) const
{
    SyntheticRandom random(SyntheticRandom::mix(m_seed) ^ SyntheticRandom::mix(quint64(index) + 0x51ed));
    GeneratedItem item;
    item.index = index;

    // Creation times rise with the index along an exponential growth curve over the ten years, so the
    // last items were made just before `now`.
    const qint64 startMs = m_start.toMSecsSinceEpoch();
    const qint64 spanMs = m_now.toMSecsSinceEpoch() - startMs;
    const double growth = std::log1p(GrowthPerYear) * Years; // over the whole span
    const double fraction = std::min(1.0, (double(index) + random.uniform()) / double(std::max<qint64>(1, m_count)));
    const double position = std::log1p(fraction * std::expm1(growth)) / growth;
    const qint64 createdMs = startMs + qint64(position * double(spanMs));
    const qint64 nowMs = startMs + spanMs;
    qint64 modifiedMs = createdMs;
    if (random.chance(0.04) && nowMs - 30 * DayMs > createdMs) {
        modifiedMs = nowMs - qint64(random.uniform() * 30 * DayMs); // edited recently
    } else if (random.chance(0.5)) {
        modifiedMs = std::min(nowMs, createdMs + qint64(random.logNormal(3.0, 2.0) * DayMs));
    }
    item.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    item.modifiedAt = QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC);
    item.uuid = uuidV7(createdMs, random);
    item.versionUuid = uuidV7(createdMs, random);
    item.contentKey = random.next();

    const double ageYears = double(nowMs - createdMs) / (365.25 * DayMs);
    const bool recent = nowMs - createdMs < 30 * DayMs;
    item.kind = random.chance(0.6) ? QStringLiteral("asset") : QStringLiteral("document");
    const bool document = item.kind == QLatin1String("document");
    item.language = languages().at(random.weighted({ 76, 9, 6, 5, 2.5, 1.5 }));
    item.status = pickStatus(item.kind, ageYears, recent, random);

    // What every kind may carry; the catalog decides the rest and how likely each is for the category.
    CatalogContext context { random, lexicon(item.language), item.createdAt };
    context.company = companies().at(random.below(quint64(companies().size())));
    context.region = pickRegion(item.language, random);
    context.person = pickPerson(random);
    context.product = pickProduct(random);
    context.campaign
        = random.chance(0.75) ? seasonalCampaign(item.createdAt.date(), random) : QStringLiteral("alwayson");
    if (document) {
        SyntheticCatalog::makeDocument(item, context);
    } else {
        SyntheticCatalog::makeAsset(item, context);
    }

    // Registry metadata shared by both kinds.
    auto add = [&item](const char *key, const QJsonValue &value) {
        item.metadata.append({ QString::fromLatin1(key), value });
    };
    if (random.chance(0.85)) {
        add("creator", context.person);
    }
    if (random.chance(context.productLikelihood)) {
        add("product", context.product);
    }
    if (random.chance(context.campaignLikelihood)) {
        add("campaign", context.campaign);
    }
    if (random.chance(0.55)) {
        add("region", context.region);
    }
    if (document || item.value(QStringLiteral("description")).isString()) {
        add("language", item.language);
    }
    const bool tagged = random.chance(document ? 0.55 : 0.85);
    QStringList tags
        = tagged ? pickKeywords(document ? random.between(1, 4) : random.between(1, 8), random) : QStringList();
    if (item.status == QLatin1String("draft") && random.chance(0.4) && !tags.contains(QStringLiteral("draft"))) {
        tags.append(QStringLiteral("draft"));
    }
    const int month = item.createdAt.date().month();
    if (month >= 6 && month <= 8 && random.chance(0.3) && !tags.contains(QStringLiteral("summer"))) {
        tags.append(QStringLiteral("summer"));
    }
    if (!tags.isEmpty()) {
        add("keywords", QJsonArray::fromStringList(tags));
    }
    if (!document && random.chance(0.4)) {
        item.rating = random.weighted({ 4, 8, 14, 30, 28, 16 });
    } else if (document && random.chance(0.03)) {
        item.rating = random.between(1, 5);
    }
    if (item.rating >= 0) {
        add("rating", item.rating);
    }
    if (!document && random.chance(0.25)) {
        add("rights", QStringLiteral("© %1 %2").arg(item.createdAt.date().year()).arg(context.company));
        add("usage-terms",
            QStringLiteral("Web and social media, %1, until %2")
                .arg(context.region, isoDate(item.createdAt.addYears(random.between(1, 3)))));
    }
    if (!document && random.chance(0.08)) {
        static const char *labels[] = { "Red", "Yellow", "Green", "Blue", "Purple" };
        add("label", QLatin1String(labels[random.below(5)]));
    }
    item.classification = context.classification;
    return item;
}

} // namespace Folio::Search
