#include "TestArchives.h"
#include "TestFiles.h"
#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace folio;

// Exports are read member by member from folders, zips and tarballs; hostile archives are
// refused whole with a message that names the file and the problem.
class TestExportArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAFolderWithoutItsLinks();
    void readsAZipMemberByMember();
    void readsAGzippedTar();
    void aPlainFileIsOneMember();
    void refusesHostileArchives_data();
    void refusesHostileArchives();
    void refusesADecompressionBombWhileReading();
    void refusesSpecialFiles();
    void aDamagedArchiveSaysSo();
    void saysHowMuchHasBeenRead();

private:
    static QString refusal(const std::function<void()>& action);
    QTemporaryDir m_dir;
};

QString TestExportArchive::refusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const ExportError& error) {
        return error.message();
    }
    return {};
}

static QMap<QString, QByteArray> readEverything(ExportArchive& archive)
{
    QMap<QString, QByteArray> contents;
    archive.read([](const QString&) { return true; },
                 [&](const QString& member, MemberReader& reader) {
                     contents.insert(member, reader.readAll(1 << 20));
                 });
    return contents;
}

// For the import's progress bar: bytes of the folder's files, or of the archive file.
void TestExportArchive::saysHowMuchHasBeenRead()
{
    const QString root = m_dir.filePath(QStringLiteral("progress"));
    test::writeFile(root + QStringLiteral("/a.json"), QByteArray(300, 'a'));
    test::writeFile(root + QStringLiteral("/b.json"), QByteArray(100, 'b'));
    const auto folder = ExportArchive::open(root);
    QCOMPARE(folder->fractionRead(), 0.0);
    QCOMPARE(folder->head(QStringLiteral("a.json"), 10), QByteArray(10, 'a'));
    QCOMPARE(folder->fractionRead(), 0.0); // a look at the first bytes is not progress
    folder->read([](const QString& member) { return member == QLatin1String("a.json"); },
                 [](const QString&, MemberReader& reader) { reader.readAll(1 << 20); });
    QCOMPARE(folder->fractionRead(), 0.75);
    folder->resetProgress();
    readEverything(*folder);
    QCOMPARE(folder->fractionRead(), 1.0);
    folder->resetProgress();
    QCOMPARE(folder->fractionRead(), 0.0);
    // The photos beside the messages are never read; they do not hold the bar back.
    test::writeFile(root + QStringLiteral("/photos/big.JPG"), QByteArray(4000, 'p'));
    const auto withPhotos = ExportArchive::open(root);
    withPhotos->read([](const QString& member) { return member.endsWith(QLatin1String(".json")); },
                     [](const QString&, MemberReader& reader) { reader.readAll(1 << 20); });
    QCOMPARE(withPhotos->fractionRead(), 1.0);

    const QString zip = m_dir.filePath(QStringLiteral("progress.zip"));
    QVERIFY(test::writeArchive(zip, {{"a.json", QByteArray(30000, 'a'), {}, 0},
                                     {"b.json", QByteArray(30000, 'b'), {}, 0}}));
    const auto archive = ExportArchive::open(zip);
    readEverything(*archive);
    QVERIFY2(archive->fractionRead() > 0.5 && archive->fractionRead() <= 1.0,
             qPrintable(QString::number(archive->fractionRead())));
}

void TestExportArchive::readsAFolderWithoutItsLinks()
{
    const QString root = m_dir.filePath(QStringLiteral("folder"));
    test::writeFile(root + QStringLiteral("/channels.json"), "[]");
    test::writeFile(root + QStringLiteral("/général/2024-01-02.json"), "[1]");
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), root + QStringLiteral("/users.json")));
    const QString fifo = root + QStringLiteral("/général/2024-01-03.json");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(QFile::link(QStringLiteral("/etc"), root + QStringLiteral("/secrets")));
    const auto archive = ExportArchive::open(root);
    QCOMPARE(archive->members(), (QStringList{QStringLiteral("channels.json"),
                                              QStringLiteral("général/2024-01-02.json")}));
    // Left out, and said so: the importer reports each.
    QCOMPARE(archive->leftOut(),
             (QStringList{QStringLiteral("général/2024-01-03.json"), QStringLiteral("secrets"),
                          QStringLiteral("users.json")}));
    QCOMPARE(readEverything(*archive).value(QStringLiteral("général/2024-01-02.json")),
             QByteArray("[1]"));
}

void TestExportArchive::readsAZipMemberByMember()
{
    const QString zip = m_dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(test::writeArchive(zip, {{"export/", {}, {}, 0},
                                     {"export/channels.json", "[{\"id\":\"C1\"}]", {}, 0},
                                     {"export/general/2024-01-02.json", "[]", {}, 0}}));
    const auto archive = ExportArchive::open(zip);
    QVERIFY(!archive->isPlainFile());
    QCOMPARE(archive->members(), (QStringList{QStringLiteral("export/channels.json"),
                                              QStringLiteral("export/general/2024-01-02.json")}));
    QCOMPARE(archive->head(QStringLiteral("export/channels.json"), 5), QByteArray("[{\"id"));
    QCOMPARE(readEverything(*archive).size(), 2);
}

