#include "importers/MarkdownTitle.h"

#include <QTest>

using namespace folio;

class TestMarkdownTitle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extracts_data();
    void extracts();
};

void TestMarkdownTitle::extracts_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::newRow("atx first") << QStringLiteral("# Install\n\nRun it.\n")
                               << QStringLiteral("Install") << QStringLiteral("Run it.\n");
    QTest::newRow("closing hashes")
        << QStringLiteral("## Setup ##\ntext") << QStringLiteral("Setup") << QStringLiteral("text");
    QTest::newRow("setext") << QStringLiteral("Guide\n=====\n\nBody") << QStringLiteral("Guide")
                            << QStringLiteral("Body");
    QTest::newRow("crlf") << QStringLiteral("# Win\r\n\r\nBody\r\n") << QStringLiteral("Win")
                          << QStringLiteral("Body\n");
    QTest::newRow("front matter") << QStringLiteral("---\ntitle: x\n---\n# Real\nBody")
                                  << QStringLiteral("Real")
                                  << QStringLiteral("---\ntitle: x\n---\nBody");
    QTest::newRow("later heading stays in body")
        << QStringLiteral("Intro text.\n\n## Details\n") << QStringLiteral("Details")
        << QStringLiteral("Intro text.\n\n## Details\n");
    QTest::newRow("heading in code is not a title")
        << QStringLiteral("```\n# not a title\n```\n") << QString()
        << QStringLiteral("```\n# not a title\n```\n");
    QTest::newRow("setext level 2")
        << QStringLiteral("Intro\n---\nBody") << QStringLiteral("Intro") << QStringLiteral("Body");
    QTest::newRow("thematic break is not setext")
        << QStringLiteral("text\n\n---\n") << QString() << QStringLiteral("text\n\n---\n");
    QTest::newRow("hashtag is not heading")
        << QStringLiteral("#hashtag\n") << QString() << QStringLiteral("#hashtag\n");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestMarkdownTitle::extracts()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QFETCH(QString, body);
    const MarkdownTitle result = MarkdownTitle::extract(markdown);
    QCOMPARE(result.title, title);
    QCOMPARE(result.body, body);
}

QTEST_GUILESS_MAIN(TestMarkdownTitle)
#include "TestMarkdownTitle.moc"
