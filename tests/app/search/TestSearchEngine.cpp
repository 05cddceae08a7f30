#include "search/SearchEngine.h"
#include "search/SearchSnippet.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <semaphore>
#include <sqlite3.h>
#include <thread>

using namespace folio;

class TestSearchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsMeaningNotOnlyLetters_data();
    void findsMeaningNotOnlyLetters();
    void ranksTitleAboveTagsAboveBody();
    void exactTitleComesFirst();
    void filtersByKindAndTag();
    void singleLetterPrefixAnswersFromTitles();
    void snippetsHighlightMatches();
    void suggestsWhenNothingMatches();
    void titleHoldingEveryWordComesFirst();
    void countsEveryMatchNotOnlyThoseShown();
    void snippetsOfHugePagesCostAsLittleAsSmallOnes();
    void statementsArePreparedOncePerShape();
    void interruptStopsALongQuery();
    void readConnectionSeesNewWrites();
    void readersFindPublishedPagesOnly();

private:
    QStringList titles(const QString& text, bool typing = false);
    void add(const QString& title, PageKind kind, const QStringList& tags, const QString& body);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_store;
};

void TestSearchEngine::add(const QString& title, PageKind kind, const QStringList& tags,
                           const QString& body)
{
    m_store->create(PageContent{title, kind, tags, body}, QStringLiteral("ana"));
}

void TestSearchEngine::initTestCase()
{
    m_db = WikiFile::open(m_dir.filePath(QStringLiteral("engine.folio"))).database;
    m_store = std::make_unique<PageStore>(*m_db);
    add(QStringLiteral("Café opening hours"), PageKind::Faq, {QStringLiteral("office")},
        QStringLiteral("The cafe opens at eight."));
    add(QStringLiteral("Running the build"), PageKind::Guide, {QStringLiteral("ci")},
        QStringLiteral("Run make to compile."));
    add(QStringLiteral("Deploy checklist"), PageKind::BestPractice, {QStringLiteral("release")},
        QStringLiteral("Before you deploy, run the tests and tag the release."));
    add(QStringLiteral("Printer"), PageKind::Guide, {},
        QStringLiteral("The printer is on floor two."));
    add(QStringLiteral("Office printer troubleshooting"), PageKind::Faq,
        {QStringLiteral("printer")},
        QStringLiteral("Paper jams: open tray two. Printer printer printer."));
    add(QStringLiteral("Kitchen"), PageKind::Note, {QStringLiteral("printer")},
        QStringLiteral("Coffee machine."));
    add(QStringLiteral("Colour policy"), PageKind::Note, {},
        QStringLiteral("The printer prints colour on request."));
}

QStringList TestSearchEngine::titles(const QString& text, bool typing)
{
    QStringList result;
    for (const SearchHit& hit : SearchEngine(*m_db).search(SearchQuery::parse(text, typing)).hits)
        result << hit.title;
    return result;
}

void TestSearchEngine::findsMeaningNotOnlyLetters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents ignored")
        << QStringLiteral("cafe") << QStringLiteral("Café opening hours");
    QTest::newRow("accents in query")
        << QStringLiteral("CAFÉ hours") << QStringLiteral("Café opening hours");
    QTest::newRow("stemming") << QStringLiteral("compiling") << QStringLiteral("Running the build");
    QTest::newRow("run finds running")
        << QStringLiteral("title:run") << QStringLiteral("Running the build");
    QTest::newRow("prefix while typing")
        << QStringLiteral("checkl") << QStringLiteral("Deploy checklist");
    QTest::newRow("phrase") << QStringLiteral("\"tag the release\"")
                            << QStringLiteral("Deploy checklist");
    QTest::newRow("or") << QStringLiteral("nothinglikethis OR coffee") << QStringLiteral("Kitchen");
}

void TestSearchEngine::findsMeaningNotOnlyLetters()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(titles(query, true), QStringList{expected});
}

void TestSearchEngine::ranksTitleAboveTagsAboveBody()
{
    const QStringList found = titles(QStringLiteral("printer -colour"));
    QVERIFY(!found.contains(QStringLiteral("Colour policy")));
    // "Printer" (exact title) first, then a title match, then the tag, never a body-only hit first.
    QCOMPARE(found.value(0), QStringLiteral("Printer"));
    QCOMPARE(found.value(1), QStringLiteral("Office printer troubleshooting"));
    QCOMPARE(found.value(2), QStringLiteral("Kitchen"));
}

