// SPDX-License-Identifier: GPL-3.0-or-later
// SidebarModel: the tree, reading it through the session and answering the views. Its edits (renames,
// drag and drop, mutations) are in sidebarmodeledits.cpp.
#include "sidebarmodel.h"
#include "sidebarmodel_p.h"

#include "librarysession.h"

#include "library/collections.h"
#include "library/library.h"
#include "library/savedsearches.h"
#include "store/collectionrepository.h"
#include "store/folderrepository.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QIcon>

#include <climits>
#include <functional>

namespace Folio {

struct SidebarModel::Snapshot
{
    QList<Folder> folders;
    QList<Collection> collections;
    QList<SavedSearch> smartCollections;
};

namespace {
QIcon iconFor(SidebarModel::NodeKind kind)
{
    // Theme icons where the platform has them, else the client's own SVGs (ui/icons, a resource of
    // folio_ui: absent when the models are used alone, as in their tests). Not cached here: QIcon's theme
    // loader caches lookups, and a static QIcon would outlive the application object.
    using Kind = SidebarModel::NodeKind;
    auto icon = [](const char *theme, const char *file) {
        const QString fallback = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file));
        return QIcon::fromTheme(QLatin1String(theme), QFile::exists(fallback) ? QIcon(fallback) : QIcon());
    };
    switch (kind) {
    case Kind::AllItems: return icon("view-list-icons", "all-items");
    case Kind::Media: return icon("folder-pictures", "media");
    case Kind::Documents: return icon("folder-documents", "documents");
    case Kind::Duplicates: return icon("edit-copy", "duplicates");
    case Kind::Trash: return icon("user-trash", "trash");
    case Kind::Folder: return icon("folder", "folder");
    case Kind::Collection: return icon("folder-bookmark", "collection");
    case Kind::SmartCollection: return icon("folder-saved-search", "smart-collection");
    case Kind::Section: break;
    }
    return {};
}
} // namespace

SidebarModel::SidebarModel(LibrarySession &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_root(std::make_unique<Node>())
{
    Node *library = m_root->add(NodeKind::Section, qint64(Section::Library));
    for (NodeKind kind :
        { NodeKind::AllItems, NodeKind::Media, NodeKind::Documents, NodeKind::Duplicates, NodeKind::Trash }) {
        library->add(kind);
    }
    m_root->add(NodeKind::Section, qint64(Section::Folders))->path = QStringLiteral("/");
    m_root->add(NodeKind::Section, qint64(Section::Collections));
    m_root->add(NodeKind::Section, qint64(Section::SmartCollections));
    connect(&m_session, &LibrarySession::libraryChanged, this, &SidebarModel::reload);
    reload();
}

SidebarModel::~SidebarModel() = default;

void SidebarModel::reload()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_session.run<Snapshot>(
        LibrarySession::Kind::Read,
        [](SessionContext &cx) -> Result<Snapshot> {
            Snapshot snapshot;
            auto folders = FolderRepository(cx.library().database()).all();
            if (!folders) {
                return std::unexpected(folders.error());
            }
            snapshot.folders = std::move(*folders);
            auto collections = Collections(cx.library()).list();
            if (!collections) {
                return std::unexpected(collections.error());
            }
            snapshot.collections = std::move(*collections);
            auto smart = SavedSearches(cx.library()).list();
            if (!smart) {
                return std::unexpected(smart.error());
            }
            snapshot.smartCollections = std::move(*smart);
            return snapshot;
        },
        this,
        [this](const Result<Snapshot> &snapshot) {
            m_reading = false;
            if (!snapshot) {
                Q_EMIT operationFailed(snapshot.error().message());
            } else {
                apply(*snapshot);
                Q_EMIT loaded();
            }
            if (m_readAgain) {
                m_readAgain = false;
                reload();
            }
        });
}

