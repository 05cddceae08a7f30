#include "search/SearchEngine.h"
#include "search/SearchSnippet.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
    void interruptStopsALongQuery();
    void readConnectionSeesNewWrites();

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
    // Interrupt from another thread while a broad query runs, as a newer keystroke does.
    bool interrupted = false;
    for (int attempt = 0; attempt < 20 && !interrupted; ++attempt) {
        QThread* stopper = QThread::create([&engine, attempt] {
            QThread::usleep(100 + 200 * attempt);
            engine.interrupt();
        });
        stopper->start();
        interrupted = engine
                          .search(SearchQuery::parse(
                                      QStringLiteral("alpha OR beta OR gamma OR delta"), false),
                                  1000)
                          .interrupted;
        stopper->wait();
        delete stopper;
    }
    QVERIFY(interrupted);
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

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "TestSearchEngine.moc"
