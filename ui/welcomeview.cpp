// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomeview.h"

#include "uiresources.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    initUiResources();
    setAccessibleName(tr("Welcome"));
    auto *title = new QLabel(tr("This library is empty"), this);
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    title->setFont(large);
    title->setAlignment(Qt::AlignCenter);
    auto *lead = new QLabel(tr("Bring in photos, video, audio, design files and documents. Folio keeps every original, "
                               "reads its metadata and text, and makes previews."),
        this);
    lead->setWordWrap(true);
    lead->setAlignment(Qt::AlignCenter);
    lead->setMaximumWidth(520);

    auto *addFiles = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add files…"), this);
    auto *addFolder = new QPushButton(QIcon(QStringLiteral(":/icons/add-folder.svg")), tr("Add folder…"), this);
    auto *openLibrary = new QPushButton(QIcon(QStringLiteral(":/icons/open-library.svg")), tr("Open library…"), this);
    addFiles->setDefault(true);
    addFiles->setAccessibleName(tr("Add files"));
    addFolder->setAccessibleName(tr("Add folder"));
    openLibrary->setAccessibleName(tr("Open library"));
    connect(addFiles, &QPushButton::clicked, this, &WelcomeView::addFilesRequested);
    connect(addFolder, &QPushButton::clicked, this, &WelcomeView::addFolderRequested);
    connect(openLibrary, &QPushButton::clicked, this, &WelcomeView::openLibraryRequested);

    auto *dropZone = new QFrame(this);
    dropZone->setObjectName(QStringLiteral("dropZone"));
    dropZone->setFrameShape(QFrame::StyledPanel);
    dropZone->setFrameShadow(QFrame::Sunken);
    dropZone->setMinimumSize(420, 140);
    dropZone->setAccessibleName(tr("Drop zone"));
    auto *dropText = new QLabel(tr("Drop files, folders or archives here"), dropZone);
    dropText->setAlignment(Qt::AlignCenter);
    auto *dropLayout = new QVBoxLayout(dropZone);
    dropLayout->addWidget(dropText);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(openLibrary);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(lead, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(dropZone, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace Folio
