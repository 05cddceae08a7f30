#include "mainwindow/InstanceChannel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace folio;
using namespace Qt::StringLiterals;

// Two starts of Folio on one wiki: the second hands its page to the first.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondStartHandsItsPageToTheFirst();
    void startsOnOtherWikisDoNotMeet();
    void aSocketLeftByAKilledFolioIsReplaced();
    void anEndlessRequestIsCutOff();

private:
    QString wiki(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestInstanceChannel::aSecondStartHandsItsPageToTheFirst()
{
    InstanceChannel first(wiki(u"team.folio"_s));
    QVERIFY(first.listen());
    QSignalSpy requested(&first, &InstanceChannel::pageRequested);
    // The second start runs elsewhere (another process in life; a thread here), and waits for
    // the first to take the page, which takes it in its event loop.
    const QString path = wiki(u"./team.folio"_s); // the same file, named another way
    QFuture<bool> taken = QtConcurrent::run(
        [path] { return InstanceChannel(path).handOver(u"Printers — “setup”\nsecond line"_s); });
    QVERIFY(requested.wait(10000));
    QCOMPARE(requested.first().first().toString(), u"Printers — “setup” second line"_s);
    taken.waitForFinished();
    QVERIFY(taken.result());

    // Without a page: the window is only asked to come forward.
    taken = QtConcurrent::run([path] { return InstanceChannel(path).handOver({}); });
    QVERIFY(requested.wait(10000));
    QCOMPARE(requested.last().first().toString(), QString());
    taken.waitForFinished();
    QVERIFY(taken.result());
}

void TestInstanceChannel::startsOnOtherWikisDoNotMeet()
{
    InstanceChannel team(wiki(u"team.folio"_s));
    QVERIFY(team.listen());
    InstanceChannel other(wiki(u"other.folio"_s));
    QVERIFY(team.serverName() != other.serverName());
    QVERIFY(!other.handOver(u"Printers"_s, 1000));
    QVERIFY(other.listen());
}

void TestInstanceChannel::aSocketLeftByAKilledFolioIsReplaced()
{
    InstanceChannel channel(wiki(u"killed.folio"_s));
    // What a killed Folio leaves: a socket file nobody listens on.
    const QString stale = QDir(QDir::tempPath()).filePath(channel.serverName());
    QFile file(stale);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!channel.handOver(u"Printers"_s, 1000));
    QVERIFY(channel.listen());
    QSignalSpy requested(&channel, &InstanceChannel::pageRequested);
    const QString path = wiki(u"killed.folio"_s);
    QFuture<bool> taken =
        QtConcurrent::run([path] { return InstanceChannel(path).handOver(u"Toner"_s); });
    QVERIFY(requested.wait(10000));
    taken.waitForFinished();
    QVERIFY(taken.result());
}

void TestInstanceChannel::anEndlessRequestIsCutOff()
{
    InstanceChannel channel(wiki(u"flood.folio"_s));
    QVERIFY(channel.listen());
    QSignalSpy requested(&channel, &InstanceChannel::pageRequested);
    QLocalSocket flood;
    flood.connectToServer(channel.serverName());
    QVERIFY(flood.waitForConnected(5000));
    QSignalSpy cut(&flood, &QLocalSocket::disconnected);
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 4 && flood.state() == QLocalSocket::ConnectedState; ++i) {
        flood.write(chunk);
        flood.flush();
    }
    QVERIFY(cut.wait(10000) || flood.state() == QLocalSocket::UnconnectedState);
    QCOMPARE(requested.count(), 0);
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "TestInstanceChannel.moc"
