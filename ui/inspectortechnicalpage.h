// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inspector's Technical page: what extraction found, raw — the detected type, dimensions, pages,
// warnings or the failure, the unified fields it mapped, and every tag the extractors stored (EXIF, IPTC,
// XMP, media streams, PDF and office properties) grouped by family ("Exif", "Xmp", "pdf"…), filterable.
//
// Thread safety: GUI thread.

#include "store/extractionrepository.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTreeWidget;

namespace Folio {

class InspectorTechnicalPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorTechnicalPage(QWidget *parent = nullptr);

    void setExtraction(const std::optional<ExtractionRecord> &record);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    // The value shown for KEY (a tag key such as "Exif.Image.Make", or a field key), empty when none.
    QString valueOf(const QString &key) const;

private:
    void applyFilter();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Folio
