// SPDX-License-Identifier: GPL-3.0-or-later
// The asset half of SyntheticCatalog: photos, graphics, video, audio and fonts (documents are in
// syntheticcatalog.cpp).
#include "search/syntheticcatalog.h"

#include <QJsonObject>

#include <array>
#include <cmath>

namespace Folio::Search::SyntheticCatalog {

namespace {

using namespace SyntheticVocabulary;

constexpr qint64 DayMs = 86'400'000;

struct AssetType
{
    const char *mime = nullptr;
    const char *extension = nullptr;
    double weight = 0;
    double bytesPerPixel = 0; // for images: the typical compressed size
};

struct Dimensions
{
    int width;
    int height;
    double weight;
};

// clang-format off
const AssetType photoTypes[] = {
    {"image/jpeg", "jpg", 70, 0.3}, {"image/heic", "heic", 10, 0.12}, {"image/x-canon-cr2", "cr2", 4, 1.1},
    {"image/x-nikon-nef", "nef", 4, 1.1}, {"image/x-adobe-dng", "dng", 4, 1.2}, {"image/tiff", "tif", 3, 3.0},
    {"image/png", "png", 5, 0.8},
};
const Dimensions cameraSizes[] = {
    {6000, 4000, 20}, {8192, 5464, 8}, {5472, 3648, 10}, {8256, 5504, 6}, {4032, 3024, 25}, {4000, 3000, 8},
    {2400, 1600, 8}, {1600, 1067, 7}, {6960, 4640, 4}, {5184, 3456, 4},
};
const Dimensions screenSizes[] = {
    {1920, 1080, 40}, {2560, 1440, 20}, {1440, 900, 15}, {1170, 2532, 15}, {3840, 2160, 10},
};
const Dimensions videoSizes[] = {{1920, 1080, 60}, {3840, 2160, 20}, {1280, 720, 15}, {1080, 1920, 5}};
const Dimensions bannerSizes[] = {
    {728, 90, 25}, {300, 250, 25}, {160, 600, 10}, {970, 250, 10}, {1200, 628, 15}, {1920, 1080, 15},
};
const Dimensions socialSizes[] = {{1080, 1080, 40}, {1080, 1920, 30}, {1200, 628, 20}, {1584, 396, 10}};
const Dimensions posterSizes[] = {{4961, 7016, 40}, {7016, 9933, 30}, {3508, 4961, 30}};

struct GraphicStyle
{
    const char *name;
    double weight;
    const char *titles;
    std::array<AssetType, 4> types;
    const char *folder;
};
const GraphicStyle graphicStyles[] = {
    {"logo", 25, "Logo {C}|{BRAND} logo dark|{BRAND} logo white|Logo {CAMP}|Logo horizontal v{V}|Logo stacked {Y}|"
     "Partner logo {C}",
     {{{"image/svg+xml", "svg", 40, 0}, {"image/png", "png", 35, 0.5}, {"application/illustrator", "ai", 20, 0},
       {"image/vnd.adobe.photoshop", "psd", 5, 3}}}, "/Marketing/Brand/Logos"},
    {"banner", 30, "{CAMP} banner {SIZE}|Web banner {T} {SIZE}|Banner {SIZE} {R}|Email banner {CAMP}|"
     "Leaderboard banner {CAMP}|Display banner {P} {SIZE}",
     {{{"image/png", "png", 55, 0.5}, {"image/gif", "gif", 15, 0.4}, {"image/jpeg", "jpg", 20, 0.25},
       {"image/vnd.adobe.photoshop", "psd", 10, 3}}}, "/Marketing/Campaigns/{CAMP}/Banners"},
    {"icon", 10, "Icon {T}|Icon set {T}|App icon v{V}",
     {{{"image/svg+xml", "svg", 60, 0}, {"image/png", "png", 40, 0.5}}}, "/Marketing/Brand/Icons"},
    {"social", 15, "Social post {CAMP} {N}|Instagram story {CAMP}|LinkedIn header {T}|Social tile {P}",
     {{{"image/png", "png", 60, 0.5}, {"image/jpeg", "jpg", 40, 0.25}}}, "/Marketing/Social/{Y}"},
    {"infographic", 10, "Infographic {T} {Y}|Chart {T} {Q} {Y}",
     {{{"image/png", "png", 60, 0.5}, {"image/svg+xml", "svg", 25, 0}, {"application/illustrator", "ai", 15, 0}}},
     "/Marketing/Content/{Y}"},
    {"poster", 10, "Poster {CAMP}|Key visual {CAMP}|Roll-up {T}|Billboard {CAMP} {R}",
     {{{"image/vnd.adobe.photoshop", "psd", 45, 3}, {"application/illustrator", "ai", 30, 0},
       {"image/png", "png", 15, 0.5}, {"image/jpeg", "jpg", 10, 0.25}}}, "/Marketing/Campaigns/{CAMP}/Print"},
};
const AssetType videoTypes[] = {{"video/mp4", "mp4", 70, 0}, {"video/quicktime", "mov", 20, 0}, {"video/webm", "webm", 10, 0}};
const AssetType audioTypes[] = {{"audio/mpeg", "mp3", 60, 40'000}, {"audio/x-wav", "wav", 25, 176'400},
                                {"audio/flac", "flac", 10, 90'000}, {"audio/mp4", "m4a", 5, 24'000}};
// clang-format on

struct Place
{
    double latitude;
    double longitude;
};
const Place places[] = { { 52.52, 13.405 }, { 48.8566, 2.3522 }, { 51.5074, -0.1278 }, { 40.7128, -74.006 },
    { 35.6762, 139.65 }, { -23.5505, -46.63 }, { -33.8688, 151.209 }, { 40.4168, -3.7038 }, { 45.4642, 9.19 },
    { 52.3676, 4.9041 }, { 48.1351, 11.582 }, { 41.3874, 2.1686 } };

QString upperExtension(const char *extension)
{
    return QString::fromLatin1(extension).toUpper();
}

void setDimensions(GeneratedItem &item, const Dimensions &size, bool swap)
{
    item.width = swap ? size.height : size.width;
    item.height = swap ? size.width : size.height;
    item.metadata.append({ QStringLiteral("width"), item.width });
    item.metadata.append({ QStringLiteral("height"), item.height });
    item.extractedFields.insert(QStringLiteral("width"), item.width);
    item.extractedFields.insert(QStringLiteral("height"), item.height);
}

void setDuration(GeneratedItem &item, double seconds)
{
    item.duration = std::round(seconds * 1000) / 1000;
    item.metadata.append({ QStringLiteral("duration"), item.duration });
    item.extractedFields.insert(QStringLiteral("duration"), item.duration);
}

// A camera's own file name for a photo taken at TAKEN.
QString cameraFileStem(const QString &camera, const QDateTime &taken, SyntheticRandom &r)
{
    if (camera.contains(QLatin1String("Pixel"))) {
        return QStringLiteral("PXL_") + taken.toString(QStringLiteral("yyyyMMdd_HHmmss"));
    }
    if (camera.startsWith(QLatin1String("DJI"))) {
        return QStringLiteral("DJI_%1").arg(r.between(1, 9999), 4, 10, QLatin1Char('0'));
    }
    if (camera.startsWith(QLatin1String("Sony")) || camera.startsWith(QLatin1String("Nikon"))) {
        return QStringLiteral("DSC%1").arg(r.between(1, 99999), 5, 10, QLatin1Char('0'));
    }
    if (camera.startsWith(QLatin1String("Canon")) && r.chance(0.3)) {
        return QStringLiteral("_MG_%1").arg(r.between(1, 9999), 4, 10, QLatin1Char('0'));
    }
    return QStringLiteral("IMG_%1").arg(r.between(1, 9999), 4, 10, QLatin1Char('0'));
}

void makePhoto(GeneratedItem &item, CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    const AssetType &type = pickWeighted(photoTypes, r);
    const bool screenshot = type.mime == QByteArrayView("image/png");
    setDimensions(
        item, screenshot ? pickWeighted(screenSizes, r) : pickWeighted(cameraSizes, r), !screenshot && r.chance(0.2));
    item.size = qint64(double(item.width) * item.height * r.logNormal(type.bytesPerPixel, 0.3));
    item.mimeType = QString::fromLatin1(type.mime);

    const QDateTime taken = c.createdAt.addMSecs(-qint64(r.logNormal(1.0, 1.5) * DayMs));
    const QString camera = pickOne(cameras(), r);
    if (screenshot) {
        item.title = QStringLiteral("Screenshot ") + taken.toString(QStringLiteral("yyyy-MM-dd 'at' HH.mm.ss"));
        item.filename = item.title + QStringLiteral(".png");
    } else if (r.chance(0.45)) {
        item.title = cameraFileStem(camera, taken, r);
        item.filename = item.title + QLatin1Char('.') + upperExtension(type.extension);
    } else {
        static const QStringList subjects = QString::fromUtf8(
            "Team portrait|Office lobby|Product shot {P}|Summer picnic|Trade fair booth|Beach sunset|Factory floor|"
            "Headquarters exterior|Store opening {R}|Conference keynote|Workshop session|Customer visit {C}|"
            "Packaging detail {P}|City skyline|Mountain landscape|Event crowd|Award ceremony|Flat lay {T}|"
            "Lifestyle shoot {CAMP}|Drone view {R}|Employee headshot {PERSON}|Window display {CAMP}|"
            "Warehouse aisle|Food styling {T}")
                                                .split(QLatin1Char('|'));
        item.title = fill(pickOne(subjects, r), c);
        if (r.chance(0.4)) {
            item.title += QLatin1Char(' ') + QString::number(r.between(1, 60));
        }
        item.filename = slug(item.title) + QLatin1Char('.') + QLatin1String(type.extension);
    }
    const int folder = r.weighted({ 60, 25, 15 });
    item.folder = fill(folder == 0 ? QStringLiteral("/Photos/{Y}/{Y}-{MM}")
            : folder == 1          ? QStringLiteral("/Marketing/Campaigns/{CAMP}/Photos")
                                   : QStringLiteral("/Marketing/Events/{Y}"),
        c);
    c.campaignLikelihood = folder == 1 ? 1.0 : 0.3;

    const QString captured = taken.toString(Qt::ISODateWithMs);
    item.metadata.append({ QStringLiteral("captured"), captured });
    item.extractedFields.insert(QStringLiteral("captured"), captured);
    if (!screenshot && r.chance(0.9)) {
        static const int isos[] = { 100, 200, 400, 800, 1600, 3200, 6400 };
        static const char *apertures[] = { "f/1.8", "f/2.8", "f/4", "f/5.6", "f/8", "f/11" };
        static const char *exposures[] = { "1/60", "1/125", "1/250", "1/500", "1/1000", "1/30" };
        const bool interchangeable = !camera.contains(QLatin1String("iPhone"))
            && !camera.contains(QLatin1String("Pixel")) && !camera.contains(QLatin1String("Galaxy"))
            && !camera.startsWith(QLatin1String("DJI")) && !camera.startsWith(QLatin1String("Leica"));
        QList<std::pair<QString, QJsonValue>> exif {
            { QStringLiteral("camera"), camera },
            { QStringLiteral("iso"), isos[r.below(std::size(isos))] },
            { QStringLiteral("aperture"), QLatin1String(apertures[r.below(std::size(apertures))]) },
            { QStringLiteral("exposure"), QLatin1String(exposures[r.below(std::size(exposures))]) },
            { QStringLiteral("focal-length"), QStringLiteral("%1 mm").arg(r.between(14, 200)) },
            { QStringLiteral("orientation"), item.height > item.width ? 6 : 1 },
            { QStringLiteral("color-profile"),
                r.chance(0.8) ? QStringLiteral("sRGB IEC61966-2.1") : QStringLiteral("Adobe RGB (1998)") },
        };
        if (interchangeable) {
            exif.append({ QStringLiteral("lens"), pickOne(lenses(), r) });
        }
        for (const auto &[key, value] : std::as_const(exif)) {
            item.metadata.append({ key, value });
            item.extractedFields.insert(key, value);
        }
    }
    if (!screenshot && r.chance(0.35)) {
        const Place &place = places[r.below(std::size(places))];
        const double latitude = std::round((place.latitude + (r.uniform() - 0.5) * 0.1) * 1e6) / 1e6;
        const double longitude = std::round((place.longitude + (r.uniform() - 0.5) * 0.1) * 1e6) / 1e6;
        item.gps = true;
        item.metadata.append({ QStringLiteral("gps-latitude"), latitude });
        item.metadata.append({ QStringLiteral("gps-longitude"), longitude });
        item.extractedFields.insert(QStringLiteral("gps"),
            QJsonObject { { QStringLiteral("latitude"), latitude }, { QStringLiteral("longitude"), longitude } });
    }
}

void makeGraphic(GeneratedItem &item, CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    const GraphicStyle &style = pickWeighted(graphicStyles, r);
    const AssetType &type = pickWeighted(style.types, r);
    const QString name = QString::fromLatin1(style.name);
    const QString pattern = pickOne(QString::fromLatin1(style.titles).split(QLatin1Char('|')), r);
    item.title = fill(pattern, c);
    item.mimeType = QString::fromLatin1(type.mime);
    item.filename = slug(item.title) + QLatin1Char('.') + QLatin1String(type.extension);
    item.folder = fill(QString::fromLatin1(style.folder), c);
    if (name == QLatin1String("banner") && r.chance(0.3)) {
        item.folder = QStringLiteral("/Marketing/Web/Banners");
    }
    c.campaignLikelihood = item.folder.contains(c.campaign) || pattern.contains(QLatin1String("{CAMP}")) ? 1.0 : 0.2;
    c.productLikelihood = pattern.contains(QLatin1String("{P}")) ? 1.0 : 0.25;

    const bool vector = type.bytesPerPixel == 0;
    if (name == QLatin1String("banner")) {
        setDimensions(item, pickWeighted(bannerSizes, r), false);
    } else if (name == QLatin1String("social")) {
        setDimensions(item, pickWeighted(socialSizes, r), false);
    } else if (name == QLatin1String("poster")) {
        setDimensions(item, pickWeighted(posterSizes, r), false);
    } else if (name == QLatin1String("infographic")) {
        setDimensions(item, { r.between(12, 40) * 100, r.between(20, 80) * 100, 1 }, false);
    } else {
        const int side = r.between(64, 4000);
        setDimensions(
            item, { side, int(side * (name == QLatin1String("logo") ? 0.4 + r.uniform() * 0.6 : 1.0)), 1 }, false);
    }
    if (vector) {
        item.size = qint64(type.mime == QByteArrayView("application/illustrator") ? r.logNormal(4'000'000, 1.0)
                                                                                  : r.logNormal(40'000, 1.0));
    } else {
        item.size = qint64(double(item.width) * item.height * r.logNormal(type.bytesPerPixel, 0.5));
    }
}

void makeVideo(GeneratedItem &item, CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    const AssetType &type = pickWeighted(videoTypes, r);
    static const QStringList titles = QString::fromUtf8(
        "{CAMP} teaser|Product demo {P}|Webinar recording {M} {Y}|Interview {PERSON}|Event highlights {Y}|"
        "Tutorial: {T}|Testimonial {C}|Drone footage {R}|Social clip {CAMP} {N}|Recruiting video {Y}")
                                          .split(QLatin1Char('|'));
    const QString pattern = pickOne(titles, r);
    item.title = fill(pattern, c);
    item.mimeType = QString::fromLatin1(type.mime);
    item.filename = slug(item.title) + QLatin1Char('.') + QLatin1String(type.extension);
    const bool campaign = pattern.contains(QLatin1String("{CAMP}")) || r.chance(0.25);
    item.folder = fill(campaign                            ? QStringLiteral("/Marketing/Campaigns/{CAMP}/Video")
            : pattern.startsWith(QLatin1String("Webinar")) ? QStringLiteral("/Video/Webinars")
                                                           : QStringLiteral("/Video/{Y}"),
        c);
    c.campaignLikelihood = campaign ? 1.0 : 0.1;
    c.productLikelihood = pattern.contains(QLatin1String("{P}")) ? 1.0 : 0.3;
    const Dimensions &size = pickWeighted(videoSizes, r);
    setDimensions(item, size, false);
    // Teasers and clips are short, recordings and interviews long.
    const bool longForm = pattern.startsWith(QLatin1String("Webinar")) || pattern.startsWith(QLatin1String("Interview"))
        || pattern.startsWith(QLatin1String("Tutorial"));
    const bool shortForm = pattern.contains(QLatin1String("teaser")) || pattern.startsWith(QLatin1String("Social"));
    setDuration(item,
        std::clamp(longForm ? r.logNormal(900, 0.7)
                : shortForm ? r.logNormal(25, 0.5)
                            : r.logNormal(90, 0.8),
            2.0, 7200.0));
    const double megabits = (size.width >= 3840                                 ? 40
                                    : size.width >= 1920 || size.height >= 1920 ? 9
                                                                                : 4)
        * r.logNormal(1.0, 0.3);
    item.size = qint64(item.duration * megabits * 125'000);
    item.extractedFields.insert(
        QStringLiteral("video-codec"), size.width >= 3840 ? QStringLiteral("hevc") : QStringLiteral("h264"));
    item.extractedFields.insert(QStringLiteral("frame-rate"), r.chance(0.7) ? 25 : 30);
}

void makeAudio(GeneratedItem &item, CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    const AssetType &type = pickWeighted(audioTypes, r);
    static const QStringList titles = QString::fromUtf8(
        "Podcast episode {N}|Jingle {CAMP}|Voice-over {T} {R}|Interview audio {PERSON}|Hold music {Y}|"
        "Radio spot {CAMP}|Sound logo {BRAND}")
                                          .split(QLatin1Char('|'));
    const QString pattern = pickOne(titles, r);
    item.title = fill(pattern, c);
    item.mimeType = QString::fromLatin1(type.mime);
    item.filename = slug(item.title) + QLatin1Char('.') + QLatin1String(type.extension);
    item.folder = fill(QStringLiteral("/Audio/{Y}"), c);
    c.campaignLikelihood = pattern.contains(QLatin1String("{CAMP}")) ? 1.0 : 0.1;
    const double seconds = pattern.startsWith(QLatin1String("Podcast")) ? r.logNormal(1800, 0.4)
        : pattern.startsWith(QLatin1String("Jingle")) || pattern.startsWith(QLatin1String("Sound"))
        ? r.logNormal(15, 0.4)
        : pattern.startsWith(QLatin1String("Radio")) ? r.logNormal(30, 0.2)
                                                     : r.logNormal(180, 0.8);
    setDuration(item, std::clamp(seconds, 1.0, 5400.0));
    item.size = qint64(item.duration * type.bytesPerPixel); // bytes per second for audio
    item.extractedFields.insert(QStringLiteral("channels"), 2);
    item.extractedFields.insert(QStringLiteral("sample-rate"), 44100);
}

void makeFont(GeneratedItem &item, CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    static const char *weights[] = { "Regular", "Bold", "Light", "Italic", "Medium", "Black" };
    const bool otf = r.chance(0.5);
    const char *style = r.chance(0.6) ? "{BRAND} Sans " : "{BRAND} Serif ";
    item.title = fill(QLatin1String(style) + QLatin1String(weights[r.below(std::size(weights))]), c);
    item.mimeType = otf ? QStringLiteral("font/otf") : QStringLiteral("font/ttf");
    item.filename = slug(item.title) + QLatin1String(otf ? ".otf" : ".ttf");
    item.folder = QStringLiteral("/Marketing/Brand/Fonts");
    item.size = qint64(r.logNormal(120'000, 0.6));
    c.campaignLikelihood = 0;
    c.productLikelihood = 0;
}

} // namespace

void makeAsset(GeneratedItem &item, CatalogContext &c)
{
    SyntheticRandom &r = c.random;
    static const char *categories[] = { "photo", "graphic", "video", "audio", "font" };
    const int category = r.weighted({ 55, 22, 13, 7, 3 });
    item.category = QLatin1String(categories[category]);
    switch (category) {
    case 0: makePhoto(item, c); break;
    case 1: makeGraphic(item, c); break;
    case 2: makeVideo(item, c); break;
    case 3: makeAudio(item, c); break;
    default: makeFont(item, c); break;
    }
    static const char *classifications[] = { "public", "internal", "confidential", "restricted" };
    c.classification = QLatin1String(classifications[r.weighted({ 35, 55, 8, 2 })]);
    if (category != 4 && r.chance(0.45)) {
        addDescription(item, c, 10, 35);
    }
}

} // namespace Folio::Search::SyntheticCatalog
