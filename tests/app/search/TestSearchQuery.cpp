#include "search/SearchQuery.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsExpressions_data();
    void buildsExpressions();
    void readsFilters();
    void detectsSingleLetterPrefix();
    void anyInputIsSafeForFts5();

private:
    QTemporaryDir m_dir;
};

void TestSearchQuery::buildsExpressions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("typing");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words, last is prefix")
        << QStringLiteral("vpn set") << true << QStringLiteral("\"vpn\" AND \"set\"*");
    QTest::newRow("finished query")
        << QStringLiteral("vpn set") << false << QStringLiteral("\"vpn\" AND \"set\"");
    QTest::newRow("trailing space ends word")
        << QStringLiteral("vpn ") << true << QStringLiteral("\"vpn\"");
    QTest::newRow("phrase") << QStringLiteral("\"reset password\" now") << false
                            << QStringLiteral("\"reset password\" AND \"now\"");
    QTest::newRow("unbalanced quote")
        << QStringLiteral("\"reset pass") << true << QStringLiteral("\"reset pass\"");
    QTest::newRow("exclusion") << QStringLiteral("printer -color") << false
                               << QStringLiteral("(\"printer\") NOT (\"color\")");
    QTest::newRow("or") << QStringLiteral("vpn OR proxy setup") << false
                        << QStringLiteral("(\"vpn\" OR \"proxy\") AND \"setup\"");
    QTest::newRow("lowercase or is a word") << QStringLiteral("this or that") << false
                                            << QStringLiteral("\"this\" AND \"or\" AND \"that\"");
    QTest::newRow("explicit prefix")
        << QStringLiteral("conf* x") << false << QStringLiteral("\"conf\"* AND \"x\"");
    QTest::newRow("title filter") << QStringLiteral("title:vpn guide") << false
                                  << QStringLiteral("title : \"vpn\" AND \"guide\"");
    QTest::newRow("quotes inside")
        << QStringLiteral("a\"b") << false << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("fts operators are words")
        << QStringLiteral("NEAR(a b) AND NOT ^x") << false
        << QStringLiteral("\"NEAR(a\" AND \"b)\" AND \"AND\" AND \"NOT\" AND \"^x\"");
    QTest::newRow("symbols only") << QStringLiteral("* ^ ( ) - \" : 🚀") << true << QString();
    QTest::newRow("only exclusion") << QStringLiteral("-draft") << false << QString();
}

void TestSearchQuery::buildsExpressions()
{
    QFETCH(QString, input);
    QFETCH(bool, typing);
    QFETCH(QString, expression);
    QCOMPARE(SearchQuery::parse(input, typing).ftsExpression(), expression);
}

