// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/archiveexpander.h"

#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "ingest/extractor.h"
#include "ingest/extractors/archiveextractor.h"
#include "ingest/fileimporter.h"
#include "library/folderoperations.h"
#include "library/library.h"
#include "store/extractionrepository.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/relationrepository.h"
#include "store/versionrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <optional>

#include <sys/stat.h>

namespace Folio {

namespace {

constexpr int unpackPriority = 10;
// How far up the chain of archives a member is compared with (a member that is a copy of an archive it is
// in would unpack again and again); well past any depth limit.
constexpr int ancestryLimit = 64;
// Members nested deeper are refused: each level is a folder of the library (and a hostile name can nest
// thousands).
constexpr int maxFolderDepth = 256;

// A member file found in the staging folder.
struct MemberFile
{
    ImportCandidate candidate;
    QString relativePath; // "docs/a.txt", as the archive named it
};

// The regular files under STAGING, sorted by path. Anything else (which ArchiveReader never writes) is left
// out, and symbolic links are not followed: only what the sandbox wrote in there is read.
QList<ImportCandidate> unpackedFiles(const QString &staging)
{
    QList<ImportCandidate> files;
    QDirIterator it(
        staging, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISREG(info.st_mode)) {
            files.append({ path, qint64(info.st_size), {}, {}, {} });
        }
    }
    std::sort(
        files.begin(), files.end(), [](const ImportCandidate &a, const ImportCandidate &b) { return a.path < b.path; });
    return files;
}

QString childPath(const QString &parent, const QString &name)
{
    return parent == QLatin1String("/") ? QString(QLatin1Char('/') + name) : QString(parent + QLatin1Char('/') + name);
}

// The folder name an archive's members go into: its file name, made a valid folder name.
QString folderNameFor(const QString &filename)
{
    QString name = filename;
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char('/')) {
            c = QLatin1Char('_');
        }
    }
    name = name.trimmed();
    return name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ? QStringLiteral("archive")
                                                                                       : name;
}

// The members' folders under the archive's own folder, made as they are first needed (inside the caller's
// transaction), each once: its parent from the cache, so a deep tree costs one insert per folder.
class MemberFolders
{
public:
    MemberFolders(Library &library, qint64 topId, QString topPath)
        : m_library(library)
        , m_topPath(std::move(topPath))
    {
        m_known.insert(QString(), topId);
    }

    // The folder of RELATIVEDIR ("a/b"; "" for the top), with its parents. Parts are trimmed as folder
    // names are, so "a " and "a" are one folder.
    Result<qint64> folderFor(const QString &relativeDir)
    {
        QStringList parts = relativeDir.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (QString &part : parts) {
            part = part.trimmed();
        }
        return ensure(parts.join(QLatin1Char('/')));
    }

private:
    Result<qint64> ensure(const QString &key)
    {
        if (const auto found = m_known.constFind(key); found != m_known.cend()) {
            return *found;
        }
        const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
        auto parent = ensure(slash < 0 ? QString() : key.left(slash));
        if (!parent) {
            return parent;
        }
        const QString uuid = Ids::newUuid();
        auto id = FolderRepository(m_library.database()).insert(*parent, key.mid(slash + 1), uuid, Ids::now());
        if (!id) {
            return id;
        }
        if (auto recorded = m_library.record(QStringLiteral("folder.create"), QStringLiteral("folder"), uuid, {},
                QJsonObject { { QStringLiteral("path"), QString(m_topPath + QLatin1Char('/') + key) } });
            !recorded) {
            return std::unexpected(recorded.error());
        }
        m_known.insert(key, *id);
        return *id;
    }

    Library &m_library;
    QString m_topPath;
    QHash<QString, qint64> m_known; // relative path → folder id
};

// The size and SHA-256 of the archive and of every archive it was itself extracted from.
Result<QList<FileDigest>> ancestry(Database &db, const Item &archive, const Version &version)
{
    QList<FileDigest> chain { { version.sha256, version.size } };
    RelationRepository relations(db);
    qint64 current = archive.id;
    for (int i = 0; i < ancestryLimit; ++i) {
        auto up = relations.fromItem(current, RelationRepository::extractedFrom());
        if (!up) {
            return std::unexpected(up.error());
        }
        if (up->isEmpty()) {
            break;
        }
        current = up->first().targetItemId;
        auto item = ItemRepository(db).byId(current);
        auto itemVersion = item ? VersionRepository(db).byId(item->currentVersionId) : Result<Version>(Version {});
        if (itemVersion && !itemVersion->sha256.isEmpty()) {
            chain.append({ itemVersion->sha256, itemVersion->size });
        }
    }
    return chain;
}

// Marks the files that are a copy of an archive they are in.
void refuseCopiesOfArchives(QList<MemberFile> &files, const QList<FileDigest> &chain)
{
    for (MemberFile &file : files) {
        const bool sameSize = std::any_of(
            chain.cbegin(), chain.cend(), [&](const FileDigest &d) { return d.size == file.candidate.size; });
        if (!sameSize) {
            continue;
        }
        auto digest = BlobStore::hashFile(file.candidate.path);
        if (digest && std::any_of(chain.cbegin(), chain.cend(), [&](const FileDigest &d) {
                return d.sha256 == digest->sha256;
            })) {
            file.candidate.error = ArchiveExpander::tr("is a copy of an archive it is in");
        }
    }
}

