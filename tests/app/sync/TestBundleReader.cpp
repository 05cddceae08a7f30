#include "TestArchives.h"
#include "TestBundles.h"
#include "TestFiles.h"
#include "core/Sha256.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"
#include "sync/BundleError.h"
#include "sync/BundleFormat.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// Reading bundles back, and refusing every kind of bad one with a sentence that names it.
class TestBundleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsBackWhatWasWritten();
    void badBundlesAreRefusedByName_data();
    void badBundlesAreRefusedByName();
    void aPageFileThatIsNotOneIsRefusedWhenRead();
    void aNewerMinorVersionsEntriesAreLeftUnread();
    void theHeadsTextComesBackExactlyFromThePageFile();
    void onlyTheHeadMayLeaveItsTextToThePageFile();
    void versionOneBundlesCarryTheHeadsTextInTheHistory();

private:
    using Entries = std::vector<test::ArchiveEntry>;
    // The good bundle's entries, changed by `change`, with the manifest's checksums made to
    // match again unless `keepManifest`.
    QString rewritten(const QString& name, const std::function<void(Entries&)>& change,
                      bool keepManifest = false);
    static QString messageOf(const QString& path);
    // The manifest's "version" value this Folio writes, quoted.
    static QByteArray currentVersion()
    {
        return QStringLiteral("\"%1.%2\"")
            .arg(BundleFormat::kMajorVersion)
            .arg(BundleFormat::kMinorVersion)
            .toUtf8();
    }

    QTemporaryDir m_dir;
    QString m_good;
    Page m_page;
    QString m_attachment;
};

void TestBundleReader::initTestCase()
{
    std::unique_ptr<Database> db =
        WikiFile::open(m_dir.filePath(QStringLiteral("wiki.folio"))).database;
    PageStore pages(*db);
    m_page = pages.create({QStringLiteral("Printers"),
                           PageKind::Guide,
                           {QStringLiteral("office")},
                           QStringLiteral("One.\n")},
                          QStringLiteral("Ana"));
    m_page = pages.update(m_page.id,
                          {QStringLiteral("Printers"),
                           PageKind::Guide,
                           {QStringLiteral("office")},
                           QStringLiteral("One.\nTwo.\n")},
                          m_page.revisionId, QStringLiteral("Bo"));
    AttachmentStore attachments(*db);
    m_attachment = attachments.add("PNG", QStringLiteral("image/png"));
    attachments.attach(m_page.id, QStringLiteral("a.png"), m_attachment);
    m_good = m_dir.filePath(QStringLiteral("good.foliobundle"));
    BundleWriter(*db, QStringLiteral("laptop")).write(m_good);
}

QString TestBundleReader::messageOf(const QString& path)
{
    try {
        BundleReader(path).read(
            [](const QString&, const QByteArray&) {},
            [](const BundleReader::PageRecord&, const QList<BundleReader::RevisionRecord>&) {});
    } catch (const BundleError& error) {
        return error.message();
    }
    return {};
}

QString TestBundleReader::rewritten(const QString& name,
                                    const std::function<void(Entries&)>& change, bool keepManifest)
{
    const QString path = m_dir.filePath(name);
    [&] { QVERIFY(test::rewriteBundle(m_good, path, change, keepManifest)); }();
    return path;
}

void TestBundleReader::readsBackWhatWasWritten()
{
    BundleReader reader(m_good);
    QCOMPARE(reader.manifest().majorVersion, BundleFormat::kMajorVersion);
    QCOMPARE(reader.manifest().machine, QStringLiteral("laptop"));
    QVERIFY(reader.manifest().wholeWiki);
    QCOMPARE(reader.pageCount(), 1);
    QHash<QString, QByteArray> files;
    QList<BundleReader::RevisionRecord> history;
    BundleReader::PageRecord page;
    reader.read([&](const QString& sha256, const QByteArray& data) { files.insert(sha256, data); },
                [&](const BundleReader::PageRecord& record,
                    const QList<BundleReader::RevisionRecord>& revisions) {
                    page = record;
                    history = revisions;
                });
    QCOMPARE(files.value(m_attachment), QByteArray("PNG"));
    QCOMPARE(page.uuid, m_page.uuid);
    QCOMPARE(page.attachments.value(QStringLiteral("a.png")), m_attachment);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).parent, history.at(0).uuid);
    QCOMPARE(history.at(1).author, QStringLiteral("Bo"));
    QCOMPARE(history.at(1).content.body, QStringLiteral("One.\nTwo.\n"));
    QCOMPARE(history.at(1).content.tags, QStringList{QStringLiteral("office")});
    QCOMPARE(page.head, history.at(1).uuid);
}