void TestSearchEngine::exactTitleComesFirst()
{
    for (int i = 0; i < 30; ++i)
        add(QStringLiteral("Deploy checklist notes %1").arg(i), PageKind::Note, {},
            QStringLiteral("deploy checklist deploy checklist deploy checklist"));
    const SearchResult result = SearchEngine(*m_db).search(
        SearchQuery::parse(QStringLiteral("deploy checklist"), false), 5);
    QCOMPARE(result.hits.size(), 5);
    QCOMPARE(result.hits.first().title, QStringLiteral("Deploy checklist"));
}

void TestSearchEngine::filtersByKindAndTag()
{
    QCOMPARE(titles(QStringLiteral("printer kind:faq")),
             QStringList{QStringLiteral("Office printer troubleshooting")});
    QCOMPARE(titles(QStringLiteral("kind:best-practice")),
             QStringList{QStringLiteral("Deploy checklist")});
    QCOMPARE(titles(QStringLiteral("tag:printer -paper")), QStringList{QStringLiteral("Kitchen")});
    QCOMPARE(titles(QStringLiteral("tag:nosuchtag printer")), QStringList());
    // Negated filters leave those pages out (they used to keep only those).
    QStringList notFaq = titles(QStringLiteral("printer -kind:faq"));
    QVERIFY(!notFaq.isEmpty());
    QVERIFY(!notFaq.contains(QStringLiteral("Office printer troubleshooting")));
    QVERIFY(notFaq.contains(QStringLiteral("Printer")));
    const QStringList untagged = titles(QStringLiteral("printer -tag:printer"));
    QVERIFY(!untagged.contains(QStringLiteral("Kitchen")));
    QVERIFY(untagged.contains(QStringLiteral("Printer")));
    QCOMPARE(titles(QStringLiteral("kind:poem printer")), QStringList());
    // "p*" searches words, not only titles starting with p.
    QVERIFY(titles(QStringLiteral("f*")).contains(QStringLiteral("Printer"))); // "floor"
}

void TestSearchEngine::singleLetterPrefixAnswersFromTitles()
{
    QCOMPARE(titles(QStringLiteral("k"), true), QStringList{QStringLiteral("Kitchen")});
    QCOMPARE(titles(QStringLiteral("P"), true), QStringList{QStringLiteral("Printer")});
    QCOMPARE(titles(QStringLiteral("kind:note c"), true),
             QStringList{QStringLiteral("Colour policy")});
}

void TestSearchEngine::snippetsHighlightMatches()
{
    const SearchResult result =
        SearchEngine(*m_db).search(SearchQuery::parse(QStringLiteral("jams"), false));
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(SearchSnippet::toHtml(result.hits.first().snippet),
             QStringLiteral("Paper <mark>jams</mark>: open tray two. Printer printer printer."));
}

void TestSearchEngine::suggestsWhenNothingMatches()
{
    SearchResult result =
        SearchEngine(*m_db).search(SearchQuery::parse(QStringLiteral("pritner"), false));
    QVERIFY(result.hits.isEmpty());
    QCOMPARE(result.suggestions, QStringList{QStringLiteral("printer")});
    result = SearchEngine(*m_db).search(SearchQuery::parse(QStringLiteral("cofee machine"), false));
    QCOMPARE(result.suggestions, QStringList{QStringLiteral("coffee machine")});
    result = SearchEngine(*m_db).search(SearchQuery::parse(QStringLiteral("zzzzqqq"), false));
    QVERIFY(result.suggestions.isEmpty());
}

void TestSearchEngine::titleHoldingEveryWordComesFirst()
{
    // Body-only matches that bm25 would rank higher: short pages full of the words.
    for (int i = 0; i < 5; ++i)
        add(QStringLiteral("Renewal %1").arg(i), PageKind::Note, {},
            QStringLiteral("certificate certificate london certificate"));
    add(QStringLiteral("Certificates overview"), PageKind::Note, {},
        QStringLiteral("Where the London office keeps its certificate files, and much more text "
                       "about other things that makes this page long and dilutes its score."));
    add(QStringLiteral("Set up certificate in the London office"), PageKind::Guide, {},
        QStringLiteral("Ask the administrator for access, then follow the steps in order, "
                       "which takes a while but is not hard to do once you know them."));
    const QStringList found = titles(QStringLiteral("certificate lond"), true);
    QCOMPARE(found.value(0), QStringLiteral("Set up certificate in the London office"));
    QVERIFY(found.size() >= 6);
    // Excluded words still exclude from title matches.
    QVERIFY(!titles(QStringLiteral("certificate london -administrator"))
                 .contains(QStringLiteral("Set up certificate in the London office")));
}