void addWarnings(ExtractionRecord &record, const QStringList &warnings)
{
    for (const QString &warning : warnings) {
        if (!record.warnings.contains(warning)) {
            record.warnings.append(warning);
        }
    }
}

// The record of the archive's version, or a new one when it has none (it was purged and made again).
Result<ExtractionRecord> recordOf(Database &db, qint64 versionId, const QString &now)
{
    auto existing = ExtractionRepository(db).forVersion(versionId);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (existing->has_value()) {
        return **existing;
    }
    ExtractionRecord record;
    record.versionId = versionId;
    record.state = QStringLiteral("done");
    record.extractorVersion = Extractor::version;
    record.extractedAt = now;
    return record;
}

} // namespace

Result<void> ArchiveExpander::afterListing(const Item &archive, ExtractionRecord &record, int maxDepth)
{
    if (record.state != QLatin1String("done") || !ArchiveExtractor::handles(record.detectedType)) {
        return {};
    }
    Database &db = m_library.database();
    auto previous = ExtractionRepository(db).forVersion(record.versionId);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    if (previous->has_value() && (*previous)->fields.contains(ArchiveFields::unpacked)) {
        // Extracted again (reprocess, unlock): the members are there already; what was refused stays known.
        const QJsonObject &before = (*previous)->fields;
        record.fields.insert(ArchiveFields::unpacked, before.value(ArchiveFields::unpacked));
        record.fields.remove(ArchiveFields::refused);
        if (before.contains(ArchiveFields::refused)) {
            record.fields.insert(ArchiveFields::refused, before.value(ArchiveFields::refused));
        }
        record.isProtected = false;
        return {};
    }
    if (record.isProtected) {
        return {}; // its members wait for folioctl unlock
    }
    auto depth = RelationRepository(db).chainLength(archive.id, RelationRepository::extractedFrom(), maxDepth);
    if (!depth) {
        return std::unexpected(depth.error());
    }
    if (*depth >= maxDepth) {
        record.warnings.append(
            tr("Nested deeper than %n archive(s): its members are not unpacked.", nullptr, maxDepth));
        return {};
    }
    auto queued = JobRepository(db).enqueueForVersions(
        QStringLiteral("unpack"), { record.versionId }, unpackPriority, Ids::now());
    if (!queued) {
        return std::unexpected(queued.error());
    }
    return {};
}

