#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/WikiFile.h"
#include "sync/BundleMerger.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// Three wiki files stand for three machines. Each makes seeded random edits, renames,
// creations and deletions, and bundles travel between them in random order; once every
// machine has merged every other's bundle, all three hold the same pages, and every revision
// ever written is in every history.
class TestSyncConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeMachinesConverge_data();
    void threeMachinesConverge();

private:
    struct Machine
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<PageStore> pages;
        QString name;
    };
    // uuid → what a reader sees of the page: title, text, whether deleted.
    static QMap<QString, QString> pagesOf(Machine& machine);
    static QSet<QString> revisionsOf(Machine& machine);
    // url → its shares and tags.
    static QMap<QString, QString> linksOf(Machine& machine);
    void act(Machine& machine, QRandomGenerator& random, int step);
    BundleMerger::Summary carry(Machine& from, Machine& to);

    QTemporaryDir m_dir;
    int m_bundles = 0;
    BundleMerger::Summary m_seen; // everything the merges did, to know the run tried each case
};

QMap<QString, QString> TestSyncConvergence::pagesOf(Machine& machine)
{
    Statement query(
        *machine.db,
        QStringLiteral("SELECT pages.uuid, pages.title, revisions.body, "
                       "pages.deleted_at IS NOT NULL, revisions.tags "
                       "FROM pages JOIN revisions ON revisions.id = pages.revision_id"));
    QMap<QString, QString> pages;
    while (query.step())
        pages.insert(query.text(0), query.text(1) + u'|' + query.text(4) + u'|' +
                                        (query.int64(3) ? QLatin1String("deleted") : QString()) +
                                        u'|' + query.text(2));
    return pages;
}

QMap<QString, QString> TestSyncConvergence::linksOf(Machine& machine)
{
    LinkStore store(*machine.db);
    QMap<QString, QString> links;
    for (const Link& link : store.list({}, 0, 1000)) {
        QStringList tags = store.tags(link.id);
        tags.sort();
        links.insert(link.url, QString::number(link.shareCount) + u'|' + tags.join(u','));
    }
    return links;
}

QSet<QString> TestSyncConvergence::revisionsOf(Machine& machine)
{
    Statement query(*machine.db, QStringLiteral("SELECT uuid FROM revisions"));
    QSet<QString> uuids;
    while (query.step())
        uuids.insert(query.text(0));
    return uuids;
}

BundleMerger::Summary TestSyncConvergence::carry(Machine& from, Machine& to)
{
    const QString path = m_dir.filePath(QStringLiteral("b%1.foliobundle").arg(++m_bundles));
    BundleWriter(*from.db, from.name).write(path);
    BundleReader reader(path);
    const BundleMerger::Summary summary = BundleMerger(*to.db).merge(reader);
    m_seen.merged += summary.merged;
    m_seen.conflicted += summary.conflicted;
    m_seen.deleted += summary.deleted;
    m_seen.restored += summary.restored;
    m_seen.renamed += summary.renamed;
    return summary;
}

