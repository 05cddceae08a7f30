#include "core/Settings.h"
#include "navigation/FavoritePages.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestFavoritePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinsAndUnpinsPerWiki();
    void followsRenamesAndOutlivesARestart();
};

void TestFavoritePages::pinsAndUnpinsPerWiki()
{
    QTemporaryDir dir;
    const auto settings = Settings::inFile(dir.filePath(QStringLiteral("settings.ini")));
    FavoritePages favorites(*settings);
    favorites.setWiki(dir.filePath(QStringLiteral("team.folio")));
    QVERIFY(favorites.toggle(QStringLiteral("VPN setup")));
    QVERIFY(favorites.toggle(QStringLiteral("Printer FAQ")));
    QCOMPARE(favorites.titles(),
             (QStringList{QStringLiteral("VPN setup"), QStringLiteral("Printer FAQ")}));
    // Titles compare as titles do: "vpn  SETUP" is the same page.
    QVERIFY(favorites.contains(QStringLiteral("vpn  SETUP")));
    QVERIFY(!favorites.toggle(QStringLiteral("vpn setup")));
    QCOMPARE(favorites.titles(), QStringList{QStringLiteral("Printer FAQ")});

    // Another wiki has favorites of its own.
    favorites.setWiki(dir.filePath(QStringLiteral("laptop.folio")));
    QVERIFY(favorites.titles().isEmpty());
    favorites.toggle(QStringLiteral("Printer FAQ"));
    favorites.setWiki(dir.filePath(QStringLiteral("team.folio")));
    QCOMPARE(favorites.titles(), QStringList{QStringLiteral("Printer FAQ")});
}

void TestFavoritePages::followsRenamesAndOutlivesARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        const auto settings = Settings::inFile(file);
        FavoritePages favorites(*settings);
        favorites.setWiki(dir.filePath(QStringLiteral("team.folio")));
        favorites.toggle(QStringLiteral("Runbook"));
        favorites.rename(QStringLiteral("runbook"), QStringLiteral("On-call runbook"));
        favorites.rename(QStringLiteral("Not pinned"), QStringLiteral("Whatever"));
        settings->sync();
    }
    const auto settings = Settings::inFile(file);
    FavoritePages favorites(*settings);
    favorites.setWiki(dir.filePath(QStringLiteral("team.folio")));
    QCOMPARE(favorites.titles(), QStringList{QStringLiteral("On-call runbook")});
}

QTEST_GUILESS_MAIN(TestFavoritePages)
#include "TestFavoritePages.moc"
