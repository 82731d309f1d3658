// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorheader.h"

#include "inspectordata.h"
#include "inspectorrating.h"
#include "store/itemlabelrepository.h"
#include "thumbnailcache.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Folio {

namespace {
constexpr int previewEdge = 200;

QColor labelColor(const QString &name)
{
    static const QHash<QString, QColor> colors { { QStringLiteral("red"), QColor(0xe0, 0x3e, 0x3e) },
        { QStringLiteral("orange"), QColor(0xf0, 0x8c, 0x1e) }, { QStringLiteral("yellow"), QColor(0xf2, 0xd0, 0x24) },
        { QStringLiteral("green"), QColor(0x3c, 0xb0, 0x4a) }, { QStringLiteral("blue"), QColor(0x2f, 0x7d, 0xe1) },
        { QStringLiteral("purple"), QColor(0x8e, 0x4e, 0xc6) }, { QStringLiteral("gray"), QColor(0x8a, 0x8a, 0x8a) } };
    return colors.value(name);
}

QString labelName(const QString &name)
{
    if (name == QLatin1String("red")) {
        return InspectorHeader::tr("Red");
    }
    if (name == QLatin1String("orange")) {
        return InspectorHeader::tr("Orange");
    }
    if (name == QLatin1String("yellow")) {
        return InspectorHeader::tr("Yellow");
    }
    if (name == QLatin1String("green")) {
        return InspectorHeader::tr("Green");
    }
    if (name == QLatin1String("blue")) {
        return InspectorHeader::tr("Blue");
    }
    if (name == QLatin1String("purple")) {
        return InspectorHeader::tr("Purple");
    }
    if (name == QLatin1String("gray")) {
        return InspectorHeader::tr("Gray");
    }
    return InspectorHeader::tr("No label");
}

QIcon swatch(const QString &name)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (name.isEmpty()) {
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5));
        painter.drawEllipse(QRectF(2, 2, 12, 12));
        painter.drawLine(QPointF(4, 12), QPointF(12, 4));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(labelColor(name));
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    }
    return { pixmap };
}
} // namespace

InspectorHeader::InspectorHeader(ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_thumbnails(thumbnails)
    , m_preview(new QLabel(this))
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_rating(new InspectorRating(this))
{
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(120);
    m_preview->setMaximumHeight(previewEdge);
    m_preview->setAccessibleName(tr("Preview"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Title"));
    m_info->setWordWrap(true);
    m_info->setAccessibleName(tr("Type and size"));
    m_info->setForegroundRole(QPalette::PlaceholderText);

    auto *stars = new QHBoxLayout;
    stars->setContentsMargins(0, 0, 0, 0);
    stars->addWidget(m_rating);
    stars->addStretch(1);
    auto *marks = new QHBoxLayout;
    marks->setContentsMargins(0, 0, 0, 0);
    marks->setSpacing(0);
    QStringList colors { QString() };
    colors += ItemLabelRepository::colorLabels();
    for (const QString &color : std::as_const(colors)) {
        auto *button = new QToolButton(this);
        button->setIcon(swatch(color));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        const QString name = labelName(color);
        button->setAccessibleName(color.isEmpty() ? tr("No colour label") : tr("%1 label").arg(name));
        button->setToolTip(color.isEmpty() ? tr("Clear the colour label") : tr("Label %1").arg(name));
        button->setObjectName(color.isEmpty() ? QStringLiteral("label-none") : QStringLiteral("label-") + color);
        connect(button, &QToolButton::clicked, this, [this, color] {
            setLabel(color); // shown at once; the stored value comes back with the next read
            Q_EMIT colorLabelChosen(color);
        });
        marks->addWidget(button);
        m_labelButtons.append(button);
    }
    marks->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_preview);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addLayout(stars);
    layout->addLayout(marks);

    connect(m_rating, &InspectorRating::ratingChosen, this, &InspectorHeader::ratingChosen);
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString &sha) {
        if (sha == m_previewSha) {
            showPreview();
        }
    });
    showNothing();
}

