// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a browser shows: a scope (which items), a sort (in SQL, over indexed columns) and the rows it
// reads. Value types shared by BrowseRepository (SQL) and the windowed models of the client.

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace Folio {

struct BrowseScope
{
    enum class Kind {
        All,        // live items outside the Trash
        Media,      // kind = 'asset', outside the Trash
        Documents,  // kind = 'document', outside the Trash
        Folder,     // the items directly in folderId, outside the Trash
        Collection, // the items of the manual collection collectionId, outside the Trash
        Items,      // a fixed set (a smart collection's, duplicates', similar images' or a search's result)
        Trash       // items in the Trash
    };
    Kind kind = Kind::All;
    qint64 folderId = 0;
    qint64 collectionId = 0;
    // Items: the ids in their found order (BrowseSort::Column::Position sorts by it).
    std::shared_ptr<const QList<qint64>> items;
};

struct BrowseSort
{
    enum class Column { Name, Type, Versions, Status, Creator, Modified, Created, Classification, Pages, Size,
        Rating, Position };
    Column column = Column::Name;
    bool descending = false;
};

// A position in a sort order: the sort column's value and the item id that breaks ties.
struct BrowseKey
{
    QVariant value;
    qint64 id = 0;
};

// One row of a browser: everything the grid, the list and the details table show.
struct BrowseRow
{
    qint64 id = 0;
    QString uuid;
    QString kind; // "asset" or "document"
    QString title;
    QString mimeType; // of the current version
    QString filename; // of the current version
    int versionCount = 0;
    QString status;
    QString classification;
    QString creator;
    QString createdAt;
    QString modifiedAt;
    QString trashedAt;
    int pages = 0;
    qint64 size = 0; // of the current version, bytes
    int rating = 0;      // 0–5
    QString colorLabel;  // empty, or a label name (red, orange, yellow, green, blue, purple, gray)
    double durationSeconds = 0; // audio and video; 0 otherwise
    bool duplicate = false;        // the current version's bytes are also another live item's
    bool extractionFailed = false; // the current version's extraction failed
    QString thumbSha256;     // the current version's "thumb" rendition, empty when none
    QString previewSha256;   // its "preview" rendition
    QString filmstripSha256; // a video's "filmstrip" rendition (frames side by side)
    QString originalSha256;  // the current version's blob
    BrowseKey key;           // this row's position in the sort it was read with
};

} // namespace Folio

Q_DECLARE_METATYPE(Folio::BrowseRow)
