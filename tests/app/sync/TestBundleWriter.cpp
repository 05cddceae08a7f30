#include "TestArchives.h"
#include "core/Sha256.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"
#include "sync/BundleError.h"
#include "sync/BundleWriter.h"
#include "sync/FrontMatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// Bundles as written: every entry named in the manifest with its checksum, pages readable as
// Markdown, histories whole, and a filtered bundle that carries nothing it must not.
class TestBundleWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void carriesEveryPageWithItsHistoryAndAttachments();
    void aFilteredBundleLeaksNothingElse();
    void aCancelledOrFailedExportLeavesNoFile();

private:
    QString bundlePath() const { return m_dir.filePath(QStringLiteral("out.foliobundle")); }
    static QJsonObject manifestOf(const test::ReadArchive& bundle)
    {
        return QJsonDocument::fromJson(bundle.entries.value(QStringLiteral("manifest.json")))
            .object();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_pages;
};

void TestBundleWriter::init()
{
    static int run = 0;
    m_db = WikiFile::open(m_dir.filePath(QStringLiteral("wiki-%1.folio").arg(++run))).database;
    m_pages = std::make_unique<PageStore>(*m_db);
    QFile::remove(bundlePath());
}

void TestBundleWriter::cleanup()
{
    m_pages.reset();
    m_db.reset();
}

void TestBundleWriter::carriesEveryPageWithItsHistoryAndAttachments()
{
    const Page printers = m_pages->create({QStringLiteral("Printers: A/B?"),
                                           PageKind::Guide,
                                           {QStringLiteral("office")},
                                           QStringLiteral("First.\n")},
                                          QStringLiteral("Ana"));
    m_pages->update(printers.id,
                    {QStringLiteral("Printers: A/B?"),
                     PageKind::Guide,
                     {QStringLiteral("office")},
                     QStringLiteral("First.\n\n![](toner.png)\n")},
                    printers.revisionId, QStringLiteral("Bo"), QStringLiteral("picture"));
    AttachmentStore attachments(*m_db);
    const QString toner = attachments.add("PNG-BYTES", QStringLiteral("image/png"));
    attachments.attach(printers.id, QStringLiteral("toner.png"), toner);
    const Page old =
        m_pages->create({QStringLiteral("Old fax"), PageKind::Note, {}, QStringLiteral("Gone.")},
                        QStringLiteral("Ana"));
    m_pages->remove(old.id);

    const BundleWriter::Summary summary =
        BundleWriter(*m_db, QStringLiteral("laptop")).write(bundlePath());
    QCOMPARE(summary.pages, 1);
    QCOMPARE(summary.deletedPages, 1);
    QCOMPARE(summary.revisions, 3);
    QCOMPARE(summary.attachments, 1);

    const test::ReadArchive bundle = test::readArchive(bundlePath());
    QVERIFY(bundle.ok);
    QCOMPARE(bundle.order.last(), QStringLiteral("manifest.json"));
    const QJsonObject manifest = manifestOf(bundle);
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("folio-bundle"));
    QCOMPARE(manifest.value(QStringLiteral("version")).toString(), QStringLiteral("2.1"));
    QCOMPARE(manifest.value(QStringLiteral("machine")).toString(), QStringLiteral("laptop"));
    QCOMPARE(manifest.value(QStringLiteral("wiki")).toString().size(), 36);
    // Every other entry is listed with its SHA-256, and nothing else is.
    const QJsonObject entries = manifest.value(QStringLiteral("entries")).toObject();
    QCOMPARE(entries.size(), bundle.entries.size() - 1);
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        QCOMPARE(it.value().toString(), Sha256::hex(bundle.entries.value(it.key())));

    // The page is plain Markdown under a name any file system takes, its properties on top.
    const QByteArray file = bundle.entries.value(QStringLiteral("pages/Printers_ A_B_.md"));
    QString problem;
    const std::optional<FrontMatter::Parsed> parsed = FrontMatter::parse(file, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(parsed->body, QStringLiteral("First.\n\n![](toner.png)\n"));
    QCOMPARE(parsed->fields.value(QStringLiteral("title")).toString(),
             QStringLiteral("Printers: A/B?"));
    QCOMPARE(parsed->fields.value(QStringLiteral("uuid")).toString(), printers.uuid);
    QCOMPARE(parsed->fields.value(QStringLiteral("attachments")).toObject(),
             (QJsonObject{{QStringLiteral("toner.png"), toner}}));
    QCOMPARE(bundle.entries.value(QStringLiteral("attachments/") + toner), QByteArray("PNG-BYTES"));

    // Its history, oldest first, each revision pointing at its parent.
    const QList<QByteArray> lines =
        bundle.entries.value(QStringLiteral("history/%1.jsonl").arg(printers.uuid)).split('\n');
    QCOMPARE(lines.size(), 3); // two revisions and the empty rest after the last line break
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(QStringLiteral("parent")).toString(),
             first.value(QStringLiteral("uuid")).toString());
    QVERIFY(!first.contains(QStringLiteral("parent")));
    // The head's text is carried once, in the page file; older revisions carry their own.
    QVERIFY(first.value(QStringLiteral("body")).isString());
    QVERIFY(!second.contains(QStringLiteral("body")));
    QCOMPARE(second.value(QStringLiteral("author")).toString(), QStringLiteral("Bo"));
    QCOMPARE(second.value(QStringLiteral("summary")).toString(), QStringLiteral("picture"));
    QCOMPARE(parsed->fields.value(QStringLiteral("revision")).toString(),
             second.value(QStringLiteral("uuid")).toString());

    // A deleted page travels as such, so the deletion reaches the other machines.
    const QByteArray deleted = bundle.entries.value(QStringLiteral("deleted-pages/Old fax.md"));
    QVERIFY(FrontMatter::parse(deleted, nullptr)->fields.contains(QStringLiteral("deleted")));
}

