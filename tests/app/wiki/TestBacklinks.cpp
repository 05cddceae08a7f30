#include "store/PageStore.h"
#include "wiki/Backlinks.h"
#include "wiki/PageDocument.h"
#include "wiki/Wiki.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// "Linked from" and unlinked mentions under a page: found through the search index, parsed
// as the renderer parses links.
class TestBacklinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsLinksAsTheRendererReadsThem();
    void findsMentionsWithoutALink();
    void leavesOutDeletedPagesAndThePageItself();
    void mentionsStopAtTheLimitAndCountTheRest();
    void titlesWithQuotesOrNoWordsAreSafe();
    void thePageShowsItsBacklinks();

private:
    qint64 write(const QString& title, const QString& body)
    {
        return m_wiki->pages()
            .create(PageContent{title, PageKind::Note, {}, body}, QStringLiteral("ana"))
            .id;
    }
    Backlinks backlinksOf(const QString& title)
    {
        const std::optional<Page> page = m_wiki->pages().find(title);
        return BacklinkFinder(m_wiki->pages()).find(page->id, page->content.title);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Wiki> m_wiki;
};

void TestBacklinks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // The starter pages are there too; none of them names the title.
    m_wiki = Wiki::open(m_dir->filePath(QStringLiteral("backlinks.folio")));
    write(QStringLiteral("Pager rotation"), QStringLiteral("Who answers the pager."));
}

void TestBacklinks::cleanup()
{
    m_wiki.reset();
    m_dir.reset();
}

void TestBacklinks::findsLinksAsTheRendererReadsThem()
{
    write(QStringLiteral("Plain"), QStringLiteral("See [[Pager rotation]]."));
    write(QStringLiteral("Labelled"), QStringLiteral("Read [[pager   ROTATION|the list]]."));
    write(QStringLiteral("Section"), QStringLiteral("Then [[Pager rotation#Steps]]."));
    write(QStringLiteral("Other link"), QStringLiteral("See [[Pager duty]] only."));
    // In code, the brackets are text: not a link, but the words are there.
    write(QStringLiteral("Code"), QStringLiteral("Type `[[Pager rotation]]` to link."));
    const Backlinks found = backlinksOf(QStringLiteral("Pager rotation"));
    QCOMPARE(found.linkedFrom, (QStringList{QStringLiteral("Labelled"), QStringLiteral("Plain"),
                                            QStringLiteral("Section")}));
    QCOMPARE(found.mentionedIn, QStringList{QStringLiteral("Code")});
}

void TestBacklinks::findsMentionsWithoutALink()
{
    write(QStringLiteral("Mention"), QStringLiteral("Follow the pager\nrotation, always."));
    write(QStringLiteral("Apart"), QStringLiteral("A rotation for the pager."));
    // The index stems words ("rotations" finds "rotation"); a mention is the words whole.
    write(QStringLiteral("Plural"), QStringLiteral("Pager rotations are weekly."));
    write(QStringLiteral("Both"), QStringLiteral("The pager rotation: [[Pager rotation]]."));
    const Backlinks found = backlinksOf(QStringLiteral("Pager rotation"));
    QCOMPARE(found.linkedFrom, QStringList{QStringLiteral("Both")});
    QCOMPARE(found.mentionedIn, QStringList{QStringLiteral("Mention")});
    QCOMPARE(found.moreMentions, 0);
}

void TestBacklinks::leavesOutDeletedPagesAndThePageItself()
{
    m_wiki->pages().update(m_wiki->pages().find(QStringLiteral("Pager rotation"))->id,
                           PageContent{QStringLiteral("Pager rotation"),
                                       PageKind::Note,
                                       {},
                                       QStringLiteral("This is the [[Pager rotation]].")},
                           m_wiki->pages().find(QStringLiteral("Pager rotation"))->revisionId,
                           QStringLiteral("ana"));
    const qint64 gone = write(QStringLiteral("Gone"), QStringLiteral("[[Pager rotation]]"));
    m_wiki->pages().remove(gone);
    QVERIFY(backlinksOf(QStringLiteral("Pager rotation")).isEmpty());
}

void TestBacklinks::mentionsStopAtTheLimitAndCountTheRest()
{
    const int pages = BacklinkFinder::kMaxMentions + 5;
    for (int i = 0; i < pages; ++i)
        write(QStringLiteral("Note %1").arg(i, 3, 10, QLatin1Char('0')),
              QStringLiteral("Mind the pager rotation."));
    const Backlinks found = backlinksOf(QStringLiteral("Pager rotation"));
    QCOMPARE(found.mentionedIn.size(), BacklinkFinder::kMaxMentions);
    QCOMPARE(found.mentionedIn.first(), QStringLiteral("Note 000"));
    QCOMPARE(found.moreMentions, 5);
}

void TestBacklinks::titlesWithQuotesOrNoWordsAreSafe()
{
    write(QStringLiteral("Say \"hello\" AND NOT bye"), QStringLiteral("Greetings."));
    write(QStringLiteral("Quoter"), QStringLiteral("See [[Say \"hello\" AND NOT bye]]."));
    QCOMPARE(backlinksOf(QStringLiteral("Say \"hello\" AND NOT bye")).linkedFrom,
             QStringList{QStringLiteral("Quoter")});
    // No word the index knows: nothing is found, nothing fails.
    write(QStringLiteral("🚀"), QStringLiteral("Launch."));
    write(QStringLiteral("Rocket fan"), QStringLiteral("I like [[🚀]]."));
    QVERIFY(backlinksOf(QStringLiteral("🚀")).linkedFrom.isEmpty());
}

void TestBacklinks::thePageShowsItsBacklinks()
{
    write(QStringLiteral("Plain <b>"), QStringLiteral("See [[Pager rotation]]."));
    write(QStringLiteral("Mention"), QStringLiteral("Follow the pager rotation."));
    const QString html =
        QString::fromUtf8(PageDocument(m_wiki->pages()).forTitle(QStringLiteral("Pager rotation")));
    QVERIFY(html.contains(QLatin1String("<footer class=\"backlinks\"")));
    QVERIFY(html.contains(QLatin1String(
        "<section class=\"linked-from\"><h2>Linked from</h2><ul><li><a class=\"wikilink\" "
        "href=\"folio://wiki/page/Plain%20%3Cb%3E\">Plain &lt;b&gt;</a></li></ul></section>")));
    QVERIFY(html.contains(QLatin1String("<section class=\"mentions\">")));
    QVERIFY(html.contains(QLatin1String("href=\"folio://wiki/page/Mention\">Mention</a>")));
    // A page nobody points at has no footer; the editor's preview never has one.
    const QString alone =
        QString::fromUtf8(PageDocument(m_wiki->pages()).forTitle(QStringLiteral("Mention")));
    QVERIFY(!alone.contains(QLatin1String("class=\"backlinks\"")));
    const QString preview =
        QString::fromUtf8(PageDocument(m_wiki->pages())
                              .forPage(*m_wiki->pages().find(QStringLiteral("Pager rotation"))));
    QVERIFY(!preview.contains(QLatin1String("class=\"backlinks\"")));
}

QTEST_GUILESS_MAIN(TestBacklinks)
#include "TestBacklinks.moc"
