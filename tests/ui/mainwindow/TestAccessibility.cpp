#include "StarterWindow.h"
#include "WebTestHelpers.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "linkspanel/ImportLinksDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MainWindowActions.h"
#include "mainwindow/ShortcutsDialog.h"
#include "pages/NewPageDialog.h"
#include "pages/PageListPanel.h"
#include "settings/SettingsDialog.h"
#include "syncing/SyncDialog.h"
#include "web/FolioScheme.h"
#include "web/PageView.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEngineView>

using namespace folio;

// What a screen reader and a keyboard need: every control that takes focus says what it is,
// and Tab reaches the parts of the window in a sensible order. The real window, headless.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlOfTheWindowHasAName();
    void everyControlOfTheDialogsHasAName();
    void tabGoesFromTheFilterThroughTheListToThePage();

private:
    // The widgets under `root` a user can Tab to that a screen reader could not name.
    static QStringList unnamedControls(QWidget* root)
    {
        QStringList unnamed;
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(root) || !widget->isEnabled() ||
                !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
                continue;
            // Chromium names the page's own content; the view around it is checked itself.
            if (qobject_cast<QWebEngineView*>(widget->parentWidget()))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QLatin1String(widget->metaObject()->className()),
                                    widget->objectName(),
                                    QLatin1String(
                                        widget->parentWidget()
                                            ? widget->parentWidget()->metaObject()->className()
                                            : "-"));
        }
        return unnamed;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WebProfile> m_profile;
    test::StarterWindow m_starter;
    Settings* m_settings = nullptr;
    MainWindow* m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    test::StarterWindow::prepareApplication();
    m_profile = std::make_unique<WebProfile>();
}

void TestAccessibility::init()
{
    QVERIFY(m_starter.open(*m_profile, m_dir));
    m_settings = m_starter.settings.get();
    m_window = m_starter.window.get();
}

void TestAccessibility::cleanup()
{
    m_starter.close();
}

void TestAccessibility::everyControlOfTheWindowHasAName()
{
    // Reading, and with the tree of pages shown.
    QStringList unnamed = unnamedControls(m_window);
    m_window->pageList()->setGrouping(PageGrouping::Hierarchy);
    unnamed += unnamedControls(m_window);
    // Editing: the editor's fields and buttons.
    m_window->actions().edit->trigger();
    unnamed += unnamedControls(m_window);
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("\n"))));
    QAccessibleInterface* page = QAccessible::queryAccessibleInterface(m_window->pageView());
    QVERIFY(page && !page->text(QAccessible::Name).isEmpty());
}

void TestAccessibility::everyControlOfTheDialogsHasAName()
{
    const auto check = [](QWidget&& dialog) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(dialog.windowTitle() + QLatin1String(":\n") +
                                               unnamed.join(QLatin1String("\n"))));
    };
    check(SettingsDialog(*m_settings, QString()));
    check(NewPageDialog(m_window->wiki().pages().list()));
    check(ShortcutsDialog(
        {{QStringLiteral("Pages"), {{QStringLiteral("Open"), QStringLiteral("Ctrl+O")}}}}));
    check(ImportLinksDialog(m_window->wiki().path(), QStringLiteral("ana")));
    check(SyncDialog(SyncWorker::Job::Export, m_window->wiki().path()));
}

void TestAccessibility::tabGoesFromTheFilterThroughTheListToThePage()
{
    PageListPanel* pages = m_window->pageList();
    pages->focusFilter();
    QVERIFY(pages->filterEdit()->hasFocus());
    // Tab: the filter, the list, how the list is arranged, then the page on screen.
    QList<QWidget*> visited;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    QCOMPARE(visited.at(0), pages->pageView());
    QCOMPARE(visited.at(1), qobject_cast<QWidget*>(pages->groupingBox()));
    const auto describe = [](QWidget* widget) {
        QString path;
        for (QWidget* at = widget; at; at = at->parentWidget())
            path += QLatin1String(at->metaObject()->className()) + u'/' + at->objectName() + u' ';
        return path;
    };
    QVERIFY2(m_window->pageView()->isAncestorOf(visited.at(2)) ||
                 visited.at(2) == m_window->pageView(),
             qPrintable(describe(visited.at(2))));
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestAccessibility.moc"