Result<ArchiveExpansion> ArchiveExpander::expand(const ExtractedVersion &unpacked, const QString &staging)
{
    Database &db = m_library.database();
    const ExtractionResult &result = unpacked.result;
    ArchiveExpansion summary;
    auto finishOnly = [&](const QString &error) {
        return m_library.write([&]() -> Result<void> {
            return JobRepository(db).finish(unpacked.jobId, !error.isEmpty(), error, Ids::now());
        });
    };
    auto version = VersionRepository(db).byId(unpacked.versionId);
    auto item = version ? ItemRepository(db).byId(version->itemId) : Result<Item>(std::unexpected(version.error()));
    if (!item) {
        if (item.error().code() != Error::Code::NotFound) {
            return std::unexpected(item.error());
        }
        // Purged while it was being unpacked: nothing to store.
        if (auto finished = finishOnly(item.error().message()); !finished) {
            return std::unexpected(finished.error());
        }
        return summary;
    }
    summary.itemUuid = item->uuid;
    summary.file = version->filename;

    // Encrypted members of which not one could be opened: the password is missing or wrong. Nothing is
    // stored, so that the right password later unpacks the whole archive once.
    const bool encrypted = std::any_of(
        result.members.cbegin(), result.members.cend(), [](const ArchiveMember &m) { return m.encrypted; });
    const bool opened = std::any_of(result.members.cbegin(), result.members.cend(),
        [](const ArchiveMember &m) { return m.encrypted && m.refusal.isEmpty(); });
    summary.problem = result.error;
    summary.locked = result.error.isEmpty() && encrypted && !opened;

    QList<MemberFile> files;
    if (result.error.isEmpty() && !summary.locked) {
        for (const ImportCandidate &file : unpackedFiles(staging)) {
            files.append({ file, QDir(staging).relativeFilePath(file.path) });
        }
        auto chain = ancestry(db, *item, *version);
        if (!chain) {
            return std::unexpected(chain.error());
        }
        refuseCopiesOfArchives(files, *chain);
        for (MemberFile &file : files) {
            const QString dir = file.relativePath.section(QLatin1Char('/'), 0, -2);
            auto valid = FolderRepository::splitPath(dir);
            if (!file.candidate.error.isEmpty()) {
                continue;
            }
            if (!valid) {
                file.candidate.error = tr("could not be stored: %1").arg(valid.error().message());
            } else if (valid->size() > maxFolderDepth) {
                file.candidate.error = tr("is nested in more than %1 folders").arg(maxFolderDepth);
            }
        }
    }
    QList<ImportCandidate> candidates;
    for (const MemberFile &file : std::as_const(files)) {
        candidates.append(file.candidate);
    }
    // Sidecars and RAW+JPEG pairs go together, as when a folder is ingested.
    candidates = FilePairing::pair(candidates);
    FileImporter importer(m_library);
    auto staged = importer.stageFiles(candidates);
    if (!staged) {
        return std::unexpected(staged.error());
    }
    const QString prefix = QDir(staging).absolutePath() + QLatin1Char('/');
    auto relative = [&](QString text) { return text.remove(prefix); };

    auto written = m_library.write([&]() -> Result<void> {
        const QString now = Ids::now();
        auto record = recordOf(db, version->id, now);
        if (!record) {
            return std::unexpected(record.error());
        }
        if (record->fields.contains(ArchiveFields::unpacked)) {
            // Another run unpacked this version meanwhile: its members are there.
            summary.stored = record->fields.value(ArchiveFields::unpacked).toInt();
            return JobRepository(db).finish(unpacked.jobId, false, {}, now);
        }
        QStringList warnings = result.warnings;
        QList<ArchiveMember> refused;
        for (const ArchiveMember &member : result.members) {
            if (!member.refusal.isEmpty()) {
                refused.append(member);
            }
        }

        // Folders are made only for members that are stored, inside this transaction: a crash leaves none.
        QList<qint64> folderIds(staged->candidates.size(), 0);
        std::optional<MemberFolders> folders;
        for (qsizetype i = 0; i < staged->fileOf.size(); ++i) {
            const qsizetype candidate = staged->fileOf.at(i);
            if (!folders) {
                auto parent = FolderRepository(db).pathOf(item->folderId);
                if (!parent) {
                    return std::unexpected(parent.error());
                }
                const QString base = folderNameFor(version->filename);
                QString top = childPath(*parent, base);
                for (int n = 2; FolderRepository(db).byPath(top).has_value(); ++n) {
                    top = childPath(*parent, QStringLiteral("%1 (%2)").arg(base).arg(n));
                }
                auto topId = FolderOperations(m_library).ensure(top);
                if (!topId) {
                    return std::unexpected(topId.error());
                }
                folders.emplace(m_library, *topId, top);
            }
            const QString dir = relative(staged->candidates.at(candidate).path).section(QLatin1Char('/'), 0, -2);
            auto id = folders->folderFor(dir);
            if (!id) {
                return std::unexpected(id.error());
            }
            folderIds[candidate] = *id;
        }

        RelationRepository relations(db);
        ImportOptions options;
        options.onDuplicate = ImportOptions::OnDuplicate::Keep; // the folder holds the whole archive
        auto linked
            = importer.recordFiles(*staged, folderIds, options, [&](qsizetype, const Item &member) -> Result<void> {
                  const QString uuid = Ids::newUuid();
                  auto id = relations.insert(
                      RelationRepository::extractedFrom(), member.id, item->id, uuid, now, m_library.actorId());
                  if (!id) {
                      return std::unexpected(id.error());
                  }
                  return m_library.record(QStringLiteral("relation.create"), QStringLiteral("relation"), uuid,
                      member.uuid,
                      QJsonObject { { QStringLiteral("type"), RelationRepository::extractedFrom() },
                          { QStringLiteral("source"), member.uuid }, { QStringLiteral("target"), item->uuid } });
              });
        if (!linked) {
            return linked;
        }
        for (const ImportOutcome &outcome : std::as_const(staged->outcomes)) {
            if (outcome.kind == ImportOutcome::Kind::Imported) {
                ++summary.stored;
            } else if (outcome.kind == ImportOutcome::Kind::Failed) {
                refused.append(
                    { relative(outcome.source), 0, QStringLiteral("file"), false, relative(outcome.reason) });
            }
        }
        summary.refused = int(refused.size());
        QJsonArray list = ArchiveExtractor::refusals(refused, warnings);
        if (summary.problem.isEmpty()) {
            record->fields.remove(ArchiveFields::refused);
            if (!list.isEmpty()) {
                record->fields.insert(ArchiveFields::refused, list);
            }
        } else {
            warnings.append(tr("Its members were not unpacked: %1").arg(summary.problem));
        }
        if (summary.problem.isEmpty() && !summary.locked) {
            record->fields.insert(ArchiveFields::unpacked, summary.stored);
        }
        record->isProtected = summary.locked;
        addWarnings(*record, warnings);
        if (auto saved = ExtractionRepository(db).save(*record); !saved) {
            return saved;
        }
        if (auto done = JobRepository(db).finish(unpacked.jobId, !summary.problem.isEmpty(), summary.problem, now);
            !done) {
            return done;
        }
        return m_library.record(QStringLiteral("version.unpack"), QStringLiteral("version"), version->uuid, item->uuid,
            QJsonObject { { QStringLiteral("stored"), summary.stored }, { QStringLiteral("refused"), summary.refused },
                { QStringLiteral("locked"), summary.locked }, { QStringLiteral("error"), summary.problem } });
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return summary;
}

} // namespace Folio