void SidebarModel::apply(const Snapshot &snapshot)
{
    // The new sections' children, built apart and compared with the current ones.
    auto folders = std::make_unique<Node>();
    {
        QHash<qint64, QList<const Folder *>> byParent;
        for (const Folder &folder : snapshot.folders) {
            byParent[folder.parentId].append(&folder);
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        // Walking down from the root leaves out the sub-folders of a folder in the Trash (they are live
        // rows, but unreachable).
        std::function<void(Node *, qint64)> build = [&](Node *into, qint64 parentId) {
            QList<const Folder *> children = byParent.value(parentId);
            std::sort(children.begin(), children.end(), [&](const Folder *a, const Folder *b) {
                const int order = collator.compare(a->name, b->name);
                return order != 0 ? order < 0 : a->id < b->id;
            });
            for (const Folder *folder : std::as_const(children)) {
                Node *node = into->add(NodeKind::Folder, folder->id);
                node->name = folder->name;
                node->path = folder->path;
                build(node, folder->id);
            }
        };
        build(folders.get(), FolderRepository::rootId);
    }
    auto collections = std::make_unique<Node>();
    for (const Collection &collection : snapshot.collections) {
        Node *node = collections->add(NodeKind::Collection, collection.id);
        node->name = collection.name;
        node->count = collection.itemCount;
    }
    auto smart = std::make_unique<Node>();
    for (const SavedSearch &search : snapshot.smartCollections) {
        Node *node = smart->add(NodeKind::SmartCollection, search.id);
        node->name = search.name;
        node->query = search.query;
    }

    Node *sections[] = { m_root->children[int(Section::Folders)].get(),
        m_root->children[int(Section::Collections)].get(), m_root->children[int(Section::SmartCollections)].get() };
    Node *fresh[] = { folders.get(), collections.get(), smart.get() };

    // The tree's shape (each node's kind, id and parent, in order) decides between updating rows in place
    // and a reset.
    auto shape = [](const Node *section) {
        QList<qint64> out;
        std::function<void(const Node *, qint64)> walk = [&](const Node *node, qint64 parentKey) {
            for (const auto &child : node->children) {
                out << qint64(child->kind) << child->id << parentKey;
                walk(child.get(), child->id);
            }
        };
        walk(section, 0);
        return out;
    };
    bool sameShape = true;
    for (int i = 0; i < 3 && sameShape; ++i) {
        sameShape = shape(sections[i]) == shape(fresh[i]);
    }

    if (!sameShape) {
        beginResetModel();
        for (int i = 0; i < 3; ++i) {
            sections[i]->children.clear();
            for (auto &child : fresh[i]->children) {
                sections[i]->add(std::move(child));
            }
        }
        endResetModel();
        return;
    }
    // Same nodes in the same places: copy what may differ and report the rows that did.
    std::function<void(Node *, const Node *)> update = [&](Node *into, const Node *from) {
        for (size_t i = 0; i < into->children.size(); ++i) {
            Node *node = into->children[i].get();
            const Node *source = from->children[i].get();
            if (node->name != source->name || node->path != source->path || node->query != source->query
                || node->count != source->count) {
                node->name = source->name;
                node->path = source->path;
                node->query = source->query;
                node->count = source->count;
                const QModelIndex index = indexFor(node);
                Q_EMIT dataChanged(index, index);
            }
            update(node, source);
        }
    };
    for (int i = 0; i < 3; ++i) {
        update(sections[i], fresh[i]);
    }
}

SidebarModel::Node *SidebarModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex SidebarModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

SidebarModel::Node *SidebarModel::find(NodeKind kind, qint64 id) const
{
    // The Library section's entries are one of a kind; the others are told apart by their id.
    const bool byId = kind == NodeKind::Section || kind == NodeKind::Folder || kind == NodeKind::Collection
        || kind == NodeKind::SmartCollection;
    std::function<Node *(Node *)> walk = [&](Node *node) -> Node * {
        for (const auto &child : node->children) {
            if (child->kind == kind && (!byId || child->id == id)) {
                return child.get();
            }
            if (Node *found = walk(child.get())) {
                return found;
            }
        }
        return nullptr;
    };
    return walk(m_root.get());
}

QModelIndex SidebarModel::indexOf(NodeKind kind, qint64 id) const
{
    return indexFor(find(kind, id));
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = parent.isValid() ? nodeFor(parent) : m_root.get();
    if (!node || column != 0 || row < 0 || row >= int(node->children.size())) {
        return {};
    }
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node) {
        return {};
    }
    return indexFor(node->parent);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    const Node *node = parent.isValid() ? nodeFor(parent) : m_root.get();
    return node ? int(node->children.size()) : 0;
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        switch (node->kind) {
        case NodeKind::Section:
            switch (Section(node->id)) {
            case Section::Library: return tr("Library");
            case Section::Folders: return tr("Folders");
            case Section::Collections: return tr("Collections");
            case Section::SmartCollections: return tr("Smart collections");
            }
            return {};
        case NodeKind::AllItems: return tr("All items");
        case NodeKind::Media: return tr("Media");
        case NodeKind::Documents: return tr("Documents");
        case NodeKind::Duplicates: return tr("Duplicates");
        case NodeKind::Trash: return tr("Trash");
        case NodeKind::Folder:
        case NodeKind::Collection:
        case NodeKind::SmartCollection: return node->name;
        }
        return {};
    case Qt::DecorationRole:
        if (node->kind == NodeKind::Section) {
            return {};
        }
        return iconFor(node->kind);
    case Qt::ToolTipRole:
        switch (node->kind) {
        case NodeKind::Folder: return node->path;
        case NodeKind::Collection: return tr("%n item(s)", nullptr, int(qMin<qint64>(node->count, INT_MAX)));
        case NodeKind::SmartCollection: return node->query;
        default: return {};
        }
    case NodeKindRole: return int(node->kind);
    case NodeIdRole: return node->id;
    case QueryRole: return node->kind == NodeKind::SmartCollection ? QVariant(node->query) : QVariant();
    case PathRole: return node->path.isEmpty() ? QVariant() : QVariant(node->path);
    case CountRole: return node->kind == NodeKind::Collection ? QVariant(node->count) : QVariant();
    default: return {};
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node) {
        return Qt::NoItemFlags;
    }
    switch (node->kind) {
    case NodeKind::Section:
        return Section(node->id) == Section::Folders ? Qt::ItemIsEnabled | Qt::ItemIsDropEnabled : Qt::ItemIsEnabled;
    case NodeKind::Folder:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
            | Qt::ItemIsDropEnabled;
    case NodeKind::Collection:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDropEnabled
            | Qt::ItemNeverHasChildren;
    default: return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }
}

} // namespace Folio
