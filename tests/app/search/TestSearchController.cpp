#include "search/SearchController.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// The search thread as the window drives it: a request per keystroke, each cancelling the
// one before, answered from a read-only connection while the wiki is being written.
class TestSearchController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyTheNewestQueryIsAnswered();
    void aCancelledQueryIsNeverAnswered();
    void answersWhileTheWikiIsWritten();
    void aWikiThatCannotBeOpenedIsReported();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
};

void TestSearchController::initTestCase()
{
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("thread.folio")));
    QList<PageContent> pages;
    for (int i = 0; i < 2000; ++i)
        pages << PageContent{QStringLiteral("Zebra page %1").arg(i),
                             PageKind::Note,
                             {},
                             QStringLiteral("zebra zeal zenith zone %1").arg(i)};
    m_wiki->pages().writeAll(pages, QStringLiteral("ana"));
}

void TestSearchController::onlyTheNewestQueryIsAnswered()
{
    SearchController controller;
    controller.setWiki(m_wiki->path());
    QSignalSpy answers(&controller, &SearchController::resultsReady);
    const QString typed = QStringLiteral("zebra zeal zenith zone");
    for (qsizetype length = 1; length <= typed.size(); ++length)
        controller.search(typed.left(length));
    QVERIFY(answers.wait(10000));
    QCOMPARE(answers.first().at(0).toString(), typed);
    // Answers are delivered in order: once the probe's has come, no older one can follow.
    controller.search(QStringLiteral("zone 7"));
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers.at(1).at(0).toString(), QStringLiteral("zone 7"));
    QVERIFY(!answers.at(1).at(1).value<SearchResult>().hits.isEmpty());
}

void TestSearchController::aCancelledQueryIsNeverAnswered()
{
    SearchController controller;
    controller.setWiki(m_wiki->path());
    QSignalSpy answers(&controller, &SearchController::resultsReady);
    controller.search(QStringLiteral("zebra"));
    controller.cancel();
    controller.search(QStringLiteral("zenith 12"));
    QVERIFY(answers.wait(10000));
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.first().at(0).toString(), QStringLiteral("zenith 12"));
}

void TestSearchController::answersWhileTheWikiIsWritten()
{
    SearchController controller;
    controller.setWiki(m_wiki->path());
    QSignalSpy answers(&controller, &SearchController::resultsReady);
    for (int i = 0; i < 40; ++i) {
        m_wiki->pages().create(PageContent{QStringLiteral("Okapi %1").arg(i),
                                           PageKind::Note,
                                           {},
                                           QStringLiteral("okapi number %1").arg(i)},
                               QStringLiteral("ana"));
        controller.search(QStringLiteral("okapi"), 100, false);
        if (i % 8 == 0) {
            QVERIFY(answers.wait(10000));
            answers.clear();
        }
    }
    // The read connection sees every page written before the question was asked.
    controller.search(QStringLiteral("okapi"), 100, false);
    QTRY_VERIFY(!answers.isEmpty() && answers.last().at(1).value<SearchResult>().hits.size() == 40);
}

void TestSearchController::aWikiThatCannotBeOpenedIsReported()
{
    SearchController controller;
    QSignalSpy failed(&controller, &SearchController::searchFailed);
    controller.setWiki(m_dir.filePath(QStringLiteral("no/such/folder/wiki.folio")));
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("cannot be opened")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("unable to open")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestSearchController)
#include "TestSearchController.moc"
