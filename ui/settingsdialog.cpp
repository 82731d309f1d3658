// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appearance.h"
#include "clientsettings.h"
#include "ingest/extractors/ocrengine.h"
#include "library/librarypaths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Folio {

namespace {

// "eng" → "English (eng)"; script data ("script/Latin") and codes Qt does not know stay as they are.
QString languageLabel(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part2);
    if (language == QLocale::AnyLanguage || code.contains(QLatin1Char('/'))) {
        return code;
    }
    return QStringLiteral("%1 (%2)").arg(QLocale::languageToString(language), code);
}

} // namespace

SettingsDialog::SettingsDialog(const QString &currentLibrary, QWidget *parent)
    : QDialog(parent)
    , m_currentLibrary(QDir::cleanPath(currentLibrary))
    , m_library(new QLineEdit(this))
    , m_chooseLibrary(new QPushButton(tr("Choose…"), this))
    , m_defaultLibrary(new QPushButton(tr("Use Default"), this))
    , m_openLibrary(new QPushButton(tr("Open Now"), this))
    , m_thumbnailEdge(new QSpinBox(this))
    , m_ingestJobs(new QSpinBox(this))
    , m_ocrLanguages(new QListWidget(this))
    , m_ocrStatus(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Library:"), makeLibraryRow());
    auto *libraryNote = new QLabel(tr("Folio opens this library at its next start (unless --library or "
                                      "FOLIO_LIBRARY names another)."),
        this);
    libraryNote->setWordWrap(true);
    form->addRow(QString(), libraryNote);

    m_thumbnailEdge->setRange(ClientSettings::MinThumbnailEdge, ClientSettings::MaxThumbnailEdge);
    m_thumbnailEdge->setSingleStep(16);
    m_thumbnailEdge->setSuffix(tr(" px"));
    m_thumbnailEdge->setValue(ClientSettings::thumbnailEdge());
    m_thumbnailEdge->setAccessibleName(tr("Thumbnail size"));
    form->addRow(tr("&Thumbnail size:"), m_thumbnailEdge);
    connect(m_thumbnailEdge, &QSpinBox::valueChanged, this, [this](int edge) {
        ClientSettings::setThumbnailEdge(edge);
        Q_EMIT thumbnailEdgeChanged(edge);
    });

    m_ingestJobs->setRange(1, 16);
    m_ingestJobs->setValue(ClientSettings::ingestJobs());
    m_ingestJobs->setAccessibleName(tr("Ingest parallelism"));
    m_ingestJobs->setToolTip(tr("How many files are extracted at once when adding files"));
    form->addRow(tr("&Ingest workers:"), m_ingestJobs);
    connect(m_ingestJobs, &QSpinBox::valueChanged, this, [](int jobs) { ClientSettings::setIngestJobs(jobs); });

    m_ocrLanguages->setAccessibleName(tr("OCR languages"));
    m_ocrLanguages->setToolTip(tr("The languages text is recognised in (none checked: the library's setting)"));
    m_ocrLanguages->setMaximumHeight(120);
    auto *ocr = new QWidget(this);
    auto *ocrLayout = new QVBoxLayout(ocr);
    ocrLayout->setContentsMargins(0, 0, 0, 0);
    ocrLayout->addWidget(m_ocrLanguages);
    ocrLayout->addWidget(m_ocrStatus);
    form->addRow(tr("&OCR languages:"), ocr);
    connect(m_ocrLanguages, &QListWidget::itemChanged, this, &SettingsDialog::storeOcrLanguages);

    for (const auto theme : { Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark }) {
        m_theme->addItem(Appearance::name(theme), int(theme));
    }
    m_theme->setCurrentIndex(m_theme->findData(int(Appearance::stored())));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("T&heme:"), m_theme);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
        [this] { Appearance::apply(Appearance::Theme(m_theme->currentData().toInt())); });

    // Each language in its own name, so a user who cannot read the current one still finds theirs.
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(ClientSettings::language())));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("L&anguage:"), m_language);
    form->addRow(QString(), new QLabel(tr("The language changes the next time Folio starts."), this));
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { ClientSettings::setLanguage(m_language->currentData().toString()); });

    // A spin box types into a line edit of its own, which assistive technology announces by itself.
    for (QSpinBox *box : { m_thumbnailEdge, m_ingestJobs }) {
        if (auto *edit = box->findChild<QLineEdit *>()) {
            edit->setAccessibleName(box->accessibleName());
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Return in the library field stores the path; it must not close the dialog as well.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    listOcrLanguages();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::makeLibraryRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_library->setText(ClientSettings::libraryLocation());
    m_library->setPlaceholderText(LibraryPaths::defaultLibrary());
    m_library->setAccessibleName(tr("Library location"));
    m_library->setClearButtonEnabled(true);
    m_chooseLibrary->setAccessibleName(tr("Choose the library folder"));
    m_defaultLibrary->setAccessibleName(tr("Use the default library"));
    m_openLibrary->setAccessibleName(tr("Open this library now"));
    m_openLibrary->setToolTip(tr("Open the chosen library in place of this one"));
    layout->addWidget(m_library, 1);
    layout->addWidget(m_chooseLibrary);
    layout->addWidget(m_defaultLibrary);
    layout->addWidget(m_openLibrary);
    connect(m_library, &QLineEdit::editingFinished, this, &SettingsDialog::storeLibrary);
    connect(m_chooseLibrary, &QPushButton::clicked, this, &SettingsDialog::chooseLibrary);
    connect(m_defaultLibrary, &QPushButton::clicked, this, [this] { setLibraryLocation({}); });
    connect(m_openLibrary, &QPushButton::clicked, this, [this] {
        const QString path = m_library->text().trimmed();
        Q_EMIT openLibraryRequested(path.isEmpty() ? LibraryPaths::defaultLibrary() : QDir::cleanPath(path));
    });
    storeLibrary();
    return row;
}

void SettingsDialog::chooseLibrary()
{
    const QString start = m_library->text().isEmpty() ? m_currentLibrary : m_library->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Library Location"), start);
    if (!folder.isEmpty()) {
        setLibraryLocation(folder);
    }
}

void SettingsDialog::setLibraryLocation(const QString &path)
{
    m_library->setText(path.isEmpty() ? QString() : QDir::cleanPath(path));
    storeLibrary();
}

void SettingsDialog::storeLibrary()
{
    const QString path = m_library->text().trimmed();
    ClientSettings::setLibraryLocation(path.isEmpty() ? QString() : QDir::cleanPath(path));
    // A new folder becomes an empty library when opened, so any folder other than this window's may be opened.
    const QString chosen = path.isEmpty() ? LibraryPaths::defaultLibrary() : QDir::cleanPath(path);
    m_openLibrary->setEnabled(chosen != m_currentLibrary);
}

void SettingsDialog::showThumbnailEdge(int edge)
{
    const QSignalBlocker blocker(m_thumbnailEdge);
    m_thumbnailEdge->setValue(edge);
}

void SettingsDialog::listOcrLanguages()
{
    // Finding Tesseract's data folder asks Tesseract and lists a folder: not on the GUI thread.
    m_ocrStatus->setText(tr("Looking for installed languages…"));
    m_ocrLanguages->setEnabled(false);
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        showOcrLanguages(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([] { return OcrEngine::installedLanguages(); }));
}

void SettingsDialog::showOcrLanguages(const QStringList &installed)
{
    const QStringList chosen = ClientSettings::ocrLanguages().split(QLatin1Char('+'), Qt::SkipEmptyParts);
    const QSignalBlocker blocker(m_ocrLanguages);
    m_ocrLanguages->clear();
    for (const QString &code : installed) {
        if (code == QLatin1String("osd")) {
            continue; // orientation and script detection, not a language to read text in
        }
        auto *entry = new QListWidgetItem(languageLabel(code), m_ocrLanguages);
        entry->setData(Qt::UserRole, code);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        entry->setCheckState(chosen.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_ocrLanguages->setEnabled(m_ocrLanguages->count() > 0);
    m_ocrStatus->setText(m_ocrLanguages->count() > 0
            ? tr("None checked: the library's own setting.")
            : tr("No Tesseract languages are installed (tesseract-ocr-eng, tesseract-ocr-deu…)."));
    m_ocrReady = true;
    Q_EMIT ocrLanguagesListed();
}

void SettingsDialog::storeOcrLanguages()
{
    QStringList chosen;
    for (int row = 0; row < m_ocrLanguages->count(); ++row) {
        const QListWidgetItem *entry = m_ocrLanguages->item(row);
        if (entry->checkState() == Qt::Checked) {
            chosen.append(entry->data(Qt::UserRole).toString());
        }
    }
    ClientSettings::setOcrLanguages(chosen.join(QLatin1Char('+')));
}

} // namespace Folio
