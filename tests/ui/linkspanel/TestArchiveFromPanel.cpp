#include "LoopbackHttpServer.h"
#include "SharedLinks.h"
#include "WebTestHelpers.h"
#include "core/Settings.h"
#include "linkspanel/ArchiveRunner.h"
#include "linkspanel/ArchivedLinkView.h"
#include "linkspanel/LinkDetailsView.h"
#include "linkspanel/LinksModel.h"
#include "linkspanel/LinksPanel.h"
#include "linkspanel/LinksWorkspace.h"
#include "web/ArchivedPageView.h"
#include "web/FolioScheme.h"
#include "web/WebPageCapturer.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace folio;

// Archiving from the window, as a curator would: "Archive All Links" in the panel, the
// progress while it runs, each link's status in the list and its details, one link archived
// again from its details.
class TestArchiveFromPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void archiveAllShowsProgressAndStatuses();
    void aLinkIsArchivedAgainFromItsDetails();
    void anArchivedLinkIsReadOffline();

private:
    QAction* archiveAction(const QString& text) const;
    QString statusOf(const QString& url) const;

    QTemporaryDir m_dir;
    test::LoopbackHttpServer m_server;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<WebPageCapturer> m_capturer;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<QWidget> m_window;
    LinksWorkspace* m_links = nullptr;
    QList<qint64> m_ids;
};

void TestArchiveFromPanel::initTestCase()
{
    QVERIFY(m_server.listen());
    for (int i = 0; i < 4; ++i)
        m_server.route(QStringLiteral("/page%1").arg(i),
                       QStringLiteral("<title>Page %1</title><article><p>Text of page %1, long "
                                      "enough to be read as an article by anyone.</p></article>")
                           .arg(i)
                           .toUtf8());
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("panel.folio")));
    QStringList urls;
    for (int i = 0; i < 4; ++i)
        urls << m_server.url(QStringLiteral("/page%1").arg(i)).toString();
    urls << m_server.url(QStringLiteral("/gone")).toString();
    m_ids = test::shareLinks(m_wiki->links(), urls);
    m_settings = Settings::inFile(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(Settings::Key::ArchiveAllowPrivate, true); // the server is on loopback
    m_capturer = std::make_unique<WebPageCapturer>();
    m_window = std::make_unique<QWidget>();
    m_links = new LinksWorkspace(
        m_window.get(), [] { return QStringLiteral("Curator"); },
        new ArchiveRunner(*m_capturer, *m_settings, m_window.get()));
    m_profile = std::make_unique<WebProfile>();
    m_links->setReader(new ArchivedLinkView(*m_profile, m_window.get()));
    m_links->setWiki(m_wiki.get());
    m_window->resize(500, 600);
}

QAction* TestArchiveFromPanel::archiveAction(const QString& text) const
{
    for (QAction* action : m_links->panel()->archiveButton()->menu()->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QString TestArchiveFromPanel::statusOf(const QString& url) const
{
    const LinksModel* model = m_links->panel()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(LinksModel::UrlRole).toString() == url)
            return model->index(row, LinksModel::Status).data().toString();
    return QStringLiteral("(not listed)");
}

void TestArchiveFromPanel::archiveAllShowsProgressAndStatuses()
{
    LinksPanel* panel = m_links->panel();
    QCOMPARE(statusOf(m_server.url(QStringLiteral("/page0")).toString()),
             QStringLiteral("Not archived"));
    QSignalSpy running(m_links->archive(), &ArchiveRunner::runningChanged);
    QSignalSpy messages(m_links, &LinksWorkspace::message);
    QAction* archiveAll = archiveAction(QStringLiteral("Archive &All Links"));
    QVERIFY(archiveAll);
    archiveAll->trigger();
    QCOMPARE(running.count(), 1);
    QVERIFY(running.first().first().toBool());
    QVERIFY(panel->archiveProgress()->isVisibleTo(panel));
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->archive()->isRunning(), 60000);
    QVERIFY(!panel->archiveProgress()->isVisibleTo(panel));
    QCOMPARE(panel->archiveProgress()->maximum(), 5);
    QCOMPARE(panel->archiveProgress()->value(), 5);
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(),
             QStringLiteral("Archiving done: 4 archived, 1 failed, 0 skipped."));
    QTRY_COMPARE(statusOf(m_server.url(QStringLiteral("/page2")).toString()),
                 QStringLiteral("Archived"));
    // The list is read again off the UI thread once the run ends: wait for that answer.
    QTRY_COMPARE(statusOf(m_server.url(QStringLiteral("/gone")).toString()),
                 QStringLiteral("Failed"));

    // The failed link says why in its details.
    m_links->showLink(m_ids[4]);
    if (const QString folder = qEnvironmentVariable("FOLIO_SCREENSHOT_DIR"); !folder.isEmpty()) {
        panel->resize(460, 420);
        panel->show();
        QTest::qWait(100);
        panel->grab().save(folder + QStringLiteral("/archive-panel.png"));
        m_links->details()->resize(700, 420);
        static_cast<QWidget*>(m_links->details())->show();
        QTest::qWait(100);
        m_links->details()->grab().save(folder + QStringLiteral("/archive-details.png"));
    }
    QVERIFY2(m_links->details()->factsLabel()->text().contains(
                 QLatin1String("not archived: the server answered HTTP 404")),
             qPrintable(m_links->details()->factsLabel()->text()));
}