void TestBundleReader::badBundlesAreRefusedByName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QFile good(m_good);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.foliobundle"));
    test::writeFile(truncated, bytes.left(bytes.size() / 2));
    QTest::newRow("truncated") << truncated << QStringLiteral("truncated.foliobundle");

    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(text, "just some notes\n");
    QTest::newRow("not a zip") << text << QStringLiteral("not a zip file");

    QTest::newRow("folder") << m_dir.path() << QStringLiteral("folder");

    QTest::newRow("wrong checksum") << rewritten(
                                           QStringLiteral("changed.foliobundle"),
                                           [](Entries& entries) {
                                               for (test::ArchiveEntry& e : entries)
                                                   if (e.name.startsWith("pages/"))
                                                       e.data.replace("Two.", "Six.");
                                           },
                                           true)
                                    << QStringLiteral("does not match its checksum");

    QTest::newRow("climbs out")
        << rewritten(QStringLiteral("climb.foliobundle"),
                     [](Entries& entries) {
                         entries.insert(entries.begin(), {"../evil.md", "x", {}, 0});
                     })
        << QStringLiteral("outside the archive");

    QTest::newRow("duplicate entries")
        << rewritten(QStringLiteral("twice.foliobundle"),
                     [](Entries& entries) { entries.insert(entries.begin(), entries.front()); })
        << QStringLiteral("two entries named");

    QTest::newRow("no manifest") << rewritten(QStringLiteral("nomanifest.foliobundle"),
                                              [](Entries& entries) { entries.pop_back(); })
                                 << QStringLiteral("no manifest.json");

    QTest::newRow("newer format")
        << rewritten(
               QStringLiteral("newer.foliobundle"),
               [](Entries& entries) {
                   entries.back().data.replace(
                       currentVersion(),
                       QStringLiteral("\"%1.3\"").arg(BundleFormat::kMajorVersion + 1).toUtf8());
               })
        << QStringLiteral("newer Folio");

    QTest::newRow("unlisted entry")
        << rewritten(
               QStringLiteral("unlisted.foliobundle"),
               [](Entries& entries) {
                   entries.insert(entries.begin(), {"pages/extra.md", "x", {}, 0});
               },
               true)
        << QStringLiteral("does not list");

    QTest::newRow("missing entry")
        << rewritten(
               QStringLiteral("missing.foliobundle"),
               [](Entries& entries) { entries.erase(entries.begin()); }, true)
        << QStringLiteral("is missing");

    // 100 MB of zeros compress to about 100 kB: far past what a bundle may expand to.
    QTest::newRow("zip bomb") << rewritten(QStringLiteral("bomb.foliobundle"), [](Entries&
                                                                                      entries) {
        entries.insert(entries.begin(), {"attachments/bomb", {}, {}, qint64(100) << 20});
    }) << QStringLiteral("decompression bomb");
}

void TestBundleReader::badBundlesAreRefusedByName()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QString message = messageOf(path);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestBundleReader::aPageFileThatIsNotOneIsRefusedWhenRead()
{
    // The checksums vouch for it, but it is not what Folio writes.
    const QString path = rewritten(QStringLiteral("frontmatter.foliobundle"), [](Entries& entries) {
        for (test::ArchiveEntry& e : entries)
            if (e.name.startsWith("pages/"))
                e.data = "# No header\n";
    });
    const QString message = messageOf(path);
    QVERIFY2(message.contains(QLatin1String("pages/Printers.md")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("front matter")), qPrintable(message));
}

