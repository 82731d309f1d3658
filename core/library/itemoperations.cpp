// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/itemoperations.h"

#include "audit/auditlog.h"
#include "blobs/blobstore.h"
#include "domain/ids.h"
#include "library/folderoperations.h"
#include "library/library.h"
#include "library/metadatawriter.h"
#include "policy/metadatavalidator.h"
#include "store/database.h"
#include "store/folderrepository.h"
#include "store/itemrepository.h"
#include "store/jobrepository.h"
#include "store/metadatarepository.h"
#include "store/schemarepository.h"
#include "store/versionrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

#include <unistd.h>

namespace Folio {

namespace {
QJsonObject change(const QJsonValue &before, const QJsonValue &after)
{
    return QJsonObject{{QStringLiteral("old"), before}, {QStringLiteral("new"), after}};
}
} // namespace

Result<Version> ItemOperations::addVersion(const Item &item, const QString &sha256, qint64 size, const QString &filename,
                                           const QString &mimeType, const QString &fileModifiedAt,
                                           const QString &comment, const QString &owner, const QString &action)
{
    Database &db = m_library.database();
    Version version;
    auto ok = m_library.write([&]() -> Result<void> {
        VersionRepository versions(db);
        auto latest = versions.latestNumber(item.id);
        if (!latest) {
            return std::unexpected(latest.error());
        }
        auto blobId = m_library.blobs().addReference(sha256, size, owner);
        if (!blobId) {
            return std::unexpected(blobId.error());
        }
        const QString now = Ids::now();
        version.uuid = Ids::newUuid();
        version.itemId = item.id;
        version.number = *latest + 1;
        version.parentNumber = *latest;
        version.blobId = *blobId;
        version.sha256 = sha256;
        version.filename = filename;
        version.size = size;
        version.mimeType = mimeType;
        version.createdAt = now;
        version.fileModifiedAt = fileModifiedAt;
        version.comment = comment;
        version.author = m_library.actorName();
        auto id = versions.insert(version, m_library.actorId());
        if (!id) {
            return std::unexpected(id.error());
        }
        version.id = *id;
        if (auto set = ItemRepository(db).setCurrentVersion(item.id, *id, now, m_library.actorId()); !set) {
            return set;
        }
        // Every new version is extracted like an ingested file; the job waits in the queue for the engine.
        if (auto job = JobRepository(db).enqueue(QStringLiteral("extract"), *id, 10, {}, now); !job) {
            return std::unexpected(job.error());
        }
        return m_library.record(action, QStringLiteral("version"), version.uuid, item.uuid,
                                QJsonObject{{QStringLiteral("version"), version.number},
                                            {QStringLiteral("filename"), filename},
                                            {QStringLiteral("sha256"), sha256},
                                            {QStringLiteral("size"), double(size)},
                                            {QStringLiteral("comment"), comment}});
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return version;
}

Result<Version> ItemOperations::checkIn(const Item &item, const QString &file, const QString &comment)
{
    BlobStore &blobs = m_library.blobs();
    auto staged = blobs.stage(file);
    if (!staged) {
        return std::unexpected(staged.error());
    }
    const QString owner = QStringLiteral("checkin-%1").arg(::getpid());
    QList<StagedBlob> batch{*staged};
    if (auto ok = blobs.commitFiles(batch, owner); !ok) {
        return std::unexpected(ok.error());
    }
    const QFileInfo info(file);
    return addVersion(item, staged->sha256, staged->size, info.fileName(), QMimeDatabase().mimeTypeForFile(info).name(),
                      Ids::format(info.lastModified()), comment, owner, QStringLiteral("version.add"));
}

Result<Version> ItemOperations::revert(const Item &item, int number)
{
    auto old = VersionRepository(m_library.database()).byNumber(item.id, number);
    if (!old) {
        return std::unexpected(old.error());
    }
    return addVersion(item, old->sha256, old->size, old->filename, old->mimeType, old->fileModifiedAt,
                      tr("Reverted to version %1").arg(number), QStringLiteral("revert-%1").arg(::getpid()),
                      QStringLiteral("version.revert"));
}

Result<void> ItemOperations::rename(const Item &item, const QString &title)
{
    const QString clean = title.trimmed();
    if (clean.isEmpty()) {
        return fail(Error::Code::Validation, tr("A title cannot be empty."));
    }
    if (clean == item.title) {
        return {};
    }
    return m_library.write([&]() -> Result<void> {
        if (auto set = ItemRepository(m_library.database()).setTitle(item.id, clean, Ids::now(), m_library.actorId()); !set) {
            return set;
        }
        return m_library.record(QStringLiteral("item.rename"), QStringLiteral("item"), item.uuid, item.uuid,
                                QJsonObject{{QStringLiteral("title"), change(item.title, clean)}});
    });
}

Result<void> ItemOperations::move(const Item &item, const QString &folderPath)
{
    FolderRepository folders(m_library.database());
    auto target = folders.byPath(folderPath);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (target->id == item.folderId) {
        return {};
    }
    auto from = folders.pathOf(item.folderId);
    if (!from) {
        return std::unexpected(from.error());
    }
    return m_library.write([&]() -> Result<void> {
        if (auto set = ItemRepository(m_library.database()).setFolder(item.id, target->id, Ids::now(), m_library.actorId());
            !set) {
            return set;
        }
        return m_library.record(QStringLiteral("item.move"), QStringLiteral("item"), item.uuid, item.uuid,
                                QJsonObject{{QStringLiteral("folder"), change(*from, target->path)}});
    });
}

Result<void> ItemOperations::trash(const Item &item)
{
    if (!item.trashedAt.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("The item %1 is already in the Trash.").arg(item.uuid));
    }
    return m_library.write([&]() -> Result<void> {
        const QString now = Ids::now();
        if (auto set = ItemRepository(m_library.database()).setTrashed(item.id, now, now, m_library.actorId()); !set) {
            return set;
        }
        return m_library.record(QStringLiteral("item.trash"), QStringLiteral("item"), item.uuid, item.uuid, {});
    });
}

Result<void> ItemOperations::restore(const Item &item)
{
    if (item.trashedAt.isEmpty()) {
        return fail(Error::Code::InvalidArgument, tr("The item %1 is not in the Trash.").arg(item.uuid));
    }
    return m_library.write([&]() -> Result<void> {
        if (auto set = ItemRepository(m_library.database()).setTrashed(item.id, {}, Ids::now(), m_library.actorId()); !set) {
            return set;
        }
        return m_library.record(QStringLiteral("item.restore"), QStringLiteral("item"), item.uuid, item.uuid, {});
    });
}

Result<void> ItemOperations::purge(const Item &item)
{
    Database &db = m_library.database();
    auto ok = m_library.write([&]() -> Result<void> {
        VersionRepository versions(db);
        auto uses = versions.blobUses(item.id);
        if (!uses) {
            return std::unexpected(uses.error());
        }
        for (qint64 blobId : std::as_const(*uses)) {
            if (auto released = m_library.blobs().release(blobId); !released) {
                return released;
            }
        }
        if (auto removed = MetadataRepository(db).deleteForItem(item.id); !removed) {
            return removed;
        }
        ItemRepository items(db);
        if (auto cleared = items.tombstone(item.id, Ids::now(), m_library.actorId()); !cleared) {
            return cleared;
        }
        if (auto removed = versions.deleteForItem(item.id); !removed) {
            return removed;
        }
        auto redacted = m_library.audit().redactItem(item.uuid);
        if (!redacted) {
            return std::unexpected(redacted.error());
        }
        // The purge event names the item's id only: its title and file names are what is being removed.
        return m_library.record(QStringLiteral("item.purge"), QStringLiteral("item"), item.uuid, item.uuid,
                                QJsonObject{{QStringLiteral("redacted_events"), *redacted}});
    });
    if (!ok) {
        return ok;
    }
    auto collected = m_library.blobs().collectGarbage();
    if (!collected) {
        return std::unexpected(collected.error());
    }
    return {};
}

Result<QStringList> ItemOperations::setMetadata(const Item &item, const QStringList &assignments)
{
    Database &db = m_library.database();
    SchemaRepository schema(db);
    struct Edit
    {
        FieldDefinition field;
        TypedValue value;
        QString raw;
    };
    QList<Edit> edits;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return fail(Error::Code::InvalidArgument, tr("\"%1\" is not FIELD=VALUE.").arg(assignment));
        }
        auto field = schema.resolve(assignment.left(equals));
        if (!field) {
            return std::unexpected(field.error());
        }
        if (field->appliesTo != QLatin1String("both") && field->appliesTo != item.kind) {
            return fail(Error::Code::Validation,
                        tr("The field %1 applies to %2s only, and item %3 is a %4.")
                            .arg(field->key, field->appliesTo, item.uuid, item.kind));
        }
        bool closed = false;
        qint64 vocabularyId = 0;
        if (!field->vocabulary.isEmpty()) {
            auto vocabulary = schema.vocabulary(field->vocabulary);
            if (!vocabulary) {
                return std::unexpected(vocabulary.error());
            }
            closed = !vocabulary->open;
            vocabularyId = vocabulary->id;
        }
        auto value = MetadataValidator::parse(
            *field, assignment.mid(equals + 1), closed,
            [&](const QString &term) { return schema.hasTerm(vocabularyId, term); },
            [&](const QString &uuid) -> Result<bool> {
                auto found = ItemRepository(db).resolve(uuid);
                if (!found && found.error().code() != Error::Code::NotFound) {
                    return std::unexpected(found.error());
                }
                return bool(found);
            });
        if (!value) {
            return std::unexpected(value.error());
        }
        edits.append({*field, *value, assignment.mid(equals + 1)});
    }

