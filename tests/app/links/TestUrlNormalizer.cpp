#include "links/UrlNormalizer.h"

#include <QTest>

using namespace folio;

class TestUrlNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void removesSecretsAndMarksTheLink_data();
    void removesSecretsAndMarksTheLink();
    void skipsWhatIsNotAWebPage_data();
    void skipsWhatIsNotAWebPage();
    void marksPlatformLinksInternal_data();
    void marksPlatformLinksInternal();
    void bareHostsOnlyWhenAsked();
    void mailtoKeepsTheAddress();
};

void TestUrlNormalizer::normalises_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case") << "HTTPS://Example.COM/Path"
                          << "https://example.com/Path";
    QTest::newRow("default port") << "https://example.com:443/a"
                                  << "https://example.com/a";
    QTest::newRow("other port") << "http://example.com:8080/a"
                                << "http://example.com:8080/a";
    QTest::newRow("empty path") << "https://example.com"
                                << "https://example.com/";
    QTest::newRow("fragment") << "https://example.com/a#section-2"
                              << "https://example.com/a";
    QTest::newRow("route fragment") << "https://matrix.to/#/!room:example.org"
                                    << "https://matrix.to/#/!room:example.org";
    QTest::newRow("utm") << "https://example.com/a?utm_source=x&id=7&utm_medium=y"
                         << "https://example.com/a?id=7";
    QTest::newRow("fbclid only") << "https://example.com/a?fbclid=IwAR0"
                                 << "https://example.com/a";
    QTest::newRow("gclid") << "https://example.com/?q=1&gclid=abc"
                           << "https://example.com/?q=1";
    QTest::newRow("order kept") << "https://example.com/?b=2&a=1"
                                << "https://example.com/?b=2&a=1";
    QTest::newRow("safe links") << "https://eur01.safelinks.protection.outlook.com/"
                                   "?url=https%3A%2F%2Fexample.com%2Fdoc%3Fx%3D1"
                                   "&data=05%7C01&sdata=abc&reserved=0"
                                << "https://example.com/doc?x=1";
    QTest::newRow("slack redirect")
        << "https://slack-redir.net/link?url=https%3A%2F%2Fexample.org%2F"
        << "https://example.org/";
    QTest::newRow("google redirect") << "https://www.google.com/url?q=https://example.net/p&sa=D"
                                     << "https://example.net/p";
    QTest::newRow("dot segments") << "https://example.com/a/./b/../c"
                                  << "https://example.com/a/c";
    QTest::newRow("trailing dot host") << "https://example.com./a"
                                       << "https://example.com/a";
    QTest::newRow("unicode path") << "https://example.com/caf\u00e9"
                                  << "https://example.com/caf%C3%A9";
    QTest::newRow("IPv6 zone dropped") << "http://[fe80::1%25eth0]/x"
                                       << "http://[fe80::1]/x";
    QTest::newRow("spaces trimmed") << "  https://example.com/a  "
                                    << "https://example.com/a";
}

void TestUrlNormalizer::normalises()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const NormalizedUrl url = UrlNormalizer::normalize(raw);
    QVERIFY2(url.isKept(), qPrintable(url.skipReason));
    QCOMPARE(url.url, expected);
    QVERIFY(!url.carriedSecret);
}

void TestUrlNormalizer::removesSecretsAndMarksTheLink_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("slack file token")
        << "https://files.slack.com/files-pri/T0-F0/a.js?t=xoxe-1234-5678"
        << "https://files.slack.com/files-pri/T0-F0/a.js";
    QTest::newRow("token") << "https://example.com/a?id=3&token=s3cr3t"
                           << "https://example.com/a?id=3";
    QTest::newRow("access_token") << "https://example.com/cb?access_token=abc"
                                  << "https://example.com/cb";
    QTest::newRow("azure sig") << "https://x.blob.core.windows.net/c/f.pdf?sv=2020&sig=abc%3D"
                               << "https://x.blob.core.windows.net/c/f.pdf?sv=2020";
    QTest::newRow("s3 signed")
        << "https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4&X-Amz-Signature=ff&v=1"
        << "https://bucket.s3.amazonaws.com/k?v=1";
    QTest::newRow("password") << "https://alice:hunter2@example.com/private"
                              << "https://example.com/private";
    QTest::newRow("discord cdn")
        << "https://cdn.discordapp.com/attachments/1/2/a.png?ex=65&is=64&hm=ab"
        << "https://cdn.discordapp.com/attachments/1/2/a.png";
}

void TestUrlNormalizer::removesSecretsAndMarksTheLink()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const NormalizedUrl url = UrlNormalizer::normalize(raw);
    QVERIFY(url.isKept());
    QCOMPARE(url.url, expected);
    QVERIFY(url.carriedSecret);
}

