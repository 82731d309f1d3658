// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/exivfieldmapper.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <cmath>

namespace Folio::Internal {

namespace {

// Every tag a field reads. Within a field the first tag with a value wins; the order follows what the
// user edits last: XMP (written by photo editors), then IPTC, then EXIF (written by the camera).
// clang-format off
const char *const mappedKeys[] = {
    "Xmp.dc.title", "Iptc.Application2.ObjectName", "Exif.Image.XPTitle",
    "Xmp.dc.description", "Iptc.Application2.Caption", "Exif.Image.ImageDescription",
    "Xmp.dc.subject", "Iptc.Application2.Keywords", "Xmp.lr.hierarchicalSubject",
    "Xmp.dc.creator", "Iptc.Application2.Byline", "Exif.Image.Artist",
    "Xmp.dc.rights", "Iptc.Application2.Copyright", "Exif.Image.Copyright", "Xmp.xmpRights.UsageTerms",
    "Exif.Photo.DateTimeOriginal", "Exif.Photo.OffsetTimeOriginal", "Xmp.photoshop.DateCreated",
    "Xmp.exif.DateTimeOriginal", "Iptc.Application2.DateCreated", "Iptc.Application2.TimeCreated",
    "Exif.Image.Make", "Exif.Image.Model", "Xmp.tiff.Make", "Xmp.tiff.Model",
    "Exif.Photo.LensModel", "Xmp.aux.Lens", "Xmp.exifEX.LensModel", "Exif.Canon.LensModel", "Exif.CanonCs.Lens",
    "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", "Exif.GPSInfo.GPSLongitude",
    "Exif.GPSInfo.GPSLongitudeRef", "Exif.GPSInfo.GPSAltitude", "Exif.GPSInfo.GPSAltitudeRef",
    "Xmp.exif.GPSLatitude", "Xmp.exif.GPSLongitude", "Xmp.exif.GPSAltitude", "Xmp.exif.GPSAltitudeRef",
    "Exif.Photo.PixelXDimension", "Exif.Photo.PixelYDimension", "Exif.Image.ImageWidth", "Exif.Image.ImageLength",
    "Exif.Image.Orientation", "Xmp.tiff.Orientation",
    "Exif.Photo.ColorSpace", "Xmp.exif.ColorSpace", "Exif.Iop.InteroperabilityIndex",
    "Xmp.xmp.Rating", "Exif.Image.Rating", "Xmp.xmp.Label",
    "Exif.Photo.ExposureTime", "Xmp.exif.ExposureTime", "Exif.Photo.ShutterSpeedValue", "Xmp.exif.ShutterSpeedValue",
    "Exif.Photo.FNumber", "Xmp.exif.FNumber", "Exif.Photo.ApertureValue", "Xmp.exif.ApertureValue",
    "Exif.Photo.ISOSpeedRatings", "Exif.Photo.ISOSpeed", "Xmp.exif.ISOSpeedRatings",
    "Exif.Photo.FocalLength", "Xmp.exif.FocalLength",
};
// clang-format on

// "5.6", "8" (not "8.0"), "135".
QString decimal(double value)
{
    const QString text = QString::number(value, 'f', 1);
    return text.endsWith(QLatin1String(".0")) ? text.chopped(2) : text;
}

void insertText(QJsonObject &fields, const char *key, const QString &text)
{
    if (!text.isEmpty()) {
        fields.insert(QLatin1String(key), text);
    }
}

// XMP writes coordinates as "DDD,MM,SSk" or "DDD,MM.mmk".
std::optional<double> xmpCoordinate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+),(\\d+(?:\\.\\d+)?)(?:,(\\d+(?:\\.\\d+)?))?([NSEW])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const double value
        = match.captured(1).toDouble() + match.captured(2).toDouble() / 60 + match.captured(3).toDouble() / 3600;
    const QString ref = match.captured(4);
    return ref == QLatin1String("S") || ref == QLatin1String("W") ? -value : value;
}

// "2008:05:30 15:56:01" → "2008-05-30T15:56:01"; empty for the all-zero dates cameras write when unset.
QString exifDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}):(\\d{2}):(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return date.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(Qt::ISODate);
}

// XMP and IPTC dates are already ISO-8601, possibly partial ("2004-02-26"); anything else is dropped.
QString isoDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$"));
    return pattern.match(text).hasMatch() && !text.startsWith(QLatin1String("0000")) ? text : QString();
}

} // namespace

bool ExivFieldMapper::isMapped(const QString &key)
{
    static const QSet<QString> keys = [] {
        QSet<QString> set;
        for (const char *key : mappedKeys) {
            set.insert(QLatin1String(key));
        }
        return set;
    }();
    return keys.contains(key);
}

void ExivFieldMapper::add(const QString &key, const ExivTagValue &value)
{
    const auto existing = m_values.find(key);
    if (existing == m_values.end()) {
        m_values.insert(key, value);
    } else {
        existing->texts += value.texts;
    }
}

QStringList ExivFieldMapper::texts(const char *key) const
{
    return m_values.value(QLatin1String(key)).texts;
}

