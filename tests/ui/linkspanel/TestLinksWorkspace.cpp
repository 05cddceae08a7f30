#include "common/MessageBox.h"
#include "linkspanel/ImportLinksDialog.h"
#include "linkspanel/LinkDetailsView.h"
#include "linkspanel/LinksModel.h"
#include "linkspanel/LinksPanel.h"
#include "linkspanel/LinksWorkspace.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace folio;

// The links side of the window, driven as a curator would: import an export through the
// dialog, filter the panel, look at a link's shares, and promote it to a page.
class TestLinksWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsThroughTheDialogFiltersAndPromotes();
    void aRefusedExportSaysWhyAndImportsNothing();
    void closingTheDialogCancelsTheImport();

private:
    ImportLinksDialog* openDialog(const QString& path);
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Wiki> m_wiki;
    LinksWorkspace* m_links = nullptr;
};

static QString data(const QString& relative)
{
    return QStringLiteral(FOLIO_TEST_DATA_DIR "/links/") + relative;
}

void TestLinksWorkspace::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("links-%1.folio").arg(++run)));
    m_window = std::make_unique<QWidget>();
    m_links = new LinksWorkspace(m_window.get(), [] { return QStringLiteral("Curator"); });
    m_links->setWiki(m_wiki.get());
}

void TestLinksWorkspace::cleanup()
{
    m_window.reset();
    m_wiki.reset();
}

ImportLinksDialog* TestLinksWorkspace::openDialog(const QString& path)
{
    m_links->importLinks(path);
    auto* dialog = m_window->findChild<ImportLinksDialog*>();
    return dialog;
}

void TestLinksWorkspace::importsThroughTheDialogFiltersAndPromotes()
{
    ImportLinksDialog* dialog = openDialog(data(QStringLiteral("slack/workspace")));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy imported(dialog, &ImportLinksDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    const QString report = dialog->reportView()->toPlainText();
    QVERIFY2(report.contains(QLatin1String("New links: 19")), qPrintable(report));
    QVERIFY(report.contains(QLatin1String("without a valid time")));

    LinksPanel* panel = m_links->panel();
    QTRY_COMPARE(panel->model()->rowCount(), 19); // read again off the UI thread
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("channel:engineering"));
    QTRY_COMPARE(panel->model()->rowCount(), 6);
    panel->filterEdit()->clear();

    // The Filter menu counts channels, people and domains off the UI thread, then offers them.
    QMenu* facets = panel->findChild<QToolButton*>()->menu();
    QVERIFY(facets);
    facets->popup(panel->mapToGlobal(QPoint(0, 0)));
    QAction* engineering = nullptr;
    QTRY_VERIFY((engineering = [facets]() -> QAction* {
                    for (QAction* action : facets->actions())
                        if (action->text().startsWith(QLatin1String("engineering (")))
                            return action;
                    return nullptr;
                }()) != nullptr);
    engineering->trigger();
    facets->hide();
    QCOMPARE(panel->filterEdit()->text(), QStringLiteral("channel:engineering"));
    QTRY_COMPARE(panel->model()->rowCount(), 6);
    panel->filterEdit()->clear();

    QTest::keyClicks(panel->filterEdit(), QStringLiteral("bloom"));
    QTRY_COMPARE(panel->model()->rowCount(), 1);

    QSignalSpy shown(m_links, &LinksWorkspace::detailsShown);
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    QCOMPARE(shown.count(), 1);
    LinkDetailsView* details = m_links->details();
    QVERIFY(details->sharesView()->toPlainText().contains(QLatin1String("dana")));

    QSignalSpy created(m_links, &LinksWorkspace::pageCreated);
    m_links->promote(details->linkId());
    QCOMPARE(created.count(), 1);
    const QString title = created.first().first().toString();
    const std::optional<Page> page = m_wiki->pages().find(title);
    QVERIFY(page);
    QVERIFY(
        page->content.body.contains(QLatin1String("<https://en.wikipedia.org/wiki/Bloom_filter>")));
    QVERIFY(page->content.body.contains(u"— **dana**, general"));
    QVERIFY(page->content.tags.contains(QLatin1String("from-chat")));
    // Promoting again gives the page a title of its own.
    m_links->promote(details->linkId());
    QCOMPARE(created.count(), 2);
    QCOMPARE(created.last().first().toString(), title + QStringLiteral(" (2)"));
}

void TestLinksWorkspace::aRefusedExportSaysWhyAndImportsNothing()
{
    ImportLinksDialog* dialog = openDialog(data(QStringLiteral("bad/zip-slip.zip")));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isImporting());
    QLabel* status = nullptr;
    QTRY_VERIFY((status = [&]() -> QLabel* {
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (label->text().startsWith(QLatin1String("Nothing was imported")))
                return label;
        return nullptr;
    }()));
    QVERIFY2(status->text().contains(QLatin1String("points outside the archive")),
             qPrintable(status->text()));
    QCOMPARE(m_links->panel()->model()->rowCount(), 0);
}

void TestLinksWorkspace::closingTheDialogCancelsTheImport()
{
    ImportLinksDialog* dialog = openDialog(data(QStringLiteral("slack/workspace")));
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &ImportLinksDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    dialog->reject(); // Close while importing: cancels, the dialog stays to say so
    QTRY_VERIFY(!dialog->isImporting());
    if (imported.isEmpty()) // the import may have ended before the cancel arrived
        QCOMPARE(m_wiki->links().count(), qint64(0));
    else
        QCOMPARE(m_wiki->links().count(), qint64(19));
}

QTEST_MAIN(TestLinksWorkspace)
#include "TestLinksWorkspace.moc"