QToolButton *InspectorHeader::labelButton(const QString &color) const
{
    QStringList colors { QString() };
    colors += ItemLabelRepository::colorLabels();
    const qsizetype index = colors.indexOf(color);
    return index >= 0 ? m_labelButtons.at(index) : nullptr;
}

QString InspectorHeader::title() const
{
    return m_title->text();
}

QString InspectorHeader::info() const
{
    return m_info->text();
}

bool InspectorHeader::hasPreview() const
{
    return !m_preview->pixmap().isNull();
}

void InspectorHeader::showNothing()
{
    m_previewSha.clear();
    m_preview->setPixmap({});
    m_preview->setText(tr("No selection"));
    m_title->clear();
    m_info->setText(tr("Select items to see and edit their details."));
    m_rating->setRating(0);
    m_rating->setEnabled(false);
    setLabel(QString());
    for (QToolButton *button : std::as_const(m_labelButtons)) {
        button->setEnabled(false);
    }
}

void InspectorHeader::showData(const InspectorData &data)
{
    if (data.labels.isEmpty()) {
        showNothing();
        return;
    }
    const QLocale locale;
    m_rating->setEnabled(true);
    for (QToolButton *button : std::as_const(m_labelButtons)) {
        button->setEnabled(true);
    }
    // The stored values; "mixed" where the selected items differ.
    const ItemLabels &first = data.labels.first();
    bool sameRating = true;
    bool sameLabel = true;
    for (const ItemLabels &item : data.labels) {
        sameRating = sameRating && item.rating.value_or(0) == first.rating.value_or(0);
        sameLabel = sameLabel && item.colorLabel == first.colorLabel;
    }
    m_rating->setRating(sameRating ? first.rating.value_or(0) : InspectorRating::Mixed);
    setLabel(sameLabel ? first.colorLabel : QStringLiteral("*"));

    if (!data.single) {
        m_previewSha.clear();
        m_preview->setPixmap({});
        m_preview->setText(tr("%n items selected", nullptr, int(data.labels.size())));
        m_title->setText(tr("%n items", nullptr, int(data.labels.size())));
        m_info->setText(tr("%1 in total").arg(locale.formattedDataSize(data.totalSize)));
        return;
    }
    m_title->setText(data.item.title);
    QStringList info;
    const QString mime = data.current.mimeType;
    const QString comment = QMimeDatabase().mimeTypeForName(mime).comment();
    info.append(comment.isEmpty() ? mime : comment);
    info.append(locale.formattedDataSize(data.current.size));
    if (data.extraction && data.extraction->width > 0 && data.extraction->height > 0) {
        info.append(tr("%1 × %2 px").arg(data.extraction->width).arg(data.extraction->height));
    }
    if (data.extraction && data.extraction->pages > 1) {
        info.append(tr("%n page(s)", nullptr, data.extraction->pages));
    }
    info.append(tr("version %1").arg(data.current.number));
    if (!data.folderPath.isEmpty() && data.folderPath != QLatin1String("/")) {
        info.append(data.folderPath);
    }
    m_info->setText(info.join(QStringLiteral(" · ")));
    m_previewSha = data.previewSha256;
    m_preview->setPixmap({});
    m_preview->setText(m_previewSha.isEmpty() ? tr("No preview") : tr("Loading preview…"));
    showPreview();
}

void InspectorHeader::showPreview()
{
    if (m_previewSha.isEmpty()) {
        return;
    }
    const QImage image = m_thumbnails->image(m_previewSha, QSize(previewEdge, previewEdge));
    if (!image.isNull()) {
        m_preview->setPixmap(QPixmap::fromImage(image));
    } else if (m_thumbnails->hasFailed(m_previewSha)) {
        m_preview->setText(tr("No preview"));
    }
}

void InspectorHeader::setLabel(const QString &color)
{
    m_label = color;
    QStringList colors { QString() };
    colors += ItemLabelRepository::colorLabels();
    for (qsizetype i = 0; i < colors.size(); ++i) {
        // "*" (mixed) checks none of them.
        m_labelButtons.at(i)->setChecked(colors.at(i) == color && color != QLatin1String("*"));
    }
}

} // namespace Folio