QString ExivFieldMapper::firstText(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        if (const QStringList values = texts(key); !values.isEmpty()) {
            return values.join(QStringLiteral("; "));
        }
    }
    return {};
}

std::optional<double> ExivFieldMapper::number(std::initializer_list<const char *> keys, int index) const
{
    for (const char *key : keys) {
        const auto found = m_values.constFind(QLatin1String(key));
        if (found != m_values.cend() && index < found->numbers.size() && found->numbers.at(index)) {
            return found->numbers.at(index);
        }
    }
    return std::nullopt;
}

// The first letter of a GPS reference: N, S, E, W; "1" means below sea level for altitude.
QChar ExivFieldMapper::reference(const char *key) const
{
    const QString text = texts(key).value(0);
    return text.isEmpty() ? QChar() : text.front().toUpper();
}

std::optional<double> ExivFieldMapper::exifCoordinate(const char *key, const char *refKey, QChar negative) const
{
    const auto degrees = number({ key }, 0);
    if (!degrees) {
        return std::nullopt;
    }
    const double value = *degrees + number({ key }, 1).value_or(0) / 60 + number({ key }, 2).value_or(0) / 3600;
    return reference(refKey) == negative ? -value : value;
}

QJsonObject ExivFieldMapper::gps() const
{
    auto latitude = exifCoordinate("Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", QLatin1Char('S'));
    auto longitude = exifCoordinate("Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", QLatin1Char('W'));
    auto altitude = number({ "Exif.GPSInfo.GPSAltitude" });
    QChar altitudeRef = reference("Exif.GPSInfo.GPSAltitudeRef");
    if (!latitude || !longitude) {
        latitude = xmpCoordinate(firstText({ "Xmp.exif.GPSLatitude" }));
        longitude = xmpCoordinate(firstText({ "Xmp.exif.GPSLongitude" }));
        altitude = number({ "Xmp.exif.GPSAltitude" });
        altitudeRef = reference("Xmp.exif.GPSAltitudeRef");
    }
    if (!latitude || !longitude || std::abs(*latitude) > 90 || std::abs(*longitude) > 180) {
        return {};
    }
    QJsonObject gps { { QStringLiteral("latitude"), *latitude }, { QStringLiteral("longitude"), *longitude } };
    if (altitude) {
        gps.insert(QStringLiteral("altitude"), altitudeRef == QLatin1Char('1') ? -*altitude : *altitude);
    }
    return gps;
}

// IPTC and XMP usually mirror each other: the union, first spelling kept, without repeats.
QStringList ExivFieldMapper::keywords() const
{
    QStringList keywords;
    QSet<QString> seen;
    for (const char *key : { "Xmp.dc.subject", "Iptc.Application2.Keywords", "Xmp.lr.hierarchicalSubject" }) {
        for (const QString &keyword : texts(key)) {
            const QString folded = keyword.toCaseFolded();
            if (!seen.contains(folded)) {
                seen.insert(folded);
                keywords.append(keyword);
            }
        }
    }
    return keywords;
}

QString ExivFieldMapper::captured() const
{
    if (QString captured = exifDateTime(firstText({ "Exif.Photo.DateTimeOriginal" })); !captured.isEmpty()) {
        static const QRegularExpression offsetPattern(QStringLiteral("^([+-]\\d{2}:\\d{2}|Z)$"));
        const QString offset = firstText({ "Exif.Photo.OffsetTimeOriginal" });
        return offsetPattern.match(offset).hasMatch() ? captured + offset : captured;
    }
    for (const char *key : { "Xmp.photoshop.DateCreated", "Xmp.exif.DateTimeOriginal" }) {
        if (QString captured = isoDateTime(firstText({ key })); !captured.isEmpty()) {
            return captured;
        }
    }
    const QString date = isoDateTime(firstText({ "Iptc.Application2.DateCreated" }));
    const QString time = firstText({ "Iptc.Application2.TimeCreated" });
    const QString dateTime = isoDateTime(date + QLatin1Char('T') + time);
    return date.isEmpty() || time.isEmpty() || dateTime.isEmpty() ? date : dateTime;
}

QString ExivFieldMapper::camera() const
{
    const QString make = firstText({ "Exif.Image.Make", "Xmp.tiff.Make" });
    QString model = firstText({ "Exif.Image.Model", "Xmp.tiff.Model" });
    if (make.isEmpty() || model.isEmpty()) {
        return make.isEmpty() ? model : make;
    }
    // "Canon" + "Canon EOS 40D", "NIKON CORPORATION" + "NIKON D70": the model often repeats the make.
    const QString brand = make.section(QLatin1Char(' '), 0, 0);
    if (model.startsWith(make, Qt::CaseInsensitive) || model.startsWith(brand, Qt::CaseInsensitive)) {
        return model;
    }
    return make + QLatin1Char(' ') + model;
}

