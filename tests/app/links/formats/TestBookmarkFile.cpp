#include "CollectingSink.h"
#include "TestFiles.h"
#include "links/formats/BookmarkFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestBookmarkFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFoldersTagsDatesAndDescriptions();
    void chromeWritesRawAmpersands();
    void oldFilesInWindows1252();
    void datesInAnyUnit();
    void recognisesTheDoctypeOnly();
    void readsTheRealChromeExport();
    void aLostQuoteEndsAtTheNextAttribute();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

void TestBookmarkFile::aLostQuoteEndsAtTheNextAttribute()
{
    const QString path =
        write(QStringLiteral("lost-quote.html"), R"X(<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
<DT><A HREF="https://unclosed.example.com/a ADD_DATE="1700000000">Unclosed</A>
<DT><A HREF="https://fine.example.com/" ADD_DATE="1700000000">Fine</A>
<DT><A HREF="javascript:var x=1; go(x)">Bookmarklet</A>
</DL>
)X");
    BookmarkFile bookmarks;
    const test::CollectingSink sink = test::readWith(bookmarks, path);
    QCOMPARE(sink.links(), (QStringList{QStringLiteral("https://unclosed.example.com/a|Unclosed"),
                                        QStringLiteral("https://fine.example.com/|Fine"),
                                        QStringLiteral("javascript:var x=1; go(x)|Bookmarklet")}));
    QCOMPARE(sink.messages.at(0).sentAt, std::optional<qint64>(1700000000000));
}

QString TestBookmarkFile::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    test::writeFile(path, bytes);
    return path;
}

void TestBookmarkFile::readsFoldersTagsDatesAndDescriptions()
{
    const QByteArray icon(300000, 'A');
    const QString path =
        write(QStringLiteral("firefox.html"), R"X(<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>
<DL><p>
    <DT><A HREF="https://example.com/top" ADD_DATE="1599750431" TAGS="docs,how-to">Top &amp; level</A>
    <DD>A description
that runs on
    <DT><H3 ADD_DATE="1" PERSONAL_TOOLBAR_FOLDER="true">Toolbar</H3>
    <DL><p>
        <DT><A HREF="https://example.org/a" ICON="data:image/png;base64,)X" +
                                                  icon + R"X(">With icon</A>
        <HR>
        <DT><H3>Nested</H3>
        <DL><p>
            <DT><A HREF="javascript:alert(1)">Bookmarklet</A>
        </DL>
        <DT><A HREF="place:sort=8">Recent</A>
    </DL><p>
    <DT><A HREF="https://example.net/after" LAST_MODIFIED="1600000000">After the toolbar</A>
</DL>
)X");
    BookmarkFile bookmarks;
    QVERIFY(bookmarks.recognizes(*ExportArchive::open(path)));
    const test::CollectingSink sink = test::readWith(bookmarks, path);
    QVERIFY(sink.problems.isEmpty());
    QCOMPARE(sink.links(),
             (QStringList{QStringLiteral("https://example.com/top|Top & level"),
                          QStringLiteral("https://example.org/a|With icon"),
                          QStringLiteral("javascript:alert(1)|Bookmarklet"),
                          QStringLiteral("place:sort=8|Recent"),
                          QStringLiteral("https://example.net/after|After the toolbar")}));
    const ChatMessage& top = sink.messages.at(0);
    QCOMPARE(top.platform, QStringLiteral("bookmarks"));
    QCOMPARE(top.workspace, QStringLiteral("firefox.html"));
    // Firefox's root list is its Bookmarks Menu; the toolbar is a top-level folder of its own.
    QCOMPARE(top.channelName, QStringLiteral("Bookmarks Menu"));
    QCOMPARE(top.tags, (QStringList{QStringLiteral("docs"), QStringLiteral("how-to")}));
    QCOMPARE(*top.sentAt, qint64(1599750431000));
    QCOMPARE(top.text, QStringLiteral("A description that runs on"));
    QCOMPARE(top.links.front().origin, LinkOrigin::Bookmark);
    QCOMPARE(sink.messages.at(1).channelName, QStringLiteral("Toolbar"));
    QCOMPARE(sink.messages.at(2).channelName, QStringLiteral("Toolbar/Nested"));
    QCOMPARE(sink.messages.at(3).channelName, QStringLiteral("Toolbar"));
    QCOMPARE(sink.messages.at(4).channelName, QStringLiteral("Bookmarks Menu"));
    QCOMPARE(*sink.messages.at(4).editedAt, qint64(1600000000000));
}