void TestBundleReader::aNewerMinorVersionsEntriesAreLeftUnread()
{
    const auto withFutureEntry = [this](const QString& name, const QByteArray& version) {
        return rewritten(name, [version](Entries& entries) {
            entries.insert(entries.begin(), {"future/feature.json", "{}", {}, 0});
            entries.back().data.replace(currentVersion(), version);
        });
    };
    // The same version: an entry it does not know is refused.
    QVERIFY(messageOf(withFutureEntry(QStringLiteral("same.foliobundle"), currentVersion()))
                .contains(QLatin1String("future/feature.json")));
    // A newer minor version may add entries: checked, left unread, the rest read.
    const QString newer =
        withFutureEntry(QStringLiteral("minor.foliobundle"),
                        QStringLiteral("\"%1.99\"").arg(BundleFormat::kMajorVersion).toUtf8());
    QCOMPARE(messageOf(newer), QString());
}

void TestBundleReader::theHeadsTextComesBackExactlyFromThePageFile()
{
    // Text that looks like a header, Windows line ends, no final line break, spaces at the end.
    const QString text = QStringLiteral("---\ntitle: \"not mine\"\n---\r\nbody\r\n\n  ");
    std::unique_ptr<Database> db =
        WikiFile::open(m_dir.filePath(QStringLiteral("tricky.folio"))).database;
    PageStore(*db).create({QStringLiteral("Tricky"), PageKind::Note, {}, text},
                          QStringLiteral("Ana"));
    const QString path = m_dir.filePath(QStringLiteral("tricky.foliobundle"));
    BundleWriter(*db, QStringLiteral("laptop")).write(path);
    QString read;
    BundleReader(path).read(
        [](const QString&, const QByteArray&) {},
        [&](const BundleReader::PageRecord&, const QList<BundleReader::RevisionRecord>& history) {
            if (history.last().content.title == QLatin1String("Tricky"))
                read = history.last().content.body;
        });
    QCOMPARE(read, text);
}

void TestBundleReader::onlyTheHeadMayLeaveItsTextToThePageFile()
{
    const QString path = rewritten(QStringLiteral("notext.foliobundle"), [](Entries& entries) {
        for (test::ArchiveEntry& e : entries) {
            if (!e.name.startsWith("history/"))
                continue;
            QList<QByteArray> lines = e.data.split('\n');
            QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
            first.remove(QStringLiteral("body"));
            lines.first() = QJsonDocument(first).toJson(QJsonDocument::Compact);
            e.data = lines.join('\n');
        }
    });
    const QString message = messageOf(path);
    QVERIFY2(message.contains(QLatin1String("line 1 of")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("text")), qPrintable(message));
}

void TestBundleReader::versionOneBundlesCarryTheHeadsTextInTheHistory()
{
    // A 1.x bundle, as Folio wrote them before: the head's line carries the text too.
    const auto asVersionOne = [this](const QString& name, const QByteArray& headText) {
        return rewritten(name, [&](Entries& entries) {
            for (test::ArchiveEntry& e : entries) {
                if (e.name.startsWith("history/")) {
                    QList<QByteArray> lines = e.data.split('\n');
                    QJsonObject head = QJsonDocument::fromJson(lines.at(1)).object();
                    if (!headText.isNull())
                        head.insert(QStringLiteral("body"), QString::fromUtf8(headText));
                    lines[1] = QJsonDocument(head).toJson(QJsonDocument::Compact);
                    e.data = lines.join('\n');
                }
                if (e.name.startsWith("pages/"))
                    e.data.replace("Two.", "Not this one.");
            }
            entries.back().data.replace(currentVersion(), "\"1.1\"");
        });
    };
    QString body;
    BundleReader(asVersionOne(QStringLiteral("v1.foliobundle"), "One.\nTwo.\n"))
        .read([](const QString&, const QByteArray&) {},
              [&](const BundleReader::PageRecord&,
                  const QList<BundleReader::RevisionRecord>& history) {
                  body = history.last().content.body;
              });
    QCOMPARE(body, QStringLiteral("One.\nTwo.\n"));
    // In 1.x the head's line must carry it.
    const QString message = messageOf(asVersionOne(QStringLiteral("v1-notext.foliobundle"), {}));
    QVERIFY2(message.contains(QLatin1String("line 2 of")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestBundleReader)
#include "TestBundleReader.moc"
