// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/library.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QDir>
#include <QFileInfo>

namespace Folio {

Library::Library(QString path, std::unique_ptr<Database> db) : m_path(std::move(path)), m_db(std::move(db)) {}

Library::~Library() = default;

bool Library::isLibrary(const QString &path)
{
    return QFileInfo(QDir(path).filePath(databaseFileName())).isFile();
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenMode mode)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    const QFileInfo info(clean);
    const bool exists = isLibrary(clean);

    if (mode == OpenMode::Existing && !exists) {
        return fail(Error::Code::NotFound, tr("%1 is not a Folio library (no %2 in it).").arg(clean, databaseFileName()));
    }
    if (mode == OpenMode::Create && exists) {
        return fail(Error::Code::AlreadyExists, tr("%1 is already a Folio library.").arg(clean));
    }
    if (!exists) {
        if (info.exists() && !info.isDir()) {
            return fail(Error::Code::InvalidArgument, tr("%1 is a file, not a folder.").arg(clean));
        }
        if (info.isDir() && !QDir(clean).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            return fail(Error::Code::AlreadyExists,
                        tr("%1 is not empty and is not a Folio library; choose an empty or new folder.").arg(clean));
        }
        if (!QDir().mkpath(clean)) {
            return fail(Error::Code::Io, tr("Could not create the folder %1.").arg(clean));
        }
    }

    auto db = Database::open(QDir(clean).filePath(databaseFileName()),
                             exists ? Database::Mode::ReadWrite : Database::Mode::Create);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto migrated = Migrations::migrate(**db, Schema::migrations()); !migrated) {
        return std::unexpected(migrated.error());
    }
    return std::unique_ptr<Library>(new Library(clean, std::move(*db)));
}

} // namespace Folio
