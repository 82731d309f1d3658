// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers the office package reader (PackageReader and its part readers) shares (not API): dates and
// keywords as packages write them, XML names and references inside a zip package, limits as text.
// Stateless functions; thread-safe.

#include <QString>
#include <QStringList>

class QXmlStreamAttributes;
class QXmlStreamReader;

namespace Folio::Internal {

// ISO-8601 from the W3CDTF, ODF and EPUB dates packages hold: fractions of seconds dropped, zones kept.
QString isoDate(const QString &raw);
// "64 MiB", "16 KiB": limits as the user reads them.
QString sizeText(qint64 bytes);
// The words of VALUES split at ',' and ';', trimmed, each once.
QStringList splitKeywords(const QStringList &values);
// The prefix a property's namespace is known by, whatever prefix the file chose.
QString qualifiedName(const QXmlStreamReader &xml);
// An OOXML relationship id (r:id), in the transitional or the strict namespace.
QString relationshipId(const QXmlStreamAttributes &attributes);
// A path inside the package from a reference relative to the folder BASE ("xl", "OPS"); "/x" is absolute.
QString resolvePath(const QString &base, const QString &reference);
// The folder of a path inside the package; empty at its top.
QString folderOf(const QString &path);
// The number a part's name ends in, so that "slide12.xml" sorts after "slide2.xml".
int trailingNumber(const QString &path);

} // namespace Folio::Internal
