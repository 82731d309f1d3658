// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of the library's records as core hands them out (DESIGN.md, Domain). Plain data.

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Folio {

struct Folder
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0; // 0 for the root
    QString name;
    QString path;        // "/Projects/Spring", "/" for the root
    qint64 rev = 0;
    QString createdAt;
    QString modifiedAt;
    QString trashedAt;
};

struct Item
{
    qint64 id = 0;
    QString uuid;
    QString kind; // asset | document
    QString title;
    qint64 folderId = 0;
    QString classification;
    QString status;
    qint64 currentVersionId = 0;
    int versionCount = 0;
    qint64 rev = 0;
    QString createdAt;
    QString createdBy;
    QString modifiedAt;
    QString modifiedBy;
    QString trashedAt;
    bool tombstone = false;
};

struct Version
{
    qint64 id = 0;
    QString uuid;
    qint64 itemId = 0;
    int number = 0;
    qint64 blobId = 0;
    QString sha256;
    QString filename;
    qint64 size = 0;
    QString mimeType;
    QString author;
    QString createdAt;
    QString fileModifiedAt;
    QString comment;
    int parentNumber = 0;
    bool conflict = false;
};

struct MetadataValue
{
    QString field;  // canonical key
    QJsonValue value;
    QString setBy;
    QString setAt;
};

} // namespace Folio
