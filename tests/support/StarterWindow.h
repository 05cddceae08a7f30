#pragma once

#include "WebTestHelpers.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "mainwindow/MainWindow.h"
#include "web/PageView.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace folio::test {

// Closes `window` and opens a new one on the same wiki and settings: what a restart keeps.
// False when the window refused to close.
inline bool restartWindow(std::unique_ptr<MainWindow>& window, WebProfile& profile,
                          Settings& settings)
{
    const QString path = window->wiki().path();
    if (!window->close())
        return false;
    window.reset();
    window = std::make_unique<MainWindow>(profile, settings, Wiki::open(path));
    window->show();
    return true;
}

// What the window tests start from: the real window on a new starter wiki of its own, with
// settings of its own, shown and on its home page.
class StarterWindow
{
public:
    // Once per test run: no user files touched, English whatever the machine's language (as
    // the assertions are; FOLIO_TEST_LANGUAGE=de shows the German window for screenshots).
    static void prepareApplication()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(
            QLocale(qEnvironmentVariable("FOLIO_TEST_LANGUAGE", QStringLiteral("en"))));
        Translations::install(*QCoreApplication::instance());
    }

    // False when the window did not show its home page.
    bool open(WebProfile& profile, const QTemporaryDir& dir)
    {
        static int run = 0;
        ++run;
        settings = Settings::inFile(dir.filePath(QStringLiteral("settings-%1.ini").arg(run)));
        window = std::make_unique<MainWindow>(
            profile, *settings, Wiki::open(dir.filePath(QStringLiteral("wiki-%1.folio").arg(run))));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->activateWindow();
        return waitUntilPageShown(window->pageView()->page(), QStringLiteral("Welcome to Folio"));
    }
    void close()
    {
        window.reset();
        settings.reset();
    }

    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;
};

} // namespace folio::test