QString ExivFieldMapper::colorProfile(const QString &iccDescription) const
{
    if (!iccDescription.isEmpty()) {
        return iccDescription;
    }
    const auto space = number({ "Exif.Photo.ColorSpace", "Xmp.exif.ColorSpace" });
    if (!space) {
        return {};
    }
    switch (int(*space)) {
    case 1: return QStringLiteral("sRGB");
    case 2: return QStringLiteral("Adobe RGB");
    case 0xFFFF:
        // DCF: an uncalibrated file whose interoperability index is R03 is in Adobe RGB.
        return firstText({ "Exif.Iop.InteroperabilityIndex" }) == QLatin1String("R03") ? QStringLiteral("Adobe RGB")
                                                                                       : QStringLiteral("uncalibrated");
    default: return {};
    }
}

void ExivFieldMapper::addExposure(QJsonObject &fields) const
{
    // ShutterSpeedValue and ApertureValue are APEX values, written by cameras that omit the plain ones.
    auto time = number({ "Exif.Photo.ExposureTime", "Xmp.exif.ExposureTime" });
    if (!time || *time <= 0) {
        if (const auto apex = number({ "Exif.Photo.ShutterSpeedValue", "Xmp.exif.ShutterSpeedValue" })) {
            time = std::pow(2.0, -*apex);
        }
    }
    if (time && *time > 0) {
        // As cameras show it: fractions of a second up to 1/4, decimals above.
        insertText(fields, "exposure",
            *time < 0.25001 ? QStringLiteral("1/%1 s").arg(std::lround(1 / *time))
                            : QStringLiteral("%1 s").arg(decimal(*time)));
    }
    auto aperture = number({ "Exif.Photo.FNumber", "Xmp.exif.FNumber" });
    if (!aperture || *aperture <= 0) {
        if (const auto apex = number({ "Exif.Photo.ApertureValue", "Xmp.exif.ApertureValue" })) {
            aperture = std::pow(2.0, *apex / 2);
        }
    }
    if (aperture && *aperture > 0) {
        fields.insert(QStringLiteral("aperture"), QStringLiteral("f/%1").arg(decimal(*aperture)));
    }
    // 65535 is what EXIF 2.2 cameras write when the speed does not fit in a short.
    if (const auto iso = number({ "Exif.Photo.ISOSpeedRatings", "Exif.Photo.ISOSpeed", "Xmp.exif.ISOSpeedRatings" });
        iso && *iso > 0 && *iso < 65535) {
        fields.insert(QStringLiteral("iso"), int(*iso));
    }
    if (const auto focal = number({ "Exif.Photo.FocalLength", "Xmp.exif.FocalLength" }); focal && *focal > 0) {
        fields.insert(QStringLiteral("focal-length"), QStringLiteral("%1 mm").arg(decimal(*focal)));
    }
}

QJsonObject ExivFieldMapper::fields(const ExivImageFacts &facts) const
{
    QJsonObject fields;
    insertText(fields, "title", firstText({ "Xmp.dc.title", "Iptc.Application2.ObjectName", "Exif.Image.XPTitle" }));
    insertText(fields, "description",
        firstText({ "Xmp.dc.description", "Iptc.Application2.Caption", "Exif.Image.ImageDescription" }));
    if (const QStringList words = keywords(); !words.isEmpty()) {
        fields.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(words));
    }
    insertText(fields, "creator", firstText({ "Xmp.dc.creator", "Iptc.Application2.Byline", "Exif.Image.Artist" }));
    insertText(fields, "rights", firstText({ "Xmp.dc.rights", "Iptc.Application2.Copyright", "Exif.Image.Copyright" }));
    insertText(fields, "usage-terms", firstText({ "Xmp.xmpRights.UsageTerms" }));
    insertText(fields, "captured", captured());
    insertText(fields, "camera", camera());
    insertText(fields, "lens",
        firstText({ "Exif.Photo.LensModel", "Xmp.aux.Lens", "Xmp.exifEX.LensModel", "Exif.Canon.LensModel",
            "Exif.CanonCs.Lens" }));
    if (const QJsonObject position = gps(); !position.isEmpty()) {
        fields.insert(QStringLiteral("gps"), position);
    }
    // The container's own size first: EXIF dimensions survive resizing and cropping untouched.
    int width = facts.width;
    int height = facts.height;
    if (width <= 0 || height <= 0) {
        width = int(number({ "Exif.Photo.PixelXDimension", "Exif.Image.ImageWidth" }).value_or(0));
        height = int(number({ "Exif.Photo.PixelYDimension", "Exif.Image.ImageLength" }).value_or(0));
    }
    if (width > 0 && height > 0) {
        fields.insert(QStringLiteral("width"), width);
        fields.insert(QStringLiteral("height"), height);
    }
    if (const auto orientation = number({ "Exif.Image.Orientation", "Xmp.tiff.Orientation" });
        orientation && *orientation >= 1 && *orientation <= 8) {
        fields.insert(QStringLiteral("orientation"), int(*orientation));
    }
    insertText(fields, "color-profile", colorProfile(facts.iccDescription));
    if (const auto rating = number({ "Xmp.xmp.Rating", "Exif.Image.Rating" })) {
        fields.insert(QStringLiteral("rating"), *rating < 0 ? -1 : std::min(5, int(std::lround(*rating))));
    }
    insertText(fields, "label", firstText({ "Xmp.xmp.Label" }));
    addExposure(fields);
    return fields;
}

} // namespace Folio::Internal