void TestSearchEngine::countsEveryMatchNotOnlyThoseShown()
{
    QList<PageContent> pages;
    for (int i = 0; i < 450; ++i)
        pages << PageContent{QStringLiteral("Counted page %1").arg(i),
                             PageKind::Note,
                             {QStringLiteral("counted")},
                             QStringLiteral("A page about zygote counting number %1.").arg(i)};
    m_store->writeAll(pages, QStringLiteral("ana"));
    SearchEngine engine(*m_db);
    SearchResult result = engine.search(SearchQuery::parse(QStringLiteral("zygote"), false), 20);
    QCOMPARE(result.hits.size(), 20);
    QCOMPARE(result.total, 450);
    QVERIFY(!result.totalIsLowerBound);
    // Asking for more returns more of the same answer, the first ones unchanged.
    const SearchResult more =
        engine.search(SearchQuery::parse(QStringLiteral("zygote"), false), 70);
    QCOMPARE(more.hits.size(), 70);
    QCOMPARE(more.hits.first().pageId, result.hits.first().pageId);
    QCOMPARE(engine.search(SearchQuery::parse(QStringLiteral("tag:counted"), false), 5).total, 450);
    QCOMPARE(
        engine.search(SearchQuery::parse(QStringLiteral("zygote tag:counted"), false), 5).total,
        450);
}

void TestSearchEngine::snippetsOfHugePagesCostAsLittleAsSmallOnes()
{
    // FTS5's snippet() took 37 s on a 4 MB log, and more than 300 s on 50 MB. A page as
    // large as a page may be:
    const QString line = QStringLiteral("2026-11-26 worker heartbeat ok status green\n");
    add(QStringLiteral("Huge log"), PageKind::Note, {},
        line.repeated(int(PageStore::kMaxBodyBytes / line.size()) - 1));
    SearchResult result =
        SearchEngine(*m_db).search(SearchQuery::parse(QStringLiteral("heartbeat"), false));
    QCOMPARE(result.hits.value(0).title, QStringLiteral("Huge log"));
    QVERIFY(SearchSnippet::toHtml(result.hits.first().snippet)
                .contains(QLatin1String("<mark>heartbeat</mark>")));
    // A word found only far into a huge page: the page is found, the snippet is its opening.
    QString body = line.repeated(80000); // 3.5 MB
    body += QStringLiteral("the rare quokka appears once");
    add(QStringLiteral("Long log"), PageKind::Note, {}, body);
    result = SearchEngine(*m_db).search(SearchQuery::parse(QStringLiteral("quokka"), false));
    QCOMPARE(result.hits.value(0).title, QStringLiteral("Long log"));
    QVERIFY(SearchSnippet::toPlainText(result.hits.first().snippet)
                .startsWith(QLatin1String("2026-11-26 worker heartbeat")));
}

void TestSearchEngine::statementsArePreparedOncePerShape()
{
    SearchEngine engine(*m_db);
    for (int i = 0; i < 200; ++i)
        engine.search(SearchQuery::parse(QStringLiteral("printer %1").arg(i), true));
    for (int i = 0; i < 50; ++i)
        engine.search(SearchQuery::parse(QStringLiteral("tag:t%1 printer kind:faq").arg(i), true));
    // Values are bound, never written into the SQL: a long session keeps a handful of
    // statements, not one per keystroke.
    QVERIFY2(engine.preparedStatements() < 20,
             qPrintable(QString::number(engine.preparedStatements())));
}

void TestSearchEngine::interruptStopsALongQuery()
{
    QList<PageContent> pages;
    for (int i = 0; i < 3000; ++i)
        pages << PageContent{QStringLiteral("Filler %1").arg(i),
                             PageKind::Note,
                             {},
                             QStringLiteral("alpha beta gamma delta ").repeated(40)};
    m_store->writeAll(pages, QStringLiteral("bench"));
    SearchEngine engine(*m_db);
    // Once the query is surely running (SQLite's progress callback), another thread
    // interrupts it, as a newer keystroke does; the query waits until it has.
    // (std::thread and std::binary_semaphore, whose synchronisation ThreadSanitizer sees.)
    struct Gate
    {
        std::binary_semaphore running{0};
        std::binary_semaphore interruptSent{0};
        bool fired = false;
    } gate;
    sqlite3_progress_handler(
        m_db->handle(), 1000,
        [](void* data) {
            auto* g = static_cast<Gate*>(data);
            if (!g->fired) {
                g->fired = true;
                g->running.release();
                g->interruptSent.acquire();
            }
            return 0;
        },
        &gate);
    std::thread stopper([&] {
        gate.running.acquire();
        engine.interrupt();
        gate.interruptSent.release();
    });
    const SearchResult result = engine.search(
        SearchQuery::parse(QStringLiteral("alpha OR beta OR gamma OR delta"), false), 1000);
    stopper.join();
    sqlite3_progress_handler(m_db->handle(), 0, nullptr, nullptr);
    QVERIFY(gate.fired);
    QVERIFY(result.interrupted);
    QVERIFY(result.hits.isEmpty());
    // The connection works normally afterwards.
    QVERIFY(!engine.search(SearchQuery::parse(QStringLiteral("kitchen"), false)).hits.isEmpty());
}

