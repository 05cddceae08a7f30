#include "linkspanel/LinksModel.h"
#include "store/LinkStore.h"
#include "wiki/Wiki.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// The links table the panel shows: filters are counted off the UI thread, the rows shown stay
// until the answer comes, and only the newest of quick filters is shown.
class TestLinksModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aFilterReplacesTheRowsOnceCounted();
    void onlyTheNewestOfQuickFiltersIsShown();
    void reloadShowsLinksAddedSince();
    void aWikiThatCannotBeReadKeepsTheRowsAndSaysWhy();
    void rowsBeyondTheFirstBlockAreReadWhenAskedFor();

private:
    void addLinks(const QString& channel, int count, int from = 0);
    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<LinksModel> m_model;
};

void TestLinksModel::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("model-%1.folio").arg(++run)));
    addLinks(QStringLiteral("general"), 300);
    addLinks(QStringLiteral("support"), 5, 300);
    m_model = std::make_unique<LinksModel>();
    m_model->setStore(&m_wiki->links());
}

void TestLinksModel::cleanup()
{
    m_model.reset();
    m_wiki.reset();
}

void TestLinksModel::addLinks(const QString& channel, int count, int from)
{
    LinkStore::Import import(m_wiki->links());
    for (int i = from; i < from + count; ++i) {
        ChatMessage message;
        message.platform = QStringLiteral("slack");
        message.workspace = QStringLiteral("T1");
        message.channelId = channel;
        message.channelName = channel;
        message.messageId = QString::number(i);
        message.sentAt = 1700000000000LL + i * 1000;
        message.text = QStringLiteral("worth reading");
        import.add(message,
                   {{ QStringLiteral("https://example.com/%1").arg(i),
                      QStringLiteral("example.com"),
                      QStringLiteral("Page %1").arg(i),
                      LinkOrigin::Text,
                      false,
                      0 }});
    }
    import.commit();
}

static LinkQuery inChannel(const QString& channel)
{
    LinkQuery query;
    query.channel = channel;
    return query;
}

void TestLinksModel::aFilterReplacesTheRowsOnceCounted()
{
    QCOMPARE(m_model->rowCount(), 305);
    QSignalSpy loaded(m_model.get(), &LinksModel::loaded);
    m_model->setQuery(inChannel(QStringLiteral("support")));
    // Asked for, not yet answered: the rows shown are still all the links.
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 305);
    QVERIFY(m_model->query().channel.isEmpty());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->query().channel, QStringLiteral("support"));
    // Newest first.
    QCOMPARE(m_model->data(m_model->index(0, LinksModel::Title), Qt::DisplayRole).toString(),
             QStringLiteral("Page 304"));
    QCOMPARE(m_model->data(m_model->index(4, LinksModel::Title), Qt::DisplayRole).toString(),
             QStringLiteral("Page 300"));
}

void TestLinksModel::onlyTheNewestOfQuickFiltersIsShown()
{
    QSignalSpy loaded(m_model.get(), &LinksModel::loaded);
    m_model->setQuery(inChannel(QStringLiteral("general")));
    m_model->setQuery(inChannel(QStringLiteral("nowhere")));
    m_model->setQuery(inChannel(QStringLiteral("support")));
    QTRY_VERIFY(!m_model->isLoading());
    // The first filter was being read when the others came: its answer is dropped, the
    // second is never read, the third is shown.
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_model->query().channel, QStringLiteral("support"));
    QCOMPARE(m_model->rowCount(), 5);
}

void TestLinksModel::reloadShowsLinksAddedSince()
{
    QSignalSpy loaded(m_model.get(), &LinksModel::loaded);
    m_model->setQuery(inChannel(QStringLiteral("support")));
    QVERIFY(loaded.wait(10000));
    addLinks(QStringLiteral("support"), 3, 1000);
    QCOMPARE(m_model->rowCount(), 5);
    m_model->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->rowCount(), 8); // the same filter, read again
    QCOMPARE(m_model->data(m_model->index(0, LinksModel::Title), Qt::DisplayRole).toString(),
             QStringLiteral("Page 1002"));
}

void TestLinksModel::aWikiThatCannotBeReadKeepsTheRowsAndSaysWhy()
{
    QSignalSpy loaded(m_model.get(), &LinksModel::loaded);
    QSignalSpy failed(m_model.get(), &LinksModel::failed);
    // The file is gone (its open connection still reads it); a new connection cannot open it.
    QVERIFY(QFile::remove(m_wiki->path()));
    m_model->setQuery(inChannel(QStringLiteral("support")));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QFileInfo(m_wiki->path()).fileName()),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(m_model->rowCount(), 305);
    QVERIFY(
        !m_model->data(m_model->index(0, LinksModel::Title), Qt::DisplayRole).toString().isEmpty());
}

void TestLinksModel::rowsBeyondTheFirstBlockAreReadWhenAskedFor()
{
    static_assert(LinksModel::kBlockRows < 300);
    QCOMPARE(m_model->data(m_model->index(304, LinksModel::Title), Qt::DisplayRole).toString(),
             QStringLiteral("Page 0"));
    QCOMPARE(
        m_model->data(m_model->index(LinksModel::kBlockRows, LinksModel::Domain), Qt::DisplayRole)
            .toString(),
        QStringLiteral("example.com"));
    QVERIFY(!m_model->data(m_model->index(305, LinksModel::Title), Qt::DisplayRole).isValid());
}

QTEST_MAIN(TestLinksModel)
#include "TestLinksModel.moc"
