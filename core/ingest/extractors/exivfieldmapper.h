// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Maps EXIF, IPTC and XMP tags to the unified fields of Folio's field registry (title, keywords, creator,
// captured, camera, gps, …) for ExivReader: which tags feed which field, in which order of precedence,
// and how values are normalised (ISO-8601 dates, signed decimal degrees, "1/250 s", "f/5.6"). Knows
// nothing of Exiv2: ExivReader hands it each mapped tag's values as Qt types.
//
// Thread safety: a value used by one thread at a time; the static key list is immutable.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Folio::Internal {

// One tag's value as the mapping needs it.
struct ExivTagValue
{
    QStringList texts; // every text value: IPTC repetitions, XMP array items
    QList<std::optional<double>> numbers; // the first components as numbers (GPS needs three)
};

// What the container says about itself rather than its tags.
struct ExivImageFacts
{
    int width = 0;
    int height = 0;
    QString iccDescription;
};

class ExivFieldMapper
{
public:
    // Whether the mapping reads KEY ("Exif.Image.Model"), so the reader prepares values only for those.
    static bool isMapped(const QString &key);

    // The first occurrence of a key gives its numbers; further occurrences add their texts.
    void add(const QString &key, const ExivTagValue &value);

    QJsonObject fields(const ExivImageFacts &facts) const;

private:
    QStringList texts(const char *key) const;
    QString firstText(std::initializer_list<const char *> keys) const;
    std::optional<double> number(std::initializer_list<const char *> keys, int index = 0) const;
    QChar reference(const char *key) const;
    std::optional<double> exifCoordinate(const char *key, const char *refKey, QChar negative) const;

    QJsonObject gps() const;
    QStringList keywords() const;
    QString captured() const;
    QString camera() const;
    QString colorProfile(const QString &iccDescription) const;
    void addExposure(QJsonObject &fields) const;

    QHash<QString, ExivTagValue> m_values;
};

} // namespace Folio::Internal
