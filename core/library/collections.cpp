// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/collections.h"

#include "domain/ids.h"
#include "library/library.h"
#include "store/database.h"
#include "store/itemrepository.h"

#include <QJsonObject>

namespace Folio {

Result<QString> Collections::checkedName(const QString &name, qint64 exceptId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        return fail(Error::Code::InvalidArgument, tr("A collection needs a name of 1 to 200 characters."));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return fail(Error::Code::InvalidArgument,
                tr("The collection name “%1” contains a control character.").arg(trimmed.simplified()));
        }
    }
    auto existing = CollectionRepository(m_library.database()).byName(trimmed);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (*existing && (*existing)->id != exceptId) {
        return fail(Error::Code::AlreadyExists, tr("A collection named “%1” exists already.").arg((*existing)->name));
    }
    return trimmed;
}

Result<Collection> Collections::liveCollection(qint64 collectionId)
{
    auto collection = CollectionRepository(m_library.database()).byId(collectionId);
    if (!collection) {
        return collection;
    }
    if (!collection->trashedAt.isEmpty()) {
        return fail(Error::Code::NotFound, tr("The collection “%1” is in the Trash.").arg(collection->name));
    }
    return collection;
}

Result<Collection> Collections::create(const QString &name)
{
    CollectionRepository repository(m_library.database());
    qint64 id = 0;
    auto written = m_library.write([&]() -> Result<void> {
        // Checked inside the transaction: it holds the write lock, so no other writer can take the name
        // between the check and the insert.
        auto checked = checkedName(name, 0);
        if (!checked) {
            return std::unexpected(checked.error());
        }
        const QString uuid = Ids::newUuid();
        auto inserted = repository.insert(uuid, *checked, Ids::now());
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        id = *inserted;
        return m_library.record(QStringLiteral("collection.create"), QStringLiteral("collection"), uuid, QString(),
            QJsonObject { { QStringLiteral("name"), *checked } });
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return repository.byId(id);
}

Result<QList<Collection>> Collections::list()
{
    return CollectionRepository(m_library.database()).all();
}

Result<Collection> Collections::rename(qint64 collectionId, const QString &newName)
{
    CollectionRepository repository(m_library.database());
    auto written = m_library.write([&]() -> Result<void> {
        auto collection = liveCollection(collectionId);
        if (!collection) {
            return std::unexpected(collection.error());
        }
        auto checked = checkedName(newName, collectionId);
        if (!checked) {
            return std::unexpected(checked.error());
        }
        if (*checked == collection->name) {
            return {};
        }
        if (auto renamed = repository.rename(collectionId, *checked, Ids::now()); !renamed) {
            return renamed;
        }
        return m_library.record(QStringLiteral("collection.rename"), QStringLiteral("collection"), collection->uuid,
            QString(),
            QJsonObject { { QStringLiteral("name"),
                QJsonObject { { QStringLiteral("old"), collection->name }, { QStringLiteral("new"), *checked } } } });
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return repository.byId(collectionId);
}

Result<void> Collections::trash(qint64 collectionId)
{
    return m_library.write([&]() -> Result<void> {
        auto collection = liveCollection(collectionId);
        if (!collection) {
            return std::unexpected(collection.error());
        }
        const QString now = Ids::now();
        if (auto set = CollectionRepository(m_library.database()).setTrashed(collectionId, now, now); !set) {
            return set;
        }
        return m_library.record(QStringLiteral("collection.trash"), QStringLiteral("collection"), collection->uuid,
            QString(), QJsonObject { { QStringLiteral("name"), collection->name } });
    });
}

Result<int> Collections::addItems(qint64 collectionId, const QList<qint64> &itemIds)
{
    int added = 0;
    auto written = m_library.write([&]() -> Result<void> {
        auto collection = liveCollection(collectionId);
        if (!collection) {
            return std::unexpected(collection.error());
        }
        CollectionRepository repository(m_library.database());
        ItemRepository items(m_library.database());
        const QString now = Ids::now();
        for (qint64 itemId : itemIds) {
            auto item = items.byId(itemId);
            if (!item) {
                return std::unexpected(item.error());
            }
            if (item->tombstone) {
                return fail(Error::Code::NotFound,
                    tr("The item %1 was purged: it cannot join “%2”.").arg(item->uuid, collection->name));
            }
            auto joined = repository.addItem(collectionId, itemId, now);
            if (!joined) {
                return std::unexpected(joined.error());
            }
            if (!*joined) {
                continue;
            }
            ++added;
            if (auto recorded = m_library.record(QStringLiteral("collection.add-item"), QStringLiteral("collection"),
                    collection->uuid, item->uuid, QJsonObject { { QStringLiteral("collection"), collection->name } });
                !recorded) {
                return recorded;
            }
        }
        return {};
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return added;
}

Result<int> Collections::removeItems(qint64 collectionId, const QList<qint64> &itemIds)
{
    int removed = 0;
    auto written = m_library.write([&]() -> Result<void> {
        auto collection = CollectionRepository(m_library.database()).byId(collectionId);
        if (!collection) {
            return std::unexpected(collection.error());
        }
        CollectionRepository repository(m_library.database());
        ItemRepository items(m_library.database());
        for (qint64 itemId : itemIds) {
            auto left = repository.removeItem(collectionId, itemId);
            if (!left) {
                return std::unexpected(left.error());
            }
            if (!*left) {
                continue;
            }
            ++removed;
            auto item = items.byId(itemId);
            if (!item) {
                return std::unexpected(item.error());
            }
            if (auto recorded = m_library.record(QStringLiteral("collection.remove-item"), QStringLiteral("collection"),
                    collection->uuid, item->uuid, QJsonObject { { QStringLiteral("collection"), collection->name } });
                !recorded) {
                return recorded;
            }
        }
        return {};
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return removed;
}

} // namespace Folio