void TestArchiveFromPanel::aLinkIsArchivedAgainFromItsDetails()
{
    m_links->showLink(m_ids[0]);
    LinkDetailsView* details = m_links->details();
    QVERIFY2(details->factsLabel()->text().contains(QLatin1String("archived ")),
             qPrintable(details->factsLabel()->text()));
    QCOMPARE(details->archiveButton()->text(), QStringLiteral("&Archive Again"));
    const int before = m_server.requests(QStringLiteral("/page0"));
    QTest::mouseClick(details->archiveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->archive()->isRunning() &&
                                 m_server.requests(QStringLiteral("/page0")) == before + 1,
                             30000);
    QCOMPARE(int(m_links->archive()->store()->captures(m_ids[0]).size()), 2);
    // Only the link asked for was fetched again.
    QCOMPARE(m_server.requests(QStringLiteral("/page1")), 1);
}

void TestArchiveFromPanel::anArchivedLinkIsReadOffline()
{
    QSignalSpy readerShown(m_links, &LinksWorkspace::readerShown);
    // Not archived: nothing to read, the button says so by being off.
    m_links->showLink(m_ids[4]);
    QVERIFY(!m_links->details()->readButton()->isEnabled());
    QVERIFY(!m_links->read(m_ids[4]));
    QCOMPARE(readerShown.count(), 0);

    m_links->showLink(m_ids[1]);
    QVERIFY(m_links->details()->readButton()->isEnabled());
    ArchivedLinkView* reader = m_links->reader();
    QSignalSpy loaded(reader->pageView(), &QWebEngineView::loadFinished);
    QTest::mouseClick(m_links->details()->readButton(), Qt::LeftButton);
    QCOMPARE(readerShown.count(), 1);
    QCOMPARE(reader->mode(), ArchivedLinkView::Mode::Reader);
    const QString shots = qEnvironmentVariable("FOLIO_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        m_window->resize(800, 500);
        m_window->show();
        reader->setGeometry(0, 0, 800, 500);
        reader->show();
        reader->raise();
    }
    QVERIFY(test::waitForLoad(loaded));
    if (!shots.isEmpty()) {
        QTest::qWait(300); // painted, not only loaded
        reader->grab().save(shots + QStringLiteral("/archive-reader.png"));
    }
    QCOMPARE(test::evaluate(reader->pageView()->page(),
                            QStringLiteral("document.querySelector('.page-body').innerText"))
                 .toString()
                 .trimmed(),
             QStringLiteral("Text of page 1, long enough to be read as an article by anyone."));
    // The snapshot, with nothing fetched.
    const int before = m_server.totalRequests();
    QTest::mouseClick(reader->snapshotButton(), Qt::LeftButton);
    QVERIFY(test::waitForLoad(loaded));
    QCOMPARE(reader->mode(), ArchivedLinkView::Mode::Snapshot);
    QCOMPARE(reader->pageView()->title(), QStringLiteral("Page 1"));
    if (!shots.isEmpty()) {
        QTest::qWait(300);
        reader->grab().save(shots + QStringLiteral("/archive-snapshot.png"));
    }
    QCOMPARE(m_server.totalRequests(), before);
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    WebPageCapturer::prepareEngine();
    QApplication app(argc, argv);
    TestArchiveFromPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestArchiveFromPanel.moc"
