// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemdelegate.h"

#include "uiresources.h"

#include "itemwindowmodel.h"
#include "thumbnailcache.h"
#include "thumbnailgridview.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Folio {

namespace {

QString statusBadge(const QString &status)
{
    if (status == QLatin1String("in_review")) {
        return ItemDelegate::tr("In review");
    }
    if (status == QLatin1String("approved")) {
        return ItemDelegate::tr("Approved");
    }
    if (status == QLatin1String("published")) {
        return ItemDelegate::tr("Published");
    }
    if (status == QLatin1String("archived")) {
        return ItemDelegate::tr("Archived");
    }
    if (status == QLatin1String("disposed")) {
        return ItemDelegate::tr("Disposed");
    }
    return {}; // drafts are the usual case: no badge
}

QString classificationBadge(const QString &classification)
{
    if (classification == QLatin1String("confidential")) {
        return ItemDelegate::tr("Confidential");
    }
    if (classification == QLatin1String("restricted")) {
        return ItemDelegate::tr("Restricted");
    }
    return {};
}

// Icons render their SVG once per size and keep the pixmaps: one instance each, not one per paint.
const QIcon &cachedIcon(const QString &path)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(path);
    if (it == icons.end()) {
        it = icons.insert(path, QIcon(path));
    }
    return *it;
}

bool isVideo(const BrowseRow &row)
{
    return row.mimeType.startsWith(QLatin1String("video/"));
}

} // namespace

ItemDelegate::ItemDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
    initUiResources();
}

QColor ItemDelegate::labelColor(const QString &label)
{
    static const QHash<QString, QColor> colors {
        { QStringLiteral("red"), QColor(0xe5, 0x48, 0x4d) },
        { QStringLiteral("orange"), QColor(0xf5, 0x8a, 0x1f) },
        { QStringLiteral("yellow"), QColor(0xf2, 0xc9, 0x1c) },
        { QStringLiteral("green"), QColor(0x3f, 0xb9, 0x50) },
        { QStringLiteral("blue"), QColor(0x35, 0x84, 0xe4) },
        { QStringLiteral("purple"), QColor(0x91, 0x41, 0xac) },
        { QStringLiteral("gray"), QColor(0x8a, 0x94, 0xa0) },
    };
    return colors.value(label.toLower());
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    if (const auto *view = qobject_cast<const ThumbnailGridView *>(option.widget)) {
        return view->cellSize();
    }
    return { 200, 44 };
}

void ItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const BrowseRow row = index.data(ItemWindowModel::RowRole).value<BrowseRow>();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto *view = qobject_cast<const ThumbnailGridView *>(option.widget);
    if (view && view->layoutMode() == ThumbnailGridView::Layout::List) {
        paintListRow(painter, option, index, row);
    } else {
        paintGridCell(painter, option, index, row);
    }
    painter->restore();
}

void ItemDelegate::paintGridCell(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const BrowseRow &row) const
{
    const QPalette &palette = option.palette;
    const QRect cell = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(selected ? 0.35 : 0.12);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(cell, 6, 6);
    }
    const int edge = option.decorationSize.width();
    const QRect box(cell.left() + (cell.width() - edge) / 2, cell.top() + 6, edge, edge);
    double scrub = -1;
    if (const auto *view = qobject_cast<const ThumbnailGridView *>(option.widget);
        view && view->hoverIndex() == index && isVideo(row)) {
        scrub = view->hoverFraction();
    }
    paintPicture(painter, box, index, row, scrub);
    paintBadges(painter, box.adjusted(4, 4, -4, -4), row, palette);

    // Rating and colour label share the strip under the picture; the title goes below them.
    const QFontMetrics metrics(option.font);
    QRect text(cell.left() + 6, box.bottom() + 4, cell.width() - 12, cell.bottom() - box.bottom() - 4);
    if (row.rating > 0 || !row.colorLabel.isEmpty()) {
        paintRating(painter, QRect(text.left(), text.top(), text.width(), 12), row);
        text.setTop(text.top() + 13);
    }
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    if (selected && palette.color(QPalette::HighlightedText) == palette.color(QPalette::Base)) {
        painter->setPen(palette.color(QPalette::Text)); // the fill is translucent: keep the text readable
    }
    const QString title = index.data(Qt::DisplayRole).toString();
    QString shown = metrics.elidedText(title, Qt::ElideMiddle, text.width() * 2 - metrics.averageCharWidth());
    painter->setFont(option.font);
    painter->drawText(text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, shown);
}

