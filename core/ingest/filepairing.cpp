// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/filepairing.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Folio::FilePairing {

namespace {
QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

// Folder + base name: what a camera or a raw converter gives the files of one photo.
QString keyOf(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName().toLower();
}
} // namespace

bool isCameraRaw(const QString &path)
{
    static const QSet<QString> raw = {QStringLiteral("dng"), QStringLiteral("nef"), QStringLiteral("nrw"),
                                      QStringLiteral("cr2"), QStringLiteral("cr3"), QStringLiteral("crw"),
                                      QStringLiteral("arw"), QStringLiteral("srf"), QStringLiteral("sr2"),
                                      QStringLiteral("raf"), QStringLiteral("orf"), QStringLiteral("rw2"),
                                      QStringLiteral("pef"), QStringLiteral("srw"), QStringLiteral("x3f"),
                                      QStringLiteral("3fr"), QStringLiteral("iiq"), QStringLiteral("rwl")};
    return raw.contains(suffixOf(path));
}

QList<ImportCandidate> pair(const QList<ImportCandidate> &files)
{
    // The primary file of each photo: a RAW when there is one, else any non-sidecar file.
    QHash<QString, qsizetype> primary;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ImportCandidate &file = files.at(i);
        if (!file.error.isEmpty() || suffixOf(file.path) == QLatin1String("xmp")) {
            continue;
        }
        const QString key = keyOf(file.path);
        const auto existing = primary.constFind(key);
        if (existing == primary.constEnd() || (isCameraRaw(file.path) && !isCameraRaw(files.at(*existing).path))) {
            primary.insert(key, i);
        }
    }

    QList<ImportCandidate> result = files;
    QSet<qsizetype> folded;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ImportCandidate &file = files.at(i);
        if (!file.error.isEmpty()) {
            continue;
        }
        const auto owner = primary.constFind(keyOf(file.path));
        if (owner == primary.constEnd() || *owner == i) {
            continue;
        }
        const QString suffix = suffixOf(file.path);
        ImportCandidate &target = result[*owner];
        if (suffix == QLatin1String("xmp") && target.sidecar.isEmpty()) {
            target.sidecar = file.path;
            folded.insert(i);
        } else if ((suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) && isCameraRaw(target.path)
                   && target.companionJpeg.isEmpty()) {
            target.companionJpeg = file.path;
            folded.insert(i);
        }
    }
    QList<ImportCandidate> kept;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (!folded.contains(i)) {
            kept.append(result.at(i));
        }
    }
    return kept;
}

} // namespace Folio::FilePairing
