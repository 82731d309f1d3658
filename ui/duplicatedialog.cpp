// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio {

DuplicateDialog::DuplicateDialog(const DuplicateQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_applyToAll(new QCheckBox(this))
{
    setObjectName(QStringLiteral("duplicateDialog"));
    setWindowTitle(tr("Duplicate Files"));
    const int count = int(question.files.size());
    const QString file = question.index < count ? question.files.at(question.index).source : QString();
    auto *text = new QLabel(tr("“%1” is already in the library (the same content). What should Folio do with it?")
                                .arg(QFileInfo(file).fileName()),
        this);
    text->setWordWrap(true);
    auto *files = new QListWidget(this);
    files->setAccessibleName(tr("Duplicate files"));
    for (const IngestDuplicate &duplicate : question.files) {
        files->addItem(QDir::toNativeSeparators(duplicate.source));
    }
    files->setCurrentRow(question.index);
    files->setMaximumHeight(160);

    m_applyToAll->setText(tr("Apply to all %n duplicate(s)", nullptr, count - question.index));
    m_applyToAll->setAccessibleName(tr("Apply to all duplicates"));
    m_applyToAll->setChecked(true);
    m_applyToAll->setVisible(count - question.index > 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    QPushButton *keep = buttons->addButton(tr("Keep Both"), QDialogButtonBox::AcceptRole);
    QPushButton *version = buttons->addButton(tr("New Version"), QDialogButtonBox::AcceptRole);
    skip->setObjectName(QStringLiteral("skip"));
    keep->setObjectName(QStringLiteral("keepBoth"));
    version->setObjectName(QStringLiteral("newVersion"));
    skip->setAccessibleName(tr("Skip"));
    keep->setAccessibleName(tr("Keep both"));
    version->setAccessibleName(tr("New version"));
    skip->setToolTip(tr("Store nothing: the library keeps the item it has."));
    keep->setToolTip(tr("Store the file again as another item."));
    version->setToolTip(tr("Store the file as the newest version of the item that has the same content."));
    skip->setDefault(true);
    connect(skip, &QPushButton::clicked, this, [this] { choose(DuplicateChoice::Skip); });
    connect(keep, &QPushButton::clicked, this, [this] { choose(DuplicateChoice::KeepBoth); });
    connect(version, &QPushButton::clicked, this, [this] { choose(DuplicateChoice::NewVersion); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(files);
    layout->addWidget(m_applyToAll);
    layout->addWidget(buttons);
}

void DuplicateDialog::choose(DuplicateChoice choice)
{
    m_answer.choice = choice;
    m_answer.applyToAll = m_applyToAll->isChecked();
    if (choice == DuplicateChoice::Skip) {
        reject();
    } else {
        accept();
    }
}

} // namespace Folio
