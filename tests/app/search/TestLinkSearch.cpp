#include "archive/ArchiveStore.h"
#include "links/LinkImporter.h"
#include "search/SearchEngine.h"
#include "search/SearchSnippet.h"
#include "store/LinkStore.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// Shared links join the one search: after the pages, marked as links, with their own filters.
class TestLinkSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linksFollowThePages();
    void findsALinkByWhatWasSaidAroundIt();
    void scopesAndFilters_data();
    void scopesAndFilters();
    void hiddenLinksAreNotFound();
    void broadLinkSearchesListTheNewest();
    void archivedPagesAreSearchedByTheirText();

private:
    SearchResult search(const QString& text, bool typing = false);
    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
};

void TestLinkSearch::initTestCase()
{
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("search.folio")));
    m_wiki->pages().create(PageContent{QStringLiteral("Release process"),
                                       PageKind::Guide,
                                       {},
                                       QStringLiteral("How a release ships: notes, tag, deploy.")},
                           QStringLiteral("ana"));
    LinkImporter::Rules rules;
    rules.includePrivate = true;
    LinkImporter(m_wiki->database())
        .import(QStringLiteral(FOLIO_TEST_DATA_DIR "/links/slack/workspace"), {}, rules,
                QStringLiteral("me"));
}

SearchResult TestLinkSearch::search(const QString& text, bool typing)
{
    return SearchEngine(m_wiki->database()).search(SearchQuery::parse(text, typing), 20);
}

static QStringList describe(const SearchResult& result)
{
    QStringList items;
    for (const SearchHit& hit : result.hits)
        items << (hit.isLink() ? QStringLiteral("link ") + hit.url
                               : QStringLiteral("page ") + hit.title);
    return items;
}

void TestLinkSearch::linksFollowThePages()
{
    const SearchResult result = search(QStringLiteral("release"));
    const QStringList items = describe(result);
    QVERIFY2(items.size() >= 3, qPrintable(items.join(u'\n')));
    QCOMPARE(items.first(), QStringLiteral("page Release process"));
    // Curated pages first, then the links: never a page after a link.
    const qsizetype firstLink = items.indexOf(QRegularExpression(QStringLiteral("link .*")));
    QVERIFY(firstLink > 0);
    for (qsizetype i = firstLink; i < items.size(); ++i)
        QVERIFY2(items.at(i).startsWith(QLatin1String("link ")), qPrintable(items.join(u'\n')));
    QCOMPARE(result.total, int(firstLink));
    QCOMPARE(result.linkTotal, int(items.size() - firstLink));
    // While the first letter is typed, links wait for the second.
    QVERIFY(
        !describe(search(QStringLiteral("r"), true)).join(u' ').contains(QLatin1String("link ")));
    QVERIFY(
        describe(search(QStringLiteral("re"), true)).join(u' ').contains(QLatin1String("link ")));
}