void TestExportArchive::readsAGzippedTar()
{
    const QString tar = m_dir.filePath(QStringLiteral("zulip.tar.gz"));
    QVERIFY(test::writeArchive(tar, {{"zulip-export/realm.json", "{}", {}, 0}}, true));
    const auto archive = ExportArchive::open(tar);
    QCOMPARE(archive->members(), QStringList{QStringLiteral("zulip-export/realm.json")});
    QCOMPARE(readEverything(*archive).first(), QByteArray("{}"));
}

void TestExportArchive::aPlainFileIsOneMember()
{
    const QString file = m_dir.filePath(QStringLiteral("bookmarks.html"));
    test::writeFile(file, "<!DOCTYPE NETSCAPE-Bookmark-file-1>");
    const auto archive = ExportArchive::open(file);
    QVERIFY(archive->isPlainFile());
    QCOMPARE(archive->members(), QStringList{QStringLiteral("bookmarks.html")});
}

void TestExportArchive::refusesHostileArchives_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<bool>("tar");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zip slip") << QByteArray("../evil.json") << QByteArray() << false
                              << "an entry that points outside the archive (“../evil.json”)";
    QTest::newRow("deep slip") << QByteArray("general/../../evil.json") << QByteArray() << false
                               << "an entry that points outside the archive";
    QTest::newRow("absolute") << QByteArray("/etc/evil.json") << QByteArray() << true
                              << "an entry that points outside the archive (“/etc/evil.json”)";
    QTest::newRow("symlink") << QByteArray("channels.json") << QByteArray("/etc/passwd") << true
                             << "a link or special file (“channels.json”)";
    QTest::newRow("not utf-8") << QByteArray("general/\xff\xfe.json") << QByteArray() << false
                               << "a file name that is not UTF-8";
    QTest::newRow("twice") << QByteArray("users.json") << QByteArray() << false
                           << "two entries named “users.json”";
}

void TestExportArchive::refusesHostileArchives()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, link);
    QFETCH(bool, tar);
    QFETCH(QString, expected);
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') +
                       (tar ? QStringLiteral(".tar.gz") : QStringLiteral(".zip")));
    QVERIFY(test::writeArchive(path, {{"users.json", "[]", {}, 0}, {name, "[]", link, 0}}, tar));
    const QString message = refusal([&] { ExportArchive::open(path); });
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
}

void TestExportArchive::refusesADecompressionBombWhileReading()
{
    const QString zip = m_dir.filePath(QStringLiteral("bomb.zip"));
    QVERIFY(test::writeArchive(zip, {{"channels.json", "[]", {}, 0},
                                     {"general/2020-01-01.json", {}, {}, qint64(200) << 20}}));
    QVERIFY(QFileInfo(zip).size() < 2 << 20);
    const auto archive = ExportArchive::open(zip);
    const QString message = refusal([&] {
        archive->read([](const QString&) { return true; },
                      [](const QString&, MemberReader& reader) {
                          QByteArray buffer(1 << 16, Qt::Uninitialized);
                          while (reader.read(buffer.data(), buffer.size()) > 0) {
                          }
                      });
    });
    QVERIFY2(message.contains(QLatin1String("decompression bomb")), qPrintable(message));
}

void TestExportArchive::refusesSpecialFiles()
{
    QVERIFY(refusal([] {
                ExportArchive::open(QStringLiteral("/dev/zero"));
            }).contains(QLatin1String("is not a regular file")));
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(refusal([&] {
                ExportArchive::open(fifo);
            }).contains(QLatin1String("is not a regular file")));
    QVERIFY(refusal([&] {
                ExportArchive::open(m_dir.filePath(QStringLiteral("missing.zip")));
            }).contains(QLatin1String("does not exist")));
}

void TestExportArchive::aDamagedArchiveSaysSo()
{
    const QString zip = m_dir.filePath(QStringLiteral("good.zip"));
    QVERIFY(test::writeArchive(zip, {{"channels.json", QByteArray(5000, '['), {}, 0}}));
    QByteArray bytes = test::readAll(zip);
    bytes.truncate(bytes.size() / 2);
    const QString cut = m_dir.filePath(QStringLiteral("cut.zip"));
    test::writeFile(cut, bytes);
    const QString message = refusal([&] {
        const auto archive = ExportArchive::open(cut);
        readEverything(*archive);
    });
    QVERIFY2(message.contains(QLatin1String("damaged or unsupported archive")),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestExportArchive)
#include "TestExportArchive.moc"