void ItemDelegate::paintListRow(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const BrowseRow &row) const
{
    const QPalette &palette = option.palette;
    const QRect cell = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected) {
        painter->fillRect(cell, palette.color(QPalette::Highlight));
    } else if (option.state & QStyle::State_MouseOver) {
        QColor hover = palette.color(QPalette::Highlight);
        hover.setAlphaF(0.12);
        painter->fillRect(cell, hover);
    }
    const int edge = cell.height() - 8;
    const QRect box(cell.left() + 6, cell.top() + 4, edge, edge);
    paintPicture(painter, box, index, row, -1);

    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detailColor = textColor;
    detailColor.setAlphaF(0.7);
    const int left = box.right() + 10;
    const int right = cell.right() - 170;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(textColor);
    const QRect titleRect(left, cell.top() + 4, right - left, cell.height() / 2 - 2);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, titleRect.width()));
    painter->setFont(option.font);
    painter->setPen(detailColor);
    QStringList details;
    if (index.data(ItemWindowModel::LoadedRole).toBool()) {
        const QModelIndex type = index.siblingAtColumn(ItemWindowModel::TypeColumn);
        const QModelIndex size = index.siblingAtColumn(ItemWindowModel::SizeColumn);
        const QModelIndex modified = index.siblingAtColumn(ItemWindowModel::ModifiedColumn);
        for (const QModelIndex &part : { type, size, modified }) {
            const QString text = part.data(Qt::DisplayRole).toString();
            if (!text.isEmpty()) {
                details.append(text);
            }
        }
    }
    const QRect detailRect(left, cell.top() + cell.height() / 2, right - left, cell.height() / 2 - 4);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(details.join(QStringLiteral("  ·  ")), Qt::ElideRight, detailRect.width()));
    paintRating(painter, QRect(right + 8, cell.top() + cell.height() / 2 - 6, 80, 12), row);
    paintBadges(painter, QRect(right + 8, cell.top() + 4, 160, 14), row, palette);
}

void ItemDelegate::paintPicture(
    QPainter *painter, const QRect &box, const QModelIndex &index, const BrowseRow &row, double scrub) const
{
    QImage image = index.data(ItemWindowModel::ThumbnailRole).value<QImage>();
    QRectF source;
    if (scrub >= 0 && m_thumbnails && !row.filmstripSha256.isEmpty()) {
        const QImage strip
            = m_thumbnails->image(row.filmstripSha256, QSize(box.width() * FilmstripFrames, box.height()));
        if (!strip.isNull()) {
            const int frame = std::clamp(int(scrub * FilmstripFrames), 0, FilmstripFrames - 1);
            const double frameWidth = double(strip.width()) / FilmstripFrames;
            image = strip;
            source = QRectF(frame * frameWidth, 0, frameWidth, strip.height());
        }
    }
    if (image.isNull()) {
        const bool loaded = index.data(ItemWindowModel::LoadedRole).toBool();
        if (!loaded) {
            QColor shade = qApp->palette().color(QPalette::Mid);
            shade.setAlphaF(0.25);
            painter->fillRect(
                box.adjusted(box.width() / 8, box.height() / 8, -box.width() / 8, -box.height() / 8), shade);
            return;
        }
        const QString icon = row.kind == QLatin1String("document") ? QStringLiteral(":/icons/placeholder-document.svg")
                                                                   : QStringLiteral(":/icons/placeholder-image.svg");
        const int edge = std::max(16, box.width() / 2);
        cachedIcon(icon).paint(painter, QRect(box.center() - QPoint(edge / 2, edge / 2), QSize(edge, edge)));
        return;
    }
    if (source.isNull()) {
        source = image.rect();
    }
    QSizeF shown = source.size().scaled(QSizeF(box.size()), Qt::KeepAspectRatio);
    const QRectF target(box.left() + (box.width() - shown.width()) / 2, box.top() + (box.height() - shown.height()) / 2,
        shown.width(), shown.height());
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, image, source);
    if (isVideo(row) && scrub < 0 && box.width() >= 64) {
        const int play = std::max(16, box.width() / 6);
        cachedIcon(QStringLiteral(":/icons/play.svg"))
            .paint(painter, QRect(target.toRect().center() - QPoint(play / 2, play / 2), QSize(play, play)));
    }
}

void ItemDelegate::paintBadges(QPainter *painter, const QRect &box, const BrowseRow &row, const QPalette &) const
{
    struct Badge
    {
        QString text;
        QColor color;
    };
    QList<Badge> badges;
    if (row.versionCount > 1) {
        badges.append({ tr("v%1").arg(row.versionCount), QColor(0x35, 0x84, 0xe4) });
    }
    if (const QString status = statusBadge(row.status); !status.isEmpty()) {
        badges.append({ status, QColor(0x3f, 0x8f, 0x50) });
    }
    if (const QString classification = classificationBadge(row.classification); !classification.isEmpty()) {
        badges.append({ classification, QColor(0xc0, 0x1c, 0x28) });
    }
    if (row.duplicate) {
        badges.append({ tr("Duplicate"), QColor(0x81, 0x3d, 0x9c) });
    }
    if (row.extractionFailed) {
        badges.append({ tr("! Failed"), QColor(0xe6, 0x61, 0x00) });
    }
    QFont font = painter->font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.78));
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    int x = box.left();
    int y = box.top();
    for (const Badge &badge : badges) {
        const int width = metrics.horizontalAdvance(badge.text) + 8;
        if (x + width > box.right() && x != box.left()) {
            x = box.left();
            y += metrics.height() + 3;
        }
        const QRect chip(x, y, width, metrics.height() + 1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge.color);
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter, badge.text);
        x += width + 3;
    }
}

void ItemDelegate::paintRating(QPainter *painter, const QRect &box, const BrowseRow &row) const
{
    int x = box.left();
    const int edge = box.height();
    if (const QColor label = labelColor(row.colorLabel); label.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(label);
        painter->drawEllipse(QRect(x, box.top() + 1, edge - 2, edge - 2));
        x += edge + 2;
    }
    const QIcon &star = cachedIcon(QStringLiteral(":/icons/star.svg"));
    for (int i = 0; i < std::clamp(row.rating, 0, 5); ++i) {
        star.paint(painter, QRect(x, box.top(), edge, edge));
        x += edge;
    }
}

} // namespace Folio
