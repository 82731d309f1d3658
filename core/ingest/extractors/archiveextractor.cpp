// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/archiveextractor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSet>

namespace Folio {

namespace {

// A lone compressed file is read by libarchive's raw format: its format names filters only ("gzip").
bool isLoneFile(const QString &format)
{
    const QString base = format.section(QLatin1Char('+'), 0, 0);
    return base != QLatin1String("zip") && base != QLatin1String("tar") && base != QLatin1String("7z");
}

// The name a lone compressed file's member goes by: the file's own name less its suffix ("notes.txt.gz" →
// "notes.txt"), never a path or a name the file system gives a meaning.
QString loneMemberName(const QString &path, const QString &originalName)
{
    QString name = QFileInfo(originalName.isEmpty() ? path : originalName).completeBaseName();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        name = QStringLiteral("data");
    }
    return name;
}

void describe(const ArchiveListing &listing, ExtractionResult &result)
{
    result.fields.insert(ArchiveFields::format, listing.format);
    result.fields.insert(ArchiveFields::entries, int(listing.members.size()));
    result.fields.insert(ArchiveFields::encrypted, listing.encrypted);
    result.warnings.append(listing.warnings);
    const QJsonArray refused = ArchiveExtractor::refusals(listing.members, result.warnings);
    if (!refused.isEmpty()) {
        result.fields.insert(ArchiveFields::refused, refused);
    }
}

} // namespace

bool ArchiveExtractor::handles(const QString &mimeType)
{
    static const QSet<QString> archives = {
        QStringLiteral("application/zip"),
        QStringLiteral("application/x-7z-compressed"),
        QStringLiteral("application/x-tar"),
        QStringLiteral("application/x-ustar"),
        QStringLiteral("application/x-compressed-tar"),
        QStringLiteral("application/x-bzip-compressed-tar"),
        QStringLiteral("application/x-xz-compressed-tar"),
        QStringLiteral("application/x-lzma-compressed-tar"),
        QStringLiteral("application/x-zstd-compressed-tar"),
        QStringLiteral("application/gzip"),
        QStringLiteral("application/x-bzip"),
        QStringLiteral("application/x-xz"),
        QStringLiteral("application/x-lzma"),
        QStringLiteral("application/zstd"),
    };
    if (archives.contains(mimeType)) {
        return true;
    }
    // An alias (application/x-gzip, application/x-zip-compressed) names the same type.
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    return type.isValid() && archives.contains(type.name());
}

QJsonArray ArchiveExtractor::refusals(const QList<ArchiveMember> &members, QStringList &warnings)
{
    QJsonArray list;
    int left = 0;
    for (const ArchiveMember &member : members) {
        if (member.refusal.isEmpty()) {
            continue;
        }
        if (list.size() >= MaxListedRefusals) {
            ++left;
            continue;
        }
        list.append(
            QJsonObject { { QStringLiteral("path"), member.path }, { QStringLiteral("reason"), member.refusal } });
    }
    if (left > 0) {
        warnings.append(
            tr("%n more member(s) were refused; only the first %1 are listed.", nullptr, left).arg(MaxListedRefusals));
    }
    return list;
}

void ArchiveExtractor::list(
    const QString &path, const QString &originalName, bool withPassword, ExtractionResult &result)
{
    auto listing = ArchiveReader::list(path);
    if (!listing) {
        result.error = listing.error().message();
        return;
    }
    if (isLoneFile(listing->format) && listing->members.size() == 1) {
        listing->members.first().path = loneMemberName(path, originalName);
    }
    describe(*listing, result);
    // Like an encrypted PDF: stored and listed, its members wait for `folioctl unlock`.
    result.isProtected = listing->encrypted && !withPassword;
    if (result.isProtected) {
        result.warnings.append(
            tr("\"%1\" has encrypted members: they can be unpacked only with its password.").arg(path));
    }
}

ExtractionResult ArchiveExtractor::unpack(const QString &path, const QString &destination, const QString &originalName,
    const QString &password, const ArchiveLimits &limits)
{
    ExtractionResult result;
    auto unpacked = ArchiveReader::extract(path, destination, password, limits);
    if (!unpacked) {
        result.error = unpacked.error().message();
        return result;
    }
    if (isLoneFile(unpacked->format) && unpacked->members.size() == 1) {
        // The member was written under the blob's name (its hash): it takes the name the user knows.
        ArchiveMember &member = unpacked->members.first();
        const QString name = loneMemberName(path, originalName);
        if (member.refusal.isEmpty() && member.path != name && !QDir(destination).rename(member.path, name)) {
            member.refusal = tr("could not be renamed to %1").arg(name);
            QDir(destination).remove(member.path);
        }
        member.path = name;
    }
    describe(*unpacked, result);
    result.members = unpacked->members;
    return result;
}

} // namespace Folio