void TestLinkSearch::findsALinkByWhatWasSaidAroundIt()
{
    const SearchResult result = search(QStringLiteral("bloom"));
    QCOMPARE(result.total, 0);
    QCOMPARE(result.hits.size(), 1);
    const SearchHit& hit = result.hits.first();
    QVERIFY(hit.isLink());
    QCOMPARE(hit.url, QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter"));
    QVERIFY2(SearchSnippet::toHtml(hit.snippet).contains(QLatin1String("<mark>")),
             qPrintable(hit.snippet));
    // By the person who shared it, and by the label (title: means a link's label).
    QCOMPARE(search(QStringLiteral("in:links dana")).hits.size(), 1);
    QVERIFY(describe(search(QStringLiteral("title:onboarding")))
                .contains(QStringLiteral("link https://www.example.org/Guides/Onboarding")));
}

void TestLinkSearch::scopesAndFilters_data()
{
    // -1: some, more than none.
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("links");
    QTest::newRow("in:pages") << "in:pages release" << -1 << 0;
    QTest::newRow("in:links") << "in:links release" << 0 << 2;
    QTest::newRow("kind: is for pages") << "kind:guide release" << -1 << 0;
    QTest::newRow("channel alone") << "channel:engineering" << 0 << 6;
    QTest::newRow("channel with #") << "channel:#engineering rfc" << 0 << 2;
    QTest::newRow("from") << "from:dana" << 0 << 1;
    QTest::newRow("domain") << "domain:github.com" << 0 << 2;
    QTest::newRow("parent domain") << "domain:example.org" << 0 << 3;
    QTest::newRow("after") << "after:2024-03-19" << 0 << 3;
    QTest::newRow("before") << "before:2019-01-01" << 0 << 4;
    QTest::newRow("unknown side") << "in:mail release" << 0 << 0;
    QTest::newRow("not a date") << "after:2024-13-45" << 0 << 0;
}

void TestLinkSearch::scopesAndFilters()
{
    QFETCH(QString, query);
    QFETCH(int, pages);
    QFETCH(int, links);
    const QStringList items = describe(search(query));
    int foundPages = 0;
    for (const QString& item : items)
        foundPages += item.startsWith(QLatin1String("page ")) ? 1 : 0;
    const int foundLinks = int(items.size()) - foundPages;
    const bool ok = (pages < 0 ? foundPages > 0 : foundPages == pages) &&
                    (links < 0 ? foundLinks > 0 : foundLinks == links);
    QVERIFY2(ok, qPrintable(items.join(u'\n')));
}

void TestLinkSearch::hiddenLinksAreNotFound()
{
    const std::optional<Link> link =
        m_wiki->links().find(QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter"));
    QVERIFY(link);
    m_wiki->links().setHidden(link->id, true);
    QCOMPARE(search(QStringLiteral("bloom")).hits.size(), 0);
    m_wiki->links().setHidden(link->id, false);
    QCOMPARE(search(QStringLiteral("bloom")).hits.size(), 1);
}

// Past SearchEngine::kBroadMatches, links are not ranked but listed newest first, and the count
// says "at least"; one letter matches labels, many or few, without case.
void TestLinkSearch::broadLinkSearchesListTheNewest()
{
    QTemporaryDir dir;
    const auto wiki = Wiki::open(dir.filePath(QStringLiteral("broad.folio")));
    const int many = SearchEngine::kBroadMatches + 100;
    {
        LinkStore::Import import(wiki->links());
        const auto add = [&](int i, const QString& label) {
            ChatMessage message;
            message.platform = QStringLiteral("slack");
            message.workspace = QStringLiteral("T1");
            message.channelId = QStringLiteral("C1");
            message.channelName = QStringLiteral("general");
            message.messageId = QString::number(i);
            message.sentAt = 1700000000000LL + i * 1000;
            message.text = label + QStringLiteral(" is worth reading");
            const QString url = QStringLiteral("https://example.com/%1").arg(i);
            import.add(message,
                       {{ url,
                          QStringLiteral("example.com"),
                          label,
                          LinkOrigin::Text,
                          false,
                          0 }});
        };
        for (int i = 0; i < many; ++i)
            add(i, QStringLiteral("Alpha %1").arg(i));
        add(many, QStringLiteral("beta one"));
        add(many + 1, QStringLiteral("Bravo two"));
        import.commit();
    }
    SearchEngine engine(wiki->database());
    const auto urls = [](const SearchResult& result) {
        QStringList found;
        for (const SearchHit& hit : result.hits)
            found << hit.url;
        return found;
    };
    const QString newestAlpha = QStringLiteral("https://example.com/%1").arg(many - 1);
    for (const QString& text : {QStringLiteral("in:links a"), QStringLiteral("in:links alpha")}) {
        const SearchResult result = engine.search(SearchQuery::parse(text, true), 20);
        QCOMPARE(result.hits.size(), 20);
        QCOMPARE(urls(result).first(), newestAlpha);
        QCOMPARE(urls(result).at(1), QStringLiteral("https://example.com/%1").arg(many - 2));
        QCOMPARE(result.linkTotal, SearchEngine::kCountLimit);
        QVERIFY(result.linkTotalIsLowerBound);
    }
    // A longer list than the count reaches still gets as many as asked for (CLI --limit).
    const SearchResult longer =
        engine.search(SearchQuery::parse(QStringLiteral("in:links alpha"), false), many);
    QCOMPARE(longer.hits.size(), many);
    const SearchResult few =
        engine.search(SearchQuery::parse(QStringLiteral("in:links B"), true), 20);
    QCOMPARE(urls(few), (QStringList{QStringLiteral("https://example.com/%1").arg(many + 1),
                                     QStringLiteral("https://example.com/%1").arg(many)}));
    QCOMPARE(few.linkTotal, 2);
    QVERIFY(!few.linkTotalIsLowerBound);
}

void TestLinkSearch::archivedPagesAreSearchedByTheirText()
{
    QTemporaryDir dir;
    const auto wiki = Wiki::open(dir.filePath(QStringLiteral("archived.folio")));
    LinkImporter::Rules rules;
    rules.includePrivate = true;
    LinkImporter(wiki->database())
        .import(QStringLiteral(FOLIO_TEST_DATA_DIR "/links/slack/workspace"), {}, rules,
                QStringLiteral("me"));
    LinkStore& links = wiki->links();
    const qint64 bloom =
        links.find(QStringLiteral("https://en.wikipedia.org/wiki/Bloom_filter"))->id;
    QList<qint64> others;
    for (const Link& link : links.list({}, 0, 100))
        if (link.id != bloom && !link.host.endsWith(QLatin1String("wikipedia.org")))
            others << link.id;
    QVERIFY(others.size() >= 2);
    ArchiveStore archive(wiki->database());
    const auto keep = [&](qint64 id, const QString& title, const QString& text) {
        CaptureResult page;
        page.content = (title + text).toUtf8();
        page.contentType = QStringLiteral("multipart/related");
        page.title = title;
        page.text = text;
        archive.recordCapture(id, page, 1000);
    };
    keep(bloom, QStringLiteral("Bloom filter"),
         QStringLiteral("A space-efficient probabilistic data structure conceived by Burton "
                        "Howard Bloom in 1970."));
    keep(others[0], QStringLiteral("Quokka facts"),
         QStringLiteral("The quokka is a small macropod about the size of a domestic cat."));
    keep(others[1], QStringLiteral("Quokka secrets"), QStringLiteral("Quokka text, hidden away."));
    links.setHidden(others[1], true);
    const auto find = [&](const QString& text, bool typing) {
        return SearchEngine(wiki->database()).search(SearchQuery::parse(text, typing), 20);
    };

    // Words only the archived page holds find it, marked, with its words around them.
    SearchResult result = find(QStringLiteral("macropod"), false);
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits.first().linkId, others[0]);
    QVERIFY(result.hits.first().inArchive);
    QVERIFY2(SearchSnippet::toPlainText(result.hits.first().snippet)
                 .contains(QLatin1String("small macropod")),
             qPrintable(result.hits.first().snippet));
    QCOMPARE(result.linkTotal, 1);
    // A hidden link's page stays out; prefixes work as for everything else.
    result = find(QStringLiteral("quokk"), true);
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits.first().linkId, others[0]);
    // A link found both ways is listed once, first among links, opening its page.
    result = find(QStringLiteral("bloom"), false);
    int times = 0;
    for (const SearchHit& hit : result.hits)
        times += hit.linkId == bloom;
    QCOMPARE(times, 1);
    const auto first = std::find_if(result.hits.cbegin(), result.hits.cend(),
                                    [](const SearchHit& hit) { return hit.isLink(); });
    QVERIFY(first != result.hits.cend());
    QCOMPARE(first->linkId, bloom);
    QVERIFY(first->inArchive);
    // Link filters apply to them too.
    QVERIFY(find(QStringLiteral("macropod domain:wikipedia.org"), false).hits.isEmpty());
    QCOMPARE(find(QStringLiteral("probabilistic domain:wikipedia.org"), false).hits.size(), 1);
}

QTEST_GUILESS_MAIN(TestLinkSearch)
#include "TestLinkSearch.moc"