void TestSearchQuery::readsFilters()
{
    const SearchQuery query =
        SearchQuery::parse(QStringLiteral("kind:FAQ tag:Release Notes TAG:vpn printer"), false);
    QCOMPARE(query.kindKeys(), QStringList{QStringLiteral("faq")});
    QCOMPARE(query.tags(), (QStringList{QStringLiteral("release"), QStringLiteral("vpn")}));
    QCOMPARE(query.ftsExpression(), QStringLiteral("\"Notes\" AND \"printer\""));
    QCOMPARE(query.highlightWords(),
             (QStringList{QStringLiteral("Notes"), QStringLiteral("printer")}));
    QVERIFY(SearchQuery::parse(QStringLiteral("tag:vpn"), true).hasFilters());
    QVERIFY(!SearchQuery::parse(QStringLiteral("tag:vpn"), true).hasTerms());
    QVERIFY(SearchQuery::parse(QStringLiteral("   "), true).isEmpty());
    // Negated filters exclude; an unknown kind matches nothing; two kinds mean either.
    const SearchQuery negated =
        SearchQuery::parse(QStringLiteral("wiki -kind:faq -tag:Draft"), false);
    QVERIFY(!negated.kindKeys().contains(QStringLiteral("faq")));
    QCOMPARE(negated.kindKeys().size(), 3);
    QCOMPARE(negated.excludedTags(), QStringList{QStringLiteral("draft")});
    QVERIFY(negated.tags().isEmpty());
    QVERIFY(SearchQuery::parse(QStringLiteral("kind:poem wiki"), false).matchesNothing());
    // A filter value that cannot be read says so, once typing is done.
    QVERIFY(SearchQuery::parse(QStringLiteral("kind:poem wiki"), false)
                .problem()
                .startsWith(QLatin1String("kind: takes")));
    QVERIFY(SearchQuery::parse(QStringLiteral("in:mail x"), false)
                .problem()
                .startsWith(QLatin1String("in: takes")));
    QVERIFY(SearchQuery::parse(QStringLiteral("in:links after:garbage"), false)
                .problem()
                .startsWith(QLatin1String("after: takes a date")));
    QVERIFY(SearchQuery::parse(QStringLiteral("after:2024-0"), true).problem().isEmpty());
    QVERIFY(SearchQuery::parse(QStringLiteral("x in:li"), true).problem().isEmpty());
    QVERIFY(SearchQuery::parse(QStringLiteral("kind:fa"), true).problem().isEmpty());
    QVERIFY(SearchQuery::parse(QStringLiteral("kind:faq wiki"), false).problem().isEmpty());
    QCOMPARE(SearchQuery::parse(QStringLiteral("kind:faq kind:note"), false).kindKeys(),
             (QStringList{QStringLiteral("faq"), QStringLiteral("note")}));
    // More words than a query may have: not run, rather than run without some of them.
    QString many;
    for (int i = 0; i <= SearchQuery::kMaxTerms; ++i)
        many += QStringLiteral("w%1 ").arg(i);
    QVERIFY(SearchQuery::parse(many, false).hasTooManyTerms());
    QVERIFY(!SearchQuery::parse(QStringLiteral("a b c"), false).hasTooManyTerms());
}

void TestSearchQuery::detectsSingleLetterPrefix()
{
    QVERIFY(SearchQuery::parse(QStringLiteral("a"), true).isSingleLetterPrefix());
    QVERIFY(!SearchQuery::parse(QStringLiteral("a "), true).isSingleLetterPrefix());
    QVERIFY(!SearchQuery::parse(QStringLiteral("ab"), true).isSingleLetterPrefix());
    QVERIFY(!SearchQuery::parse(QStringLiteral("x a"), true).isSingleLetterPrefix());
    // Asked for with a star, a one-letter prefix searches the text, not only titles.
    QVERIFY(!SearchQuery::parse(QStringLiteral("p*"), false).isSingleLetterPrefix());
    QVERIFY(!SearchQuery::parse(QStringLiteral("p*"), true).isSingleLetterPrefix());
}

void TestSearchQuery::anyInputIsSafeForFts5()
{
    // Throws thousands of random strings, built from the characters that matter to FTS5 and
    // SQL, at the parser, and runs each expression against a real index: never an error.
    const auto opened = WikiFile::open(m_dir.filePath(QStringLiteral("fuzz.folio")));
    Database& db = *opened.database;
    Statement search(db,
                     QStringLiteral("SELECT count(*) FROM page_search WHERE page_search MATCH ?"));
    const QString alphabet = QStringLiteral("aZé9 \"'*^()-:+.,;{}[]|\\/NEARORANDNOT日🚀\t\n%_$#@!?");
    QRandomGenerator random(20261125);
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int length = int(random.bounded(1, round % 100 == 0 ? 12000 : 40));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(8) == 0)
                input += QStringList{QStringLiteral(" OR "),  QStringLiteral(" NOT "),
                                     QStringLiteral("NEAR("), QStringLiteral("tag:"),
                                     QStringLiteral("kind:"), QStringLiteral("title:"),
                                     QStringLiteral(" -")}
                             .at(int(random.bounded(7)));
            else
                input += alphabet.at(int(random.bounded(int(alphabet.size()))));
        }
        const SearchQuery query = SearchQuery::parse(input, random.bounded(2) == 0);
        for (const QString& expression : {query.ftsExpression(), query.excludedExpression()}) {
            if (expression.isEmpty())
                continue;
            try {
                search.bind(1, expression);
                QVERIFY(search.step());
                search.reset();
            } catch (const StoreError& error) {
                QFAIL(qPrintable(QStringLiteral("input %1 gave %2: %3")
                                     .arg(input, expression, error.message())));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "TestSearchQuery.moc"
