#include "TestFiles.h"
#include "core/Version.h"

#include <QTest>

using namespace folio;

class TestDesktopEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryIsNamedAsTheAppSays();
    void entryOpensWikiFiles();
};

static QString packaged(const QString& suffix)
{
    return QStringLiteral(FOLIO_BINARY_DIR "/packaging/") + QLatin1String(kDesktopId) + suffix;
}

void TestDesktopEntry::entryIsNamedAsTheAppSays()
{
    QVERIFY2(QFile::exists(packaged(QStringLiteral(".desktop"))),
             qPrintable(packaged(QStringLiteral(".desktop"))));
    QVERIFY(QFile::exists(packaged(QStringLiteral(".metainfo.xml"))));
    QVERIFY(test::readAll(packaged(QStringLiteral(".metainfo.xml")))
                .contains(QByteArray("<launchable type=\"desktop-id\">" + QByteArray(kDesktopId) +
                                     ".desktop</launchable>")));
}

void TestDesktopEntry::entryOpensWikiFiles()
{
    const QByteArray entry = test::readAll(packaged(QStringLiteral(".desktop")));
    // %u: a wiki file (as a path or a file: URL) or a copied page link, folio://wiki/page/…
    QVERIFY(entry.contains("\nExec=folio %u\n"));
    QVERIFY(entry.contains("\nMimeType=application/x-folio-wiki;x-scheme-handler/folio;\n"));
    const QByteArray mime = test::readAll(packaged(QStringLiteral(".mime.xml")));
    QVERIFY(mime.contains("<mime-type type=\"application/x-folio-wiki\">"));
    QVERIFY(mime.contains("<glob pattern=\"*.folio\"/>"));
}

QTEST_GUILESS_MAIN(TestDesktopEntry)
#include "TestDesktopEntry.moc"
