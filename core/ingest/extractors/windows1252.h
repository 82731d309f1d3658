// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Windows-1252 for TextExtractor's readers (not API): the fallback charset of text files, the default code
// page of RTF, and what HTML character references in 0x80-0x9F mean.
// Stateless functions; thread-safe.

#include <QByteArrayView>
#include <QString>

namespace Folio::Internal {

// BYTES read as Windows-1252 (the five bytes it leaves undefined as the C1 controls Latin-1 has there).
QString decodeWindows1252(QByteArrayView bytes);
// Appends the character of a character reference to OUT: 0x80-0x9F as Windows-1252 reads them, a code
// point that no character may have (0, a surrogate, beyond U+10FFFF) as U+FFFD.
void appendCodePoint(QString &out, char32_t code);

} // namespace Folio::Internal
