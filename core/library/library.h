// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Library is one folder: the SQLite database (folio.db) and the content-addressed blob store
// (blobs/). Opening one migrates its schema. A non-empty folder that is not a library is never
// turned into one.
//
// Thread safety: one thread at a time (it owns one Database connection).

#include "error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Folio {

class Database;

class Library
{
    Q_DECLARE_TR_FUNCTIONS(Folio::Library)

public:
    enum class OpenMode {
        Existing,       // the folder must already be a library
        Create,         // the folder must be missing or empty
        CreateIfMissing // open a library, or create one in a missing or empty folder
    };

    static Result<std::unique_ptr<Library>> open(const QString &path, OpenMode mode);
    ~Library();

    // True when PATH holds a library database.
    static bool isLibrary(const QString &path);
    static QString databaseFileName() { return QStringLiteral("folio.db"); }

    const QString &path() const { return m_path; }
    Database &database() { return *m_db; }

private:
    Library(QString path, std::unique_ptr<Database> db);

    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace Folio
