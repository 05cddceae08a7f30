#include "mainwindow/InstanceChannel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace folio;
using namespace Qt::StringLiterals;

// Starts of Folio on one wiki: the later ones hand their page to the first.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSecondStartHandsItsPageToTheFirst();
    void requestsWaitUntilTheWindowTakesThem();
    void startsOnOtherWikisDoNotMeet();
    void twoWindowsNeverHoldOneWiki();
    void theChannelFollowsTheWindowToAnotherWiki();
    void aQuittingFolioLeavesLaterStartsTheirOwnWindow();
    void aSocketLeftByAKilledFolioIsReplaced();
    void aLinkedFolderAndAWikiNotMadeYetAreTheSameWiki();
    void anEndlessOrSilentRequestIsCutOff();

private:
    QString wiki(const QString& name) const { return m_dir.filePath(name); }
    // A start elsewhere (another process in life; a thread here, as the first start's
    // channel answers on a thread of its own).
    static QFuture<InstanceChannel::Start> startElsewhere(const QString& path, const QString& title)
    {
        return QtConcurrent::run([path, title] { return InstanceChannel().start(path, title); });
    }

    QTemporaryDir m_dir;
    // The user's runtime folder, where the sockets live (0700); short, as socket paths are.
    QTemporaryDir m_runtime{QStringLiteral("/tmp/folio-runtime-XXXXXX")};
};

void TestInstanceChannel::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    QVERIFY(InstanceChannel::socketPath(wiki(u"a.folio"_s)).startsWith(m_runtime.path()));
}

void TestInstanceChannel::aSecondStartHandsItsPageToTheFirst()
{
    InstanceChannel first;
    QCOMPARE(first.start(wiki(u"team.folio"_s), {}), InstanceChannel::Start::Listening);
    first.deliver();
    QSignalSpy requested(&first, &InstanceChannel::pageRequested);
    // The same file, named another way.
    QFuture<InstanceChannel::Start> second =
        startElsewhere(wiki(u"./team.folio"_s), u"Printers — “setup”\nsecond line"_s);
    QVERIFY(requested.wait(10000));
    QCOMPARE(requested.first().first().toString(), u"Printers — “setup” second line"_s);
    QCOMPARE(second.result(), InstanceChannel::Start::HandedOver);

    // Without a page: the window is only asked to come forward.
    second = startElsewhere(wiki(u"team.folio"_s), {});
    QVERIFY(requested.wait(10000));
    QCOMPARE(requested.last().first().toString(), QString());
    QCOMPARE(second.result(), InstanceChannel::Start::HandedOver);
}

void TestInstanceChannel::requestsWaitUntilTheWindowTakesThem()
{
    // A start handed over while the first window is still being built: answered at once, and
    // kept for the window.
    InstanceChannel first;
    QCOMPARE(first.start(wiki(u"busy.folio"_s), {}), InstanceChannel::Start::Listening);
    QSignalSpy requested(&first, &InstanceChannel::pageRequested);
    QCOMPARE(startElsewhere(wiki(u"busy.folio"_s), u"Toner"_s).result(),
             InstanceChannel::Start::HandedOver);
    QCoreApplication::processEvents(); // the request, queued before the answer, arrives
    QCOMPARE(requested.count(), 0);
    first.deliver();
    QVERIFY(requested.wait(10000));
    QCOMPARE(requested.first().first().toString(), u"Toner"_s);
}

void TestInstanceChannel::startsOnOtherWikisDoNotMeet()
{
    InstanceChannel team;
    QCOMPARE(team.start(wiki(u"team.folio2"_s), {}), InstanceChannel::Start::Listening);
    QVERIFY(InstanceChannel::socketPath(wiki(u"team.folio2"_s)) !=
            InstanceChannel::socketPath(wiki(u"other.folio"_s)));
    InstanceChannel other;
    QCOMPARE(other.start(wiki(u"other.folio"_s), u"Printers"_s), InstanceChannel::Start::Listening);
}

void TestInstanceChannel::twoWindowsNeverHoldOneWiki()
{
    InstanceChannel first;
    QCOMPARE(first.start(wiki(u"held.folio"_s), {}), InstanceChannel::Start::Listening);
    InstanceChannel second;
    QVERIFY(!second.moveTo(wiki(u"held.folio"_s)));
    // The first still answers: its socket was not taken from it.
    first.deliver();
    QSignalSpy requested(&first, &InstanceChannel::pageRequested);
    QFuture<InstanceChannel::Start> third = startElsewhere(wiki(u"held.folio"_s), u"Toner"_s);
    QVERIFY(requested.wait(10000));
    QCOMPARE(third.result(), InstanceChannel::Start::HandedOver);
}