void TestBundleWriter::aFilteredBundleLeaksNothingElse()
{
    const PageState publicPublished{PageStatus::Published, PageVisibility::Public};
    // Public and published now, but its first text was a draft that must stay home.
    const Page faq = m_pages->create(
        {QStringLiteral("Public FAQ"), PageKind::Faq, {}, QStringLiteral("LEAK-DRAFT-TEXT")},
        QStringLiteral("Ana"), {PageStatus::Draft, PageVisibility::Public});
    const Page published = m_pages->update(
        faq.id, {QStringLiteral("Public FAQ"), PageKind::Faq, {}, QStringLiteral("Ask us.")},
        faq.revisionId, QStringLiteral("Ana"));
    m_pages->setState(faq.id, publicPublished, QStringLiteral("Ana"));
    m_pages->create({QStringLiteral("LEAK-INTERNAL-TITLE"),
                     PageKind::Guide,
                     {},
                     QStringLiteral("LEAK-INTERNAL-BODY")},
                    QStringLiteral("Ana"), {PageStatus::Published, PageVisibility::Internal});
    const Page secret = m_pages->create(
        {QStringLiteral("Plans"), PageKind::Note, {}, QStringLiteral("LEAK-DRAFT-BODY")},
        QStringLiteral("LEAK-AUTHOR"), {PageStatus::Draft, PageVisibility::Public});
    AttachmentStore attachments(*m_db);
    const QString blob = attachments.add("LEAK-ATTACHMENT", QStringLiteral("text/plain"));
    attachments.attach(secret.id, QStringLiteral("LEAK-NAME.txt"), blob);
    Q_UNUSED(published);

    BundleWriter writer(*m_db, QStringLiteral("laptop"));
    BundleFilter filter;
    filter.publishedOnly = true;
    filter.publicOnly = true;
    writer.setFilter(filter);
    const BundleWriter::Summary summary = writer.write(bundlePath());
    QCOMPARE(summary.pages, 1);
    QCOMPARE(summary.attachments, 0);

    // Nowhere in the file: every entry, decompressed, names and contents.
    const test::ReadArchive bundle = test::readArchive(bundlePath());
    QVERIFY(bundle.ok);
    QByteArray everything;
    for (auto it = bundle.entries.cbegin(); it != bundle.entries.cend(); ++it)
        everything += it.key().toUtf8() + '\n' + it.value() + '\n';
    QVERIFY(everything.contains("Ask us."));
    for (const QByteArray& marker : {QByteArray("LEAK"), blob.toLatin1(), secret.uuid.toLatin1()})
        QVERIFY2(!everything.contains(marker), marker.constData());
    const QJsonObject filterInManifest =
        manifestOf(bundle).value(QStringLiteral("filter")).toObject();
    QCOMPARE(filterInManifest.value(QStringLiteral("wholeWiki")).toBool(), false);
}

void TestBundleWriter::aCancelledOrFailedExportLeavesNoFile()
{
    m_pages->create({QStringLiteral("A"), PageKind::Note, {}, QStringLiteral("a")},
                    QStringLiteral("Ana"));
    BundleWriter writer(*m_db, QStringLiteral("laptop"));
    std::atomic<bool> cancelled = true;
    writer.setCancelFlag(&cancelled);
    QVERIFY_THROWS_EXCEPTION(BundleWriter::Cancelled, writer.write(bundlePath()));
    QVERIFY(!QFile::exists(bundlePath()));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("out*")}, QDir::Files | QDir::Hidden),
             QStringList());

    cancelled = false;
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/out.foliobundle"));
    try {
        writer.write(nowhere);
        QFAIL("a bundle was written into a missing folder");
    } catch (const BundleError& error) {
        QVERIFY2(error.message().contains(nowhere), qPrintable(error.message()));
    }
    // The wiki is still readable and writable: the export's read snapshot was closed.
    m_pages->create({QStringLiteral("B"), PageKind::Note, {}, QStringLiteral("b")},
                    QStringLiteral("Ana"));
}

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "TestBundleWriter.moc"