void TestBookmarkFile::chromeWritesRawAmpersands()
{
    const QString path = write(QStringLiteral("chrome.html"),
                               "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
                               "<DT><A HREF=\"https://example.com/?utm_source=x&copy=1&amp;b=2\">"
                               "Copy &lt;this&gt;</A>\n</DL><p>\n");
    BookmarkFile bookmarks;
    const test::CollectingSink sink = test::readWith(bookmarks, path);
    // "&copy=1" has no ';': it is not the © reference, as a browser reads it.
    QCOMPARE(sink.links(), QStringList{QStringLiteral(
                               "https://example.com/?utm_source=x&copy=1&b=2|Copy <this>")});
}

void TestBookmarkFile::oldFilesInWindows1252()
{
    const QString path = write(QStringLiteral("legacy.html"),
                               "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
                               "<DT><A HREF=\"https://example.com/\">Caf\xe9 \x80 5</A>\n</DL>\n");
    BookmarkFile bookmarks;
    const test::CollectingSink sink = test::readWith(bookmarks, path);
    QCOMPARE(sink.links(), QStringList{QStringLiteral("https://example.com/|Café € 5")});
    const QString bom = write(QStringLiteral("bom.html"),
                              "\xef\xbb\xbf<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n"
                              "<DT><A HREF=\"https://example.com/\">Caf\xc3\xa9</A>\n</DL>\n");
    QVERIFY(bookmarks.recognizes(*ExportArchive::open(bom)));
    QCOMPARE(test::readWith(bookmarks, bom).links(),
             QStringList{QStringLiteral("https://example.com/|Café")});
}

void TestBookmarkFile::datesInAnyUnit()
{
    QCOMPARE(*BookmarkFile::time(QStringLiteral("1599750431")), qint64(1599750431000));
    QCOMPARE(*BookmarkFile::time(QStringLiteral("1599750431123")), qint64(1599750431123));
    QCOMPARE(*BookmarkFile::time(QStringLiteral("1599750431123456")), qint64(1599750431123));
    QVERIFY(!BookmarkFile::time(QStringLiteral("0")));
    QVERIFY(!BookmarkFile::time(QString()));
    QVERIFY(!BookmarkFile::time(QStringLiteral("soon")));
}

void TestBookmarkFile::recognisesTheDoctypeOnly()
{
    BookmarkFile bookmarks;
    QVERIFY(!bookmarks.recognizes(*ExportArchive::open(
        write(QStringLiteral("page.html"), "<!DOCTYPE html><a href=x>x</a>"))));
}

void TestBookmarkFile::readsTheRealChromeExport()
{
    const QString path = test::sharedFixture(QStringLiteral("bookmarks/bookmarks_chrome.html"));
    if (path.isEmpty())
        QSKIP("../shared/fixtures is not here");
    BookmarkFile bookmarks;
    QVERIFY(bookmarks.recognizes(*ExportArchive::open(path)));
    const test::CollectingSink sink = test::readWith(bookmarks, path);
    QVERIFY(sink.problems.isEmpty());
    QVERIFY(sink.messages.size() >= 5);
    QCOMPARE(sink.messages.front().links.front().url,
             QStringLiteral("https://www.mozilla.org/en-US/firefox/central/"));
    QCOMPARE(sink.messages.front().channelName, QStringLiteral("Bookmarks bar"));
    bool nested = false;
    for (const ChatMessage& message : sink.messages)
        nested = nested || message.channelName == QLatin1String("Bookmarks bar/Mozilla Firefox");
    QVERIFY(nested);
}

QTEST_GUILESS_MAIN(TestBookmarkFile)
#include "TestBookmarkFile.moc"
