// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pixels rendered in this process (a PDF's page 1) handed to ImageRenderer, which takes encoded bytes: an
// uncompressed baseline TIFF (one strip) is the cheapest form it decodes. A PNG cost some 30 ms per PDF
// (deflated here, inflated there) for pixels that never leave the process.
//
// Thread safety: stateless.

#include <QByteArray>

class QImage;

namespace Folio {

// RGB (QImage::Format_RGB888) pixels of RGB as a little-endian baseline TIFF.
QByteArray uncompressedTiff(const QImage &rgb);

} // namespace Folio