void TestInstanceChannel::theChannelFollowsTheWindowToAnotherWiki()
{
    InstanceChannel window;
    QCOMPARE(window.start(wiki(u"old.folio"_s), {}), InstanceChannel::Start::Listening);
    QVERIFY(window.moveTo(wiki(u"new.folio"_s)));
    QVERIFY(window.moveTo(wiki(u"./new.folio"_s))); // the same wiki opened again: kept
    window.deliver();
    QSignalSpy requested(&window, &InstanceChannel::pageRequested);
    QFuture<InstanceChannel::Start> onNew = startElsewhere(wiki(u"new.folio"_s), u"Toner"_s);
    QVERIFY(requested.wait(10000));
    QCOMPARE(onNew.result(), InstanceChannel::Start::HandedOver);
    // Nobody shows the old wiki any more: a start on it opens its own window.
    InstanceChannel onOld;
    QCOMPARE(onOld.start(wiki(u"old.folio"_s), u"Toner"_s), InstanceChannel::Start::Listening);
}

void TestInstanceChannel::aQuittingFolioLeavesLaterStartsTheirOwnWindow()
{
    InstanceChannel quitting;
    QCOMPARE(quitting.start(wiki(u"quit.folio"_s), {}), InstanceChannel::Start::Listening);
    quitting.close();
    QVERIFY(!QFileInfo::exists(InstanceChannel::socketPath(wiki(u"quit.folio"_s))));
    InstanceChannel later;
    QCOMPARE(later.start(wiki(u"quit.folio"_s), u"Toner"_s), InstanceChannel::Start::Listening);
}

void TestInstanceChannel::aSocketLeftByAKilledFolioIsReplaced()
{
    // What a killed Folio leaves: a socket file that nobody listens on.
    const QString path = wiki(u"killed.folio"_s);
    const QByteArray socketFile = QFile::encodeName(InstanceChannel::socketPath(path));
    QDir().mkpath(QFileInfo(QString::fromLocal8Bit(socketFile)).absolutePath());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(socketFile.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketFile.constData(), size_t(socketFile.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(QString::fromLocal8Bit(socketFile)));

    InstanceChannel channel;
    QCOMPARE(channel.start(path, u"Printers"_s), InstanceChannel::Start::Listening);
    channel.deliver();
    QSignalSpy requested(&channel, &InstanceChannel::pageRequested);
    QFuture<InstanceChannel::Start> later = startElsewhere(path, u"Toner"_s);
    QVERIFY(requested.wait(10000));
    QCOMPARE(later.result(), InstanceChannel::Start::HandedOver);
}

void TestInstanceChannel::aLinkedFolderAndAWikiNotMadeYetAreTheSameWiki()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"real"_s));
    QVERIFY(QFile::link(wiki(u"real"_s), wiki(u"link"_s)));
    QCOMPARE(InstanceChannel::socketPath(wiki(u"link/new.folio"_s)),
             InstanceChannel::socketPath(wiki(u"real/new.folio"_s)));
    QCOMPARE(InstanceChannel::socketPath(wiki(u"link/not/made/yet.folio"_s)),
             InstanceChannel::socketPath(wiki(u"real/not/made/yet.folio"_s)));
    QVERIFY(InstanceChannel::socketPath(wiki(u"real/new.folio"_s)) !=
            InstanceChannel::socketPath(wiki(u"real/other.folio"_s)));
}

void TestInstanceChannel::anEndlessOrSilentRequestIsCutOff()
{
    InstanceChannel channel;
    QCOMPARE(channel.start(wiki(u"flood.folio"_s), {}), InstanceChannel::Start::Listening);
    channel.deliver();
    QSignalSpy requested(&channel, &InstanceChannel::pageRequested);
    const QString socket = InstanceChannel::socketPath(wiki(u"flood.folio"_s));

    QLocalSocket flood;
    flood.connectToServer(socket);
    QVERIFY(flood.waitForConnected(5000));
    QSignalSpy floodCut(&flood, &QLocalSocket::disconnected);
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 4 && flood.state() == QLocalSocket::ConnectedState; ++i) {
        flood.write(chunk);
        flood.flush();
    }
    QVERIFY(floodCut.wait(10000) || flood.state() == QLocalSocket::UnconnectedState);

    // A client that connects and says nothing is let go after a few seconds.
    QLocalSocket silent;
    silent.connectToServer(socket);
    QVERIFY(silent.waitForConnected(5000));
    QSignalSpy silentCut(&silent, &QLocalSocket::disconnected);
    QVERIFY(silentCut.wait(15000));
    QCOMPARE(requested.count(), 0);
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "TestInstanceChannel.moc"
