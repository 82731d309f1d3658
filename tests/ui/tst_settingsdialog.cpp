// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Preferences on a real window: every setting the dialog changes is stored in ClientSettings (or the
// theme's key) at once; the thumbnail size reaches the browser's grid and the theme the application's
// palette while the window is open; the library location is offered for opening now.

#include "appearance.h"
#include "browserpane.h"
#include "clientsettings.h"
#include "library/library.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "testregistry.h"
#include "testsupport.h"
#include "thumbnailgridview.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Folio;

namespace SettingsDialogTestsHelpers {

// Edit → Preferences… as the user chooses it.
SettingsDialog *openPreferences(MainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu()) {
            continue;
        }
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("Preferences…")) {
                action->trigger();
                return window.settingsDialog();
            }
        }
    }
    return nullptr;
}

} // namespace SettingsDialogTestsHelpers

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    SettingsDialog *m_dialog = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        auto library = Library::open(m_dir.filePath(QStringLiteral("library")), Library::OpenMode::Create);
        FOLIO_VERIFY_OK(library);
        m_session = std::make_unique<LibrarySession>(std::move(*library));
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_dialog = SettingsDialogTestsHelpers::openPreferences(*m_window);
        QVERIFY(m_dialog);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        // Every control can be reached and is named for assistive technology.
        QStringList unnamed;
        for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void cleanupTestCase()
    {
        Appearance::apply(Appearance::Theme::System);
        m_window.reset();
        m_session.reset();
        QSettings().clear();
    }

    void theLibraryLocationIsStoredAndOfferedNow()
    {
        QSignalSpy opening(m_window.get(), &MainWindow::openLibraryRequested);
        QCOMPARE(ClientSettings::libraryLocation(), QString());
        // The current library: nothing to open now.
        m_dialog->setLibraryLocation(m_session->path());
        QCOMPARE(ClientSettings::libraryLocation(), m_session->path());
        QVERIFY(!m_dialog->openLibraryButton()->isEnabled());

        const QString other = m_dir.filePath(QStringLiteral("other"));
        m_dialog->libraryEdit()->clear();
        QTest::keyClicks(m_dialog->libraryEdit(), other);
        QTest::keyClick(m_dialog->libraryEdit(), Qt::Key_Return);
        QCOMPARE(ClientSettings::libraryLocation(), other);
        QVERIFY(m_dialog->isVisible()); // Return stored the path and left the dialog open
        QVERIFY(m_dialog->openLibraryButton()->isEnabled());
        m_dialog->openLibraryButton()->click();
        QCOMPARE(opening.count(), 1);
        QCOMPARE(opening.first().first().toString(), other);

        m_dialog->setLibraryLocation({}); // Use Default
        QCOMPARE(ClientSettings::libraryLocation(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("library/location")));
    }

    void theThumbnailSizeReachesTheBrowser()
    {
        QSpinBox *edge = m_dialog->thumbnailEdgeBox();
        QCOMPARE(edge->value(), m_window->browser()->thumbnailEdge());
        edge->setValue(224);
        QCOMPARE(ClientSettings::thumbnailEdge(), 224);
        QCOMPARE(m_window->browser()->thumbnailEdge(), 224);
        QCOMPARE(m_window->browser()->gridView()->thumbnailEdge(), 224);
        QCOMPARE(m_window->browser()->gridView()->cellSize().width() >= 224, true);

        // Larger than the browser's slider goes: the dialog shows what the browser took, and stores that.
        edge->setValue(ClientSettings::MaxThumbnailEdge);
        const int taken = m_window->browser()->thumbnailEdge();
        QCOMPARE(edge->value(), taken);
        QCOMPARE(ClientSettings::thumbnailEdge(), taken);
        edge->setValue(ClientSettings::MinThumbnailEdge);
        QCOMPARE(m_window->browser()->gridView()->thumbnailEdge(), ClientSettings::MinThumbnailEdge);
    }

    void ingestParallelismIsStored()
    {
        QSpinBox *jobs = m_dialog->ingestJobsBox();
        QCOMPARE(jobs->minimum(), 1);
        QCOMPARE(jobs->maximum(), 16);
        jobs->setValue(5);
        QCOMPARE(ClientSettings::ingestJobs(), 5);
        jobs->setValue(99);
        QCOMPARE(ClientSettings::ingestJobs(), 16);
    }

    void ocrLanguagesAreTheInstalledOnes()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->ocrLanguagesReady(), 20000);
        QListWidget *list = m_dialog->ocrLanguageList();
        QListWidgetItem *english = nullptr;
        QStringList codes;
        for (int row = 0; row < list->count(); ++row) {
            codes.append(list->item(row)->data(Qt::UserRole).toString());
            if (codes.last() == QStringLiteral("eng")) {
                english = list->item(row);
            }
        }
        // scripts/install-deps installs Tesseract's English data.
        QVERIFY2(english, qPrintable(codes.join(QLatin1Char(','))));
        QVERIFY(!codes.contains(QStringLiteral("osd")));
        QVERIFY2(english->text().contains(QStringLiteral("English")), qPrintable(english->text()));
        english->setCheckState(Qt::Checked);
        QCOMPARE(ClientSettings::ocrLanguages(), QStringLiteral("eng"));
        english->setCheckState(Qt::Unchecked);
        QCOMPARE(ClientSettings::ocrLanguages(), QString());
    }

    void theThemeAppliesAtOnce()
    {
        QComboBox *theme = m_dialog->themeBox();
        theme->setCurrentIndex(theme->findData(int(Appearance::Theme::Dark)));
        QCOMPARE(Appearance::stored(), Appearance::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 100); // after the change events
        theme->setCurrentIndex(theme->findData(int(Appearance::Theme::Light)));
        QCOMPARE(Appearance::stored(), Appearance::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        theme->setCurrentIndex(theme->findData(int(Appearance::Theme::System)));
        QCOMPARE(Appearance::stored(), Appearance::Theme::System);
    }

    void theLanguageIsStoredForTheNextStart()
    {
        QComboBox *language = m_dialog->languageBox();
        QCOMPARE(language->currentData().toString(), QString());
        QStringList names;
        for (int row = 0; row < language->count(); ++row) {
            names.append(language->itemText(row));
        }
        QCOMPARE(names.mid(1),
            (QStringList { QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français") }));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(ClientSettings::language(), QStringLiteral("de"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QCOMPARE(ClientSettings::language(), QStringLiteral("fr"));
        language->setCurrentIndex(0); // System
        QCOMPARE(ClientSettings::language(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("appearance/language")));
    }

    void theDialogReopensWithTheStoredValues()
    {
        ClientSettings::setIngestJobs(3);
        m_dialog->close();
        delete m_dialog;
        m_dialog = SettingsDialogTestsHelpers::openPreferences(*m_window);
        QVERIFY(m_dialog);
        QCOMPARE(m_dialog->ingestJobsBox()->value(), 3);
        QCOMPARE(m_dialog->thumbnailEdgeBox()->value(), m_window->browser()->thumbnailEdge());
    }
};

FOLIO_TEST(TestSettingsDialog, "settingsdialog")
#include "tst_settingsdialog.moc"
