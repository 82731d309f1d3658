// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/extractors/pdfdocuments.h"

#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>

namespace Folio::PdfDocuments {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Folio::PdfDocuments)
};
} // namespace

Result<void> checkReadable(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        return fail(Error::Code::NotFound, Messages::tr("\"%1\" does not exist.").arg(name), path);
    }
    if (!info.isFile()) {
        return fail(Error::Code::InvalidArgument,
            Messages::tr("Cannot read \"%1\": it is not a regular file.").arg(name), path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, Messages::tr("Cannot open \"%1\": %2").arg(name, file.errorString()), path);
    }
    return {};
}

// Poppler-Qt6's unlock() reports whether the document is still locked, so ask isLocked() instead. PDF 2.0
// (AES-256) passwords are UTF-8, older ones Latin-1: try both.
bool unlock(Poppler::Document &document, const QString &password)
{
    const QByteArray latin1 = password.toLatin1();
    document.unlock(latin1, latin1);
    const QByteArray utf8 = password.toUtf8();
    if (document.isLocked() && utf8 != latin1) {
        document.unlock(utf8, utf8);
    }
    return !document.isLocked();
}

} // namespace Folio::PdfDocuments