void TestUrlNormalizer::skipsWhatIsNotAWebPage_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("reason");
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "a javascript: link";
    QTest::newRow("JavaScript case") << "JavaScript:void(0)"
                                     << "a javascript: link";
    QTest::newRow("data") << "data:text/html,<b>x</b>"
                          << "a data: link";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "a file: link";
    QTest::newRow("place") << "place:sort=8&maxResults=10"
                           << "a place: link";
    QTest::newRow("chrome") << "chrome://settings"
                            << "a chrome: link";
    QTest::newRow("about") << "about:blank"
                           << "a about: link";
    QTest::newRow("text") << "hello world"
                          << "not a web address";
    QTest::newRow("no host") << "http://"
                             << "not a valid web address";
    QTest::newRow("endless mailto")
        << QString(QStringLiteral("mailto:a@example.com?body=") + QString(20000, u'a'))
        << "an address longer than 16384 characters";
    QTest::newRow("long once encoded")
        << QString(QStringLiteral("https://example.com/") + QString(6000, QChar(0x65E5)))
        << "an address longer than 16384 characters";
    QTest::newRow("port 0") << "http://example.com:0/"
                            << "not a valid web address";
    QTest::newRow("endless") << QString(QStringLiteral("https://example.com/?q=") +
                                        QString(20000, u'a'))
                             << "an address longer than 16384 characters";
    QTest::newRow("wrapped javascript")
        << "https://eur01.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)"
        << "a redirect to a javascript: link";
    QTest::newRow("bot token") << "https://api.telegram.org/bot123:ABC/getMe"
                               << "a Telegram bot address, which holds the bot's token";
    QTest::newRow("slack webhook") << "https://hooks.slack.com/services/T0/B0/SECRET"
                                   << "a webhook address, which works as a password";
    QTest::newRow("discord webhook") << "https://discord.com/api/webhooks/1/SECRET"
                                     << "a webhook address, which works as a password";
}

void TestUrlNormalizer::skipsWhatIsNotAWebPage()
{
    QFETCH(QString, raw);
    QFETCH(QString, reason);
    const NormalizedUrl url = UrlNormalizer::normalize(raw);
    QVERIFY(!url.isKept());
    QVERIFY(url.url.isEmpty());
    QCOMPARE(url.skipReason, reason);
}

void TestUrlNormalizer::marksPlatformLinksInternal_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("internal");
    QTest::newRow("slack permalink")
        << "https://acme.slack.com/archives/C0123/p1459040791000005" << true;
    QTest::newRow("discord message") << "https://discord.com/channels/1/2/3" << true;
    QTest::newRow("teams") << "https://teams.microsoft.com/l/message/19:abc/1616965872395" << true;
    QTest::newRow("matrix") << "https://matrix.to/#/@alice:example.org" << true;
    QTest::newRow("telegram") << "https://t.me/folio_chat/42" << true;
    QTest::newRow("article") << "https://example.com/slack.com/archives/x" << false;
}

void TestUrlNormalizer::marksPlatformLinksInternal()
{
    QFETCH(QString, raw);
    QFETCH(bool, internal);
    QCOMPARE(UrlNormalizer::normalize(raw).internal, internal);
}

void TestUrlNormalizer::bareHostsOnlyWhenAsked()
{
    QVERIFY(!UrlNormalizer::normalize(QStringLiteral("example.com")).isKept());
    const NormalizedUrl url = UrlNormalizer::normalize(QStringLiteral("example.com/docs"), true);
    QVERIFY(url.isKept());
    QCOMPARE(url.url, QStringLiteral("http://example.com/docs"));
    QCOMPARE(UrlNormalizer::normalize(QStringLiteral("t.me/folio"), true).url,
             QStringLiteral("http://t.me/folio"));
    QVERIFY(!UrlNormalizer::normalize(QStringLiteral("not a host"), true).isKept());
    // A number is not a host: "123" would otherwise become http://0.0.0.123/.
    for (const char* number : {"123", "1.5", "3.14/x"})
        QVERIFY2(!UrlNormalizer::normalize(QLatin1String(number), true).isKept(), number);
    QCOMPARE(UrlNormalizer::normalize(QStringLiteral("192.0.2.7:8080/a"), true).url,
             QStringLiteral("http://192.0.2.7:8080/a"));
}

void TestUrlNormalizer::mailtoKeepsTheAddress()
{
    const NormalizedUrl url =
        UrlNormalizer::normalize(QStringLiteral("MAILTO:help@example.com?subject=Hi"));
    QVERIFY(url.isKept());
    QVERIFY(url.isMailto);
    QCOMPARE(url.url, QStringLiteral("mailto:help@example.com"));
    QCOMPARE(url.host, QStringLiteral("example.com"));
}

QTEST_GUILESS_MAIN(TestUrlNormalizer)
#include "TestUrlNormalizer.moc"