void TestSearchEngine::readConnectionSeesNewWrites()
{
    // As in the app: the engine has a read-only connection of its own, the writer another.
    Database reader(m_dir.filePath(QStringLiteral("engine.folio")), Database::OpenMode::ReadOnly);
    SearchEngine engine(reader);
    QVERIFY(!engine.search(SearchQuery::parse(QStringLiteral("printer"), false)).hits.isEmpty());
    QVERIFY(
        engine.search(SearchQuery::parse(QStringLiteral("zebra crossing"), false)).hits.isEmpty());
    const Page page = m_store->create(
        PageContent{
            QStringLiteral("Zebra crossing"), PageKind::Note, {}, QStringLiteral("Stripes.")},
        QStringLiteral("ana"));
    QCOMPARE(engine.search(SearchQuery::parse(QStringLiteral("zebra crossing"), false))
                 .hits.value(0)
                 .title,
             QStringLiteral("Zebra crossing"));
    m_store->update(
        page.id,
        PageContent{QStringLiteral("Zebra crossing"), PageKind::Note, {}, QStringLiteral("Dots.")},
        page.revisionId, QStringLiteral("ana"));
    QVERIFY(engine.search(SearchQuery::parse(QStringLiteral("stripes"), false)).hits.isEmpty());
    QCOMPARE(engine.search(SearchQuery::parse(QStringLiteral("dots"), false)).hits.size(), 1);
}

void TestSearchEngine::readersFindPublishedPagesOnly()
{
    const QString ana = QStringLiteral("ana");
    const Page draft = m_store->create({QStringLiteral("Zeppelin hangar"),
                                        PageKind::Guide,
                                        {QStringLiteral("airship")},
                                        QStringLiteral("Where the zeppelin sleeps.")},
                                       ana, {PageStatus::Draft, PageVisibility::Internal});
    const Page review = m_store->create({QStringLiteral("Zeppelin review"),
                                         PageKind::Faq,
                                         {QStringLiteral("airship")},
                                         QStringLiteral("Is the zeppelin safe?")},
                                        ana, {PageStatus::Review, PageVisibility::Public});
    const Page published = m_store->create({QStringLiteral("Zeppelin history"),
                                            PageKind::Note,
                                            {QStringLiteral("airship")},
                                            QStringLiteral("The first zeppelin flew in 1900.")},
                                           ana);
    const auto found = [&](const QString& text, bool typing, bool withDrafts) {
        SearchQuery query = SearchQuery::parse(text, typing);
        query.setIncludesUnpublished(withDrafts);
        const SearchResult result = SearchEngine(*m_db).search(query);
        QStringList titles; // of this test's pages ("z" finds other tests' pages too)
        for (const SearchHit& hit : result.hits) {
            if (hit.title.startsWith(QLatin1String("Zeppelin")))
                titles << hit.title;
        }
        titles.sort();
        return std::make_pair(titles,
                              text == QLatin1String("z") ? int(titles.size()) : result.total);
    };
    const QStringList everything{QStringLiteral("Zeppelin hangar"),
                                 QStringLiteral("Zeppelin history"),
                                 QStringLiteral("Zeppelin review")};
    // Every way the engine answers: ranked words, a title, a one-letter prefix, filters alone.
    for (const auto& [text, typing] :
         {std::pair{QStringLiteral("zeppelin"), false}, std::pair{QStringLiteral("zepp"), true},
          std::pair{QStringLiteral("z"), true}, std::pair{QStringLiteral("tag:airship"), false},
          std::pair{QStringLiteral("zeppelin tag:airship"), false}}) {
        QCOMPARE(found(text, typing, false),
                 std::make_pair(QStringList{QStringLiteral("Zeppelin history")}, 1));
        QCOMPARE(found(text, typing, true), std::make_pair(everything, 3));
    }
    // The exact title of a draft is not put first for readers either.
    QCOMPARE(found(QStringLiteral("zeppelin hangar"), false, false).first, QStringList());
    // Published, it is found.
    m_store->setState(draft.id, {PageStatus::Published, PageVisibility::Internal}, ana);
    QCOMPARE(found(QStringLiteral("zeppelin hangar"), false, false).first,
             QStringList{QStringLiteral("Zeppelin hangar")});
    for (const Page& page : {draft, review, published})
        m_store->remove(page.id);
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "TestSearchEngine.moc"
