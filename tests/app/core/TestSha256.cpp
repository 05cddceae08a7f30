#include "core/Sha256.h"

#include <QTest>

using namespace folio;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests();
    void piecesGiveTheDigestOfTheWhole();
};

void TestSha256::knownDigests()
{
    QCOMPARE(Sha256::hex(""),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Sha256::hex("abc"),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSha256::piecesGiveTheDigestOfTheWhole()
{
    const QByteArray whole = QByteArray("The quick brown fox. ").repeated(10000);
    Sha256::Hasher hasher;
    for (qsizetype at = 0; at < whole.size(); at += 4096)
        hasher.add(
            QByteArrayView(whole.constData() + at, qMin<qsizetype>(4096, whole.size() - at)));
    QCOMPARE(hasher.hex(), Sha256::hex(whole));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