    QStringList changed;
    auto ok = m_library.write([&]() -> Result<void> {
        MetadataWriter writer(m_library);
        const QString now = Ids::now();
        for (const Edit &edit : std::as_const(edits)) {
            // Read again inside the transaction: another writer may have changed it since.
            auto current = ItemRepository(db).byId(item.id);
            if (!current) {
                return std::unexpected(current.error());
            }
            auto before = writer.current(*current, edit.field);
            if (!before) {
                return std::unexpected(before.error());
            }
            auto wrote = writer.write(*current, edit.field, edit.value, *before, now);
            if (!wrote) {
                return std::unexpected(wrote.error());
            }
            if (*wrote) {
                changed.append(edit.field.key);
            }
        }
        return {};
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return changed;
}

Result<QString> ItemOperations::exportOriginal(const Item &item, int number, const QString &destination)
{
    VersionRepository versions(m_library.database());
    Result<Version> version = number > 0 ? versions.byNumber(item.id, number) : versions.byId(item.currentVersionId);
    if (!version) {
        return std::unexpected(version.error());
    }
    QString target = destination;
    if (QFileInfo(destination).isDir()) {
        target = QDir(destination).filePath(version->filename);
    }
    if (auto copied = m_library.blobs().exportTo(version->sha256, target); !copied) {
        return std::unexpected(copied.error());
    }
    return target;
}

} // namespace Folio
