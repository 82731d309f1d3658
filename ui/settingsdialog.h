// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edit → Preferences: the client's settings (ClientSettings and the theme), each stored the moment it
// changes — library location (used at the next start, or opened now), thumbnail size (applied to the
// browser at once through thumbnailEdgeChanged), ingest parallelism, OCR languages (the installed Tesseract
// languages, listed off the GUI thread), theme (applied at once) and interface language (at the next start).
//
// Thread safety: GUI thread. Owns its widgets.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace Folio {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // CURRENTLIBRARY: the library this window shows ("Open Now" offers any other).
    explicit SettingsDialog(const QString &currentLibrary, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The library opened at the next start; empty: the default. Stores it.
    void setLibraryLocation(const QString &path);
    // Shows EDGE without storing it again (the browser's slider moved, or it clamped a value).
    void showThumbnailEdge(int edge);
    // The installed Tesseract languages have been listed (ocrLanguagesListed was emitted).
    bool ocrLanguagesReady() const { return m_ocrReady; }

    QLineEdit *libraryEdit() const { return m_library; }
    QPushButton *openLibraryButton() const { return m_openLibrary; }
    QSpinBox *thumbnailEdgeBox() const { return m_thumbnailEdge; }
    QSpinBox *ingestJobsBox() const { return m_ingestJobs; }
    QListWidget *ocrLanguageList() const { return m_ocrLanguages; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

Q_SIGNALS:
    void thumbnailEdgeChanged(int edge);
    // The user wants the chosen library now rather than at the next start.
    void openLibraryRequested(const QString &path);
    void ocrLanguagesListed();

private:
    QWidget *makeLibraryRow();
    void chooseLibrary();
    void storeLibrary();
    void listOcrLanguages();
    void showOcrLanguages(const QStringList &installed);
    void storeOcrLanguages();

    QString m_currentLibrary;
    QLineEdit *m_library;
    QPushButton *m_chooseLibrary;
    QPushButton *m_defaultLibrary;
    QPushButton *m_openLibrary;
    QSpinBox *m_thumbnailEdge;
    QSpinBox *m_ingestJobs;
    QListWidget *m_ocrLanguages;
    QLabel *m_ocrStatus;
    QComboBox *m_theme;
    QComboBox *m_language;
    bool m_ocrReady = false;
};

} // namespace Folio