void TestSyncConvergence::act(Machine& machine, QRandomGenerator& random, int step)
{
    const QList<PageSummary> live = machine.pages->list();
    const int action = int(random.bounded(10));
    if (live.isEmpty() || action == 0) {
        // Titles may collide across machines on purpose: "Topic 3" made on two of them.
        const QString title = QStringLiteral("Topic %1").arg(random.bounded(6));
        if (!machine.pages->exists(title))
            machine.pages->create(
                {title, PageKind::Note, {}, QStringLiteral("line 1\nline 2\nline 3\nline 4\n")},
                machine.name);
        return;
    }
    if (action == 9) {
        // A link shared in chat, some of the same addresses on several machines; some tagged.
        ChatMessage message;
        message.platform = QStringLiteral("slack");
        message.workspace = QStringLiteral("acme");
        message.channelId = QStringLiteral("C1");
        message.channelName = QStringLiteral("general");
        message.messageId = QStringLiteral("%1-%2").arg(machine.name).arg(step);
        message.text = QStringLiteral("see this");
        const QString url = QStringLiteral("https://example.com/doc%1").arg(random.bounded(5));
        LinkStore links(*machine.db);
        {
            LinkStore::Import import(links);
            import.add(message,
                       {{ url,
                          QStringLiteral("example.com"),
                          {},
                          LinkOrigin::Text,
                          false,
                          0 }});
            import.commit();
        }
        if (random.bounded(2) == 0) {
            const qint64 id = links.find(url)->id;
            links.setTags(id, links.tags(id) << QStringLiteral("t%1").arg(random.bounded(3)));
        }
        return;
    }
    const PageSummary chosen = live.at(int(random.bounded(int(live.size()))));
    const Page page = *machine.pages->find(chosen.id);
    PageContent content = page.content;
    if (action == 1) {
        machine.pages->remove(page.id);
        return;
    }
    if (action == 2) {
        content.title =
            QStringLiteral("%1 renamed by %2 at %3").arg(content.title, machine.name).arg(step);
    } else if (action == 3) {
        content.tags = {QStringLiteral("tag%1").arg(random.bounded(4))};
    } else {
        // Change one line (two machines may pick the same: a conflict) or add one.
        QStringList lines = content.body.split(u'\n');
        const int line = int(random.bounded(int(lines.size())));
        if (action < 7)
            lines[line] = QStringLiteral("%1 at step %2").arg(machine.name).arg(step);
        else
            lines.insert(line,
                         QStringLiteral("added by %1 at step %2").arg(machine.name).arg(step));
        content.body = lines.join(u'\n');
    }
    try {
        machine.pages->update(page.id, content, page.revisionId, machine.name);
    } catch (const StoreError&) {
        // A title another page holds: the edit is refused, as in the window.
    }
}

void TestSyncConvergence::threeMachinesConverge_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {1u, 7u, 42u, 2026u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestSyncConvergence::threeMachinesConverge()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    m_seen = {};
    std::vector<Machine> machines;
    for (const char* name : {"laptop", "desktop", "tablet"}) {
        Machine machine;
        machine.name = QString::fromLatin1(name);
        machine.db =
            WikiFile::open(
                m_dir.filePath(QStringLiteral("%1-%2.folio").arg(QLatin1String(name)).arg(seed)))
                .database;
        machine.pages = std::make_unique<PageStore>(*machine.db);
        machines.push_back(std::move(machine));
    }
    QSet<QString> written;
    for (int step = 0; step < 150; ++step) {
        Machine& machine = machines.at(random.bounded(3));
        if (random.bounded(4) == 0) {
            Machine& other = machines.at(random.bounded(3));
            if (&other != &machine)
                carry(machine, other);
        } else {
            act(machine, random, step);
        }
        for (Machine& each : machines)
            written.unite(revisionsOf(each));
    }
    // Everyone merges everyone's bundle until nothing changes any more.
    int rounds = 0;
    for (bool changed = true; changed; ++rounds) {
        QVERIFY2(rounds < 6, "the machines never settled");
        changed = false;
        for (Machine& from : machines)
            for (Machine& to : machines) {
                if (&from == &to)
                    continue;
                const BundleMerger::Summary summary = carry(from, to);
                changed = changed || summary.added || summary.updated || summary.merged ||
                          summary.conflicted || summary.deleted || summary.restored ||
                          summary.renamed || summary.links || summary.shares;
            }
    }
    qInfo("merged %d, conflicted %d, deleted %d, restored %d, renamed %d", m_seen.merged,
          m_seen.conflicted, m_seen.deleted, m_seen.restored, m_seen.renamed);
    QVERIFY(m_seen.merged + m_seen.conflicted > 0);
    const QMap<QString, QString> reference = pagesOf(machines.at(0));
    QVERIFY(reference.size() > 3);
    const QMap<QString, QString> links = linksOf(machines.at(0));
    QVERIFY(!links.isEmpty());
    for (Machine& machine : machines) {
        QCOMPARE(pagesOf(machine), reference);
        QCOMPARE(linksOf(machine), links);
        const QSet<QString> held = revisionsOf(machine);
        QVERIFY2(held.contains(written),
                 qPrintable(machine.name + QLatin1String(" lost revisions")));
    }
}

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "TestSyncConvergence.moc"
