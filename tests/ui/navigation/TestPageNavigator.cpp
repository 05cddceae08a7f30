#include "navigation/PageNavigator.h"
#include "store/PageStore.h"
#include "web/FolioScheme.h"
#include "web/PageView.h"
#include "web/SchemeHandler.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// Navigation on its own, with a real page view and no main window: what is shown, Back and
// Forward, missing pages, and a history that follows a renamed page.
class TestPageNavigator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensGoesBackAndForward();
    void aMissingTitleIsReportedNotShown();
    void historyFollowsARename();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<PageView> m_view;
    std::unique_ptr<PageNavigator> m_navigator;
};

void TestPageNavigator::initTestCase()
{
    m_profile = std::make_unique<WebProfile>();
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("nav.folio")));
    m_profile->schemeHandler()->setStore(&m_wiki->pages());
    m_view = std::make_unique<PageView>(*m_profile);
    m_view->show();
    m_navigator = std::make_unique<PageNavigator>(*m_view);
    m_navigator->setStore(&m_wiki->pages());
}

void TestPageNavigator::opensGoesBackAndForward()
{
    QSignalSpy shown(m_navigator.get(), &PageNavigator::shown);
    // Any spelling of a title shows the page under its own.
    QCOMPARE(m_navigator->open(QStringLiteral("welcome to folio")), PageNavigator::Result::Shown);
    QCOMPARE(shown.last().first().toString(), QStringLiteral("Welcome to Folio"));
    QVERIFY(!m_navigator->canGoBack());
    m_navigator->open(QStringLiteral("Frequently asked questions"));
    QCOMPARE(m_navigator->current(), QStringLiteral("Frequently asked questions"));
    QVERIFY(m_navigator->canGoBack());
    m_navigator->back();
    QCOMPARE(m_navigator->current(), QStringLiteral("Welcome to Folio"));
    QCOMPARE(shown.last().first().toString(), QStringLiteral("Welcome to Folio"));
    QVERIFY(m_navigator->canGoForward());
    m_navigator->forward();
    QCOMPARE(m_navigator->current(), QStringLiteral("Frequently asked questions"));
    QCOMPARE(shown.count(), 4);
}

void TestPageNavigator::aMissingTitleIsReportedNotShown()
{
    QSignalSpy shown(m_navigator.get(), &PageNavigator::shown);
    const QString before = m_navigator->current();
    QCOMPARE(m_navigator->open(QStringLiteral("No such page")), PageNavigator::Result::Missing);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(m_navigator->current(), before);
}

void TestPageNavigator::historyFollowsARename()
{
    const Page page = *m_wiki->pages().find(QStringLiteral("Welcome to Folio"));
    m_navigator->open(page.content.title);
    m_navigator->open(QStringLiteral("Frequently asked questions"));
    PageContent renamed = page.content;
    renamed.title = QStringLiteral("Start here");
    m_wiki->pages().update(page.id, renamed, page.revisionId, QStringLiteral("ana"));
    m_navigator->saved(QStringLiteral("Welcome to Folio"), QStringLiteral("Start here"));
    QCOMPARE(m_navigator->current(), QStringLiteral("Start here"));
    m_navigator->back();
    // Back goes to the page before, and no place in the history names the old title.
    QCOMPARE(m_navigator->current(), QStringLiteral("Frequently asked questions"));
    while (m_navigator->canGoBack()) {
        m_navigator->back();
        QVERIFY(m_navigator->current() != QStringLiteral("Welcome to Folio"));
    }
}

int main(int argc, char* argv[])
{
    FolioScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPageNavigator test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPageNavigator.moc"
