// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing files so that a crash or power loss leaves either the old or the new content, never a torn
// file (DESIGN.md rule 1): temp file in the same folder, fsync, rename, fsync of the folder.
// Stateless functions; thread-safe.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Folio::DurableFile {

// Replaces PATH with DATA atomically and durably.
Result<void> write(const QString &path, const QByteArray &data);

// fsyncs a folder, so that renames and new entries in it survive a crash.
Result<void> syncDirectory(const QString &dir);

// fsyncs an open file descriptor; WHAT names the file in the error.
Result<void> syncDescriptor(int fd, const QString &what);

// Renames FROM to TO (same filesystem) and syncs TO's folder.
Result<void> renameDurably(const QString &from, const QString &to);

// The reason errno gives, in words ("No space left on device").
QString errnoText(int error);

} // namespace Folio::DurableFile
