// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorversionspage.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Folio {

namespace {
enum Column { NumberColumn, DateColumn, SizeColumn, CommentColumn, AuthorColumn, FileColumn };
constexpr int NumberRole = Qt::UserRole + 1;

// A stored UTC time shown in the user's zone and format.
QString localTime(const QString &utc)
{
    const QDateTime time = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : utc;
}
} // namespace

InspectorVersionsPage::InspectorVersionsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_comment(new QLineEdit(this))
    , m_checkIn(new QPushButton(tr("Check In New Version…"), this))
    , m_revert(new QPushButton(tr("Revert to This Version"), this))
{
    m_list->setAccessibleName(tr("Versions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Version"), tr("Date"), tr("Size"), tr("Comment"), tr("Author"), tr("File") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_comment->setPlaceholderText(tr("Comment for the new version (optional)"));
    m_comment->setAccessibleName(tr("Comment for the new version"));
    m_comment->setClearButtonEnabled(true);
    m_checkIn->setAccessibleName(tr("Check in a new version from a file"));
    m_checkIn->setToolTip(tr("Store a file as the item's next version; the earlier versions are kept."));
    m_revert->setAccessibleName(tr("Revert to the selected version"));
    m_revert->setToolTip(tr("Make the selected version's content the newest version again."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);

    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Check In New Version"));
        if (!file.isEmpty()) {
            checkInFile(file);
        }
    });
    connect(m_revert, &QPushButton::clicked, this, &InspectorVersionsPage::revertSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &InspectorVersionsPage::updateButtons);
    updateButtons();
}

void InspectorVersionsPage::setVersions(const QList<Version> &versions, int currentNumber)
{
    const int selected = selectedNumber();
    m_current = currentNumber;
    m_list->clear();
    const QLocale locale;
    for (const Version &version : versions) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(NumberColumn,
            version.number == currentNumber ? tr("%1 (current)").arg(version.number) : QString::number(version.number));
        row->setData(NumberColumn, NumberRole, version.number);
        row->setText(DateColumn, localTime(version.createdAt));
        row->setToolTip(DateColumn, version.createdAt);
        row->setText(SizeColumn, locale.formattedDataSize(version.size));
        row->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(CommentColumn, version.comment);
        row->setToolTip(CommentColumn, version.comment);
        row->setText(AuthorColumn, version.author);
        row->setText(FileColumn, version.filename);
        row->setToolTip(FileColumn, tr("%1\n%2\nSHA-256 %3").arg(version.filename, version.mimeType, version.sha256));
        if (version.number == selected) {
            row->setSelected(true);
            m_list->setCurrentItem(row);
        }
    }
    updateButtons();
}

void InspectorVersionsPage::checkInFile(const QString &file)
{
    if (m_busy || file.isEmpty()) {
        return;
    }
    Q_EMIT checkInRequested(file, m_comment->text().trimmed());
    m_comment->clear();
}

void InspectorVersionsPage::revertSelected()
{
    const int number = selectedNumber();
    if (m_busy || number <= 0 || number == m_current) {
        return;
    }
    Q_EMIT revertRequested(number);
}

void InspectorVersionsPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

int InspectorVersionsPage::selectedNumber() const
{
    const QList<QTreeWidgetItem *> rows = m_list->selectedItems();
    return rows.isEmpty() ? 0 : rows.first()->data(NumberColumn, NumberRole).toInt();
}

void InspectorVersionsPage::updateButtons()
{
    const int number = selectedNumber();
    m_checkIn->setEnabled(!m_busy);
    m_revert->setEnabled(!m_busy && number > 0 && number != m_current);
}

} // namespace Folio
