#include "markdown/MarkdownRenderer.h"
#include "store/PageStore.h"
#include "wiki/StarterWiki.h"
#include "wiki/Wiki.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestStarterWiki : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newWikiHasAHelpCentre();
    void everyLinkLeadsSomewhere();
    void onlyNewWikisGetStarterPages();

private:
    QTemporaryDir m_dir;
};

void TestStarterWiki::newWikiHasAHelpCentre()
{
    const auto wiki = Wiki::open(m_dir.filePath(QStringLiteral("starter.folio")));
    PageStore& pages = wiki->pages();
    QVERIFY(pages.count() >= 5);
    QVERIFY(pages.exists(StarterWiki::welcomeTitle()));
    QSet<PageKind> kinds;
    for (const PageSummary& page : pages.list()) {
        kinds.insert(page.kind);
        const Page full = *pages.find(page.id);
        // Real pages, not stubs; templates are outlines by design, but each uses a placeholder.
        if (full.content.tags.contains(QLatin1String("template")))
            QVERIFY2(full.content.body.contains(QLatin1String("{{title}}")),
                     qPrintable(page.title));
        else
            QVERIFY2(full.content.body.size() > 800, qPrintable(page.title));
        QCOMPARE(pages.history(page.id).size(), 1);
    }
    QVERIFY(kinds.contains(PageKind::Guide));
    QVERIFY(kinds.contains(PageKind::Faq));
    QVERIFY(kinds.contains(PageKind::BestPractice));
}

void TestStarterWiki::everyLinkLeadsSomewhere()
{
    const auto wiki = Wiki::open(m_dir.filePath(QStringLiteral("links.folio")));
    PageStore& pages = wiki->pages();
    MarkdownRenderer renderer;
    renderer.setPageExists([&](const QString& title) { return pages.exists(title); });
    static const QRegularExpression missingLink(
        QStringLiteral("class=\"wikilink missing\"[^>]*>([^<]*)<"));
    int links = 0;
    for (const PageSummary& page : pages.list()) {
        const QString html = renderer.toHtml(pages.find(page.id)->content.body);
        links += int(html.count(QLatin1String("class=\"wikilink")));
        for (const QRegularExpressionMatch& match : missingLink.globalMatch(html)) {
            // The writing guide shows what a link to a page not yet written looks like; nothing
            // else may.
            QCOMPARE(match.captured(1), QStringLiteral("Onboarding checklist"));
        }
        static const QRegularExpression code(QStringLiteral("<code>.*?</code>"),
                                             QRegularExpression::DotMatchesEverythingOption);
        const QString prose = QString(html).remove(code);
        QVERIFY2(!prose.contains(QLatin1String("&lt;")),
                 qPrintable(page.title + QLatin1String(": raw HTML shown as text")));
    }
    QVERIFY(links >= 15);
}

void TestStarterWiki::onlyNewWikisGetStarterPages()
{
    const QString path = m_dir.filePath(QStringLiteral("once.folio"));
    int before = 0;
    {
        const auto wiki = Wiki::open(path);
        wiki->pages().create(
            PageContent{QStringLiteral("Mine"), PageKind::Note, {}, QStringLiteral("x")},
            QStringLiteral("ana"));
        before = wiki->pages().count();
    }
    QCOMPARE(Wiki::open(path)->pages().count(), before);
}

QTEST_GUILESS_MAIN(TestStarterWiki)
#include "TestStarterWiki.moc"
