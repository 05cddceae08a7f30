#include "core/FolioUrl.h"

#include <QTest>

using namespace folio;

class TestFolioUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsAnyTitle_data();
    void roundTripsAnyTitle();
    void classifiesUrls();
    void attachmentsCarryTheirFileName();
};

void TestFolioUrl::roundTripsAnyTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("plain") << QStringLiteral("Welcome");
    QTest::newRow("spaces") << QStringLiteral("Writing pages");
    QTest::newRow("url characters") << QStringLiteral("A/B? 100% & C+D");
    QTest::newRow("unicode") << QStringLiteral("Grüße 日本 🚀");
}

void TestFolioUrl::roundTripsAnyTitle()
{
    QFETCH(QString, title);
    const QUrl url = FolioUrl::page(title, QStringLiteral("step-2"));
    QCOMPARE(FolioUrl::kind(url), FolioUrl::Kind::Page);
    QCOMPARE(FolioUrl::target(url), title);
    QCOMPARE(url.fragment(), QStringLiteral("step-2"));
    // The same after a trip through the HTML and back, as WebEngine hands it over.
    const QUrl reparsed(url.toString(QUrl::FullyEncoded));
    QCOMPARE(FolioUrl::target(reparsed), title);
    QCOMPARE(FolioUrl::kind(FolioUrl::create(title)), FolioUrl::Kind::Create);
    QCOMPARE(FolioUrl::target(FolioUrl::create(title)), title);
    QCOMPARE(FolioUrl::kind(FolioUrl::tag(title)), FolioUrl::Kind::Tag);
    QCOMPARE(FolioUrl::target(QUrl(FolioUrl::tag(title).toString(QUrl::FullyEncoded))), title);
}

void TestFolioUrl::classifiesUrls()
{
    QCOMPARE(FolioUrl::kind(FolioUrl::style(QStringLiteral("folio.css"))), FolioUrl::Kind::Style);
    QCOMPARE(FolioUrl::kind(QUrl(QStringLiteral("https://wiki/page/x"))), FolioUrl::Kind::Other);
    QCOMPARE(FolioUrl::kind(QUrl(QStringLiteral("folio://other/page/x"))), FolioUrl::Kind::Other);
    QCOMPARE(FolioUrl::kind(QUrl(QStringLiteral("folio://wiki/unknown/x"))), FolioUrl::Kind::Other);
    QVERIFY(FolioUrl::isFolio(QUrl(QStringLiteral("folio://wiki/page/x"))));
}

void TestFolioUrl::attachmentsCarryTheirFileName()
{
    const QString sha256(64, u'a');
    const QUrl named = FolioUrl::attachment(sha256, QStringLiteral("docs/Grüße & 100%/a b?.pdf"));
    const QUrl reparsed(named.toString(QUrl::FullyEncoded));
    QCOMPARE(FolioUrl::kind(reparsed), FolioUrl::Kind::Attachment);
    QCOMPARE(FolioUrl::attachmentSha256(reparsed), sha256);
    QCOMPARE(FolioUrl::attachmentFileName(reparsed), QStringLiteral("a b?.pdf"));

    const QUrl bare = FolioUrl::attachment(sha256);
    QCOMPARE(FolioUrl::attachmentSha256(bare), sha256);
    QCOMPARE(FolioUrl::attachmentFileName(bare), QString());
}

QTEST_GUILESS_MAIN(TestFolioUrl)
#include "TestFolioUrl.moc"
