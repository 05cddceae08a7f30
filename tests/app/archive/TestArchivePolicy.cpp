#include "archive/ArchivePolicy.h"
#include "store/LinkStore.h"

#include <QTest>

using namespace folio;

// What archiving may fetch: only http and https, never a URL that carried a secret, private
// and intranet addresses only when allowed, the domain lists.
class TestArchivePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refuses_data();
    void refuses();
    void allowsIntranetWhenAsked();
    void domainLists();
    void resolvedAddresses();
};

void TestArchivePolicy::refuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("rule"); // empty: allowed
    const QString scheme = QStringLiteral("only http and https");
    const QString secret = QStringLiteral("password or token");
    const QString intranet = QStringLiteral("private or intranet");
    QTest::newRow("https") << "https://example.com/a" << 0 << "";
    QTest::newRow("http") << "http://example.com/a" << 0 << "";
    QTest::newRow("public IPv4") << "http://93.184.216.34/" << 0 << "";
    QTest::newRow("public IPv6") << "http://[2606:2800:220:1::1]/" << 0 << "";
    QTest::newRow("ftp") << "ftp://example.com/file" << 0 << scheme;
    QTest::newRow("file") << "file:///etc/passwd" << 0 << scheme;
    QTest::newRow("javascript") << "javascript:alert(1)" << 0 << scheme;
    QTest::newRow("mailto") << "mailto:a@example.com" << int(LinkMailto) << scheme;
    QTest::newRow("carried a token")
        << "https://example.com/reset" << int(LinkCarriedSecret) << secret;
    QTest::newRow("user info") << "https://user:pw@example.com/" << 0 << secret;
    QTest::newRow("loopback") << "http://127.0.0.1:8080/" << 0 << intranet;
    QTest::newRow("loopback elsewhere") << "http://127.9.9.9/" << 0 << intranet;
    QTest::newRow("IPv6 loopback") << "http://[::1]/" << 0 << intranet;
    QTest::newRow("mapped private") << "http://[::ffff:192.168.1.1]/" << 0 << intranet;
    QTest::newRow("10/8") << "http://10.1.2.3/" << 0 << intranet;
    QTest::newRow("172.16/12") << "http://172.31.255.1/" << 0 << intranet;
    QTest::newRow("172.32 is public") << "http://172.32.0.1/" << 0 << "";
    QTest::newRow("192.168/16") << "http://192.168.0.10/" << 0 << intranet;
    QTest::newRow("link-local") << "http://169.254.169.254/latest/meta-data" << 0 << intranet;
    QTest::newRow("shared 100.64/10") << "http://100.64.0.1/" << 0 << intranet;
    QTest::newRow("unspecified") << "http://0.0.0.0/" << 0 << intranet;
    QTest::newRow("unique local") << "http://[fd00::1]/" << 0 << intranet;
    QTest::newRow("localhost") << "http://localhost:3000/" << 0 << intranet;
    QTest::newRow("under localhost") << "http://app.localhost/" << 0 << intranet;
    QTest::newRow("single label") << "http://wiki/Start" << 0 << intranet;
    QTest::newRow(".local") << "http://printer.local/" << 0 << intranet;
    QTest::newRow(".internal") << "https://jira.corp.internal/x" << 0 << intranet;
    QTest::newRow("LOCALHOST") << "http://LOCALHOST/" << 0 << intranet;
    QTest::newRow("localhost.") << "http://localhost./" << 0 << intranet;
    QTest::newRow("single label.") << "http://printer./" << 0 << intranet;
}

void TestArchivePolicy::refuses()
{
    QFETCH(QString, url);
    QFETCH(int, flags);
    QFETCH(QString, rule);
    const std::optional<QString> refusal = ArchivePolicy().refusal(QUrl(url), flags);
    if (rule.isEmpty()) {
        QVERIFY2(!refusal, qPrintable(refusal.value_or(QString())));
        return;
    }
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(rule), qPrintable(*refusal));
}

void TestArchivePolicy::allowsIntranetWhenAsked()
{
    ArchivePolicy policy;
    policy.allowPrivate = true;
    QVERIFY(!policy.refusal(QUrl(QStringLiteral("http://127.0.0.1:8080/"))));
    QVERIFY(!policy.refusal(QUrl(QStringLiteral("http://wiki/Start"))));
    // Still never another scheme, nor a secret.
    QVERIFY(policy.refusal(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(policy.refusal(QUrl(QStringLiteral("http://127.0.0.1/")), LinkCarriedSecret));
}

void TestArchivePolicy::domainLists()
{
    ArchivePolicy policy;
    policy.denyDomains = {QStringLiteral("tracker.example"), QStringLiteral(".ads.com")};
    QVERIFY(policy.refusal(QUrl(QStringLiteral("https://tracker.example/x"))));
    QVERIFY(policy.refusal(QUrl(QStringLiteral("https://cdn.TRACKER.example/x"))));
    QVERIFY(policy.refusal(QUrl(QStringLiteral("https://x.ads.com/"))));
    QVERIFY(!policy.refusal(QUrl(QStringLiteral("https://nottracker.example/x"))));
    QVERIFY(policy.refusal(QUrl(QStringLiteral("https://tracker.example./x")))); // trailing dot
    QVERIFY(policy.refusal(QUrl(QStringLiteral("https://tracker.example/x")))
                ->contains(QLatin1String("deny list")));
    policy.allowDomains = {QStringLiteral("docs.example.org")};
    QVERIFY(!policy.refusal(QUrl(QStringLiteral("https://docs.example.org/a"))));
    QVERIFY(!policy.refusal(QUrl(QStringLiteral("https://v2.docs.example.org/a"))));
    const auto other = policy.refusal(QUrl(QStringLiteral("https://example.org/a")));
    QVERIFY(other);
    QVERIFY2(other->contains(QLatin1String("not on the allow list")), qPrintable(*other));
}

void TestArchivePolicy::resolvedAddresses()
{
    ArchivePolicy policy;
    const QString host = QStringLiteral("rebind.example");
    QVERIFY(!policy.refusal(host, {QHostAddress(QStringLiteral("93.184.216.34"))}));
    const auto refusal = policy.refusal(host, {QHostAddress(QStringLiteral("93.184.216.34")),
                                               QHostAddress(QStringLiteral("10.0.0.5"))});
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(QLatin1String("10.0.0.5")), qPrintable(*refusal));
    policy.allowPrivate = true;
    QVERIFY(!policy.refusal(host, {QHostAddress(QStringLiteral("10.0.0.5"))}));
}

QTEST_APPLESS_MAIN(TestArchivePolicy)
#include "TestArchivePolicy.moc"
