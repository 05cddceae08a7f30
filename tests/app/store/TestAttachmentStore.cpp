#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/WikiFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theSameBytesAreStoredOnce();
    void aTakenNameGetsANumber();
    void theSameFileUnderItsNameIsNotDoubled();
    void numberedNamesKeepTheExtensionAndFolder();
    void unknownNamesAndHashesAreNothing();

private:
    int blobCount() const
    {
        Statement count(*m_db, QStringLiteral("SELECT count(*) FROM attachments"));
        count.step();
        return int(count.int64(0));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AttachmentStore> m_attachments;
    Page m_page;
    Page m_other;
};

void TestAttachmentStore::init()
{
    static int run = 0;
    m_db = WikiFile::open(m_dir.filePath(QStringLiteral("a-%1.folio").arg(++run))).database;
    m_attachments = std::make_unique<AttachmentStore>(*m_db);
    PageStore pages(*m_db);
    m_page = pages.create({QStringLiteral("Printers"), PageKind::Guide, {}, QStringLiteral("x")},
                          QStringLiteral("Ana"));
    m_other = pages.create({QStringLiteral("Toner"), PageKind::Note, {}, QStringLiteral("y")},
                           QStringLiteral("Ana"));
}

void TestAttachmentStore::cleanup()
{
    m_attachments.reset();
    m_db.reset();
}

void TestAttachmentStore::theSameBytesAreStoredOnce()
{
    const QByteArray png("\x89PNG\r\n\x1a\n fake", 14);
    const QString first = m_attachments->add(png, QStringLiteral("image/png"));
    const QString second = m_attachments->add(png, QStringLiteral("image/png"));
    QCOMPARE(first, second);
    QCOMPARE(first.size(), 64);
    QCOMPARE(blobCount(), 1);
    m_attachments->attach(m_page.id, QStringLiteral("a.png"), first);
    m_attachments->attach(m_other.id, QStringLiteral("b.png"), second);
    QCOMPARE(blobCount(), 1);
    const std::optional<AttachmentStore::Blob> blob = m_attachments->blob(first);
    QVERIFY(blob);
    QCOMPARE(blob->data, png);
    QCOMPARE(blob->mimeType, QStringLiteral("image/png"));
}

void TestAttachmentStore::aTakenNameGetsANumber()
{
    const QString one = m_attachments->add("one", QStringLiteral("text/plain"));
    const QString two = m_attachments->add("two", QStringLiteral("text/plain"));
    const QString three = m_attachments->add("three", QStringLiteral("text/plain"));
    QCOMPARE(m_attachments->attach(m_page.id, QStringLiteral("notes.txt"), one),
             QStringLiteral("notes.txt"));
    QCOMPARE(m_attachments->attach(m_page.id, QStringLiteral("notes.txt"), two),
             QStringLiteral("notes-2.txt"));
    QCOMPARE(m_attachments->attach(m_page.id, QStringLiteral("notes.txt"), three),
             QStringLiteral("notes-3.txt"));
    // Names belong to a page: another page may use the same one for other bytes.
    QCOMPARE(m_attachments->attach(m_other.id, QStringLiteral("notes.txt"), three),
             QStringLiteral("notes.txt"));
    QCOMPARE(*m_attachments->find(m_page.id, QStringLiteral("notes-2.txt")), two);
    QCOMPARE(m_attachments->forPage(m_page.id).size(), 3);
    // All pages' at once say the same as each page's own.
    const QHash<qint64, QList<AttachmentStore::Named>> all = m_attachments->byPage();
    QCOMPARE(all.size(), 2);
    for (const qint64 page : {m_page.id, m_other.id}) {
        const QList<AttachmentStore::Named> one = m_attachments->forPage(page);
        QCOMPARE(all.value(page).size(), one.size());
        for (qsizetype i = 0; i < one.size(); ++i) {
            QCOMPARE(all.value(page).at(i).name, one.at(i).name);
            QCOMPARE(all.value(page).at(i).sha256, one.at(i).sha256);
            QCOMPARE(all.value(page).at(i).size, one.at(i).size);
        }
    }
}

void TestAttachmentStore::theSameFileUnderItsNameIsNotDoubled()
{
    const QString sha = m_attachments->add("same", QStringLiteral("text/plain"));
    QCOMPARE(m_attachments->attach(m_page.id, QStringLiteral("s.txt"), sha),
             QStringLiteral("s.txt"));
    QCOMPARE(m_attachments->attach(m_page.id, QStringLiteral("s.txt"), sha),
             QStringLiteral("s.txt"));
    QCOMPARE(m_attachments->forPage(m_page.id).size(), 1);
    QCOMPARE(m_attachments->forPage(m_page.id).first().size, 4);
}

void TestAttachmentStore::numberedNamesKeepTheExtensionAndFolder()
{
    QCOMPARE(AttachmentStore::numberedName(QStringLiteral("diagram.png"), 2),
             QStringLiteral("diagram-2.png"));
    QCOMPARE(AttachmentStore::numberedName(QStringLiteral("notes"), 3), QStringLiteral("notes-3"));
    QCOMPARE(AttachmentStore::numberedName(QStringLiteral("img.v2/a.b.png"), 2),
             QStringLiteral("img.v2/a.b-2.png"));
    QCOMPARE(AttachmentStore::numberedName(QStringLiteral("img/.hidden"), 2),
             QStringLiteral("img/.hidden-2"));
}

void TestAttachmentStore::unknownNamesAndHashesAreNothing()
{
    QVERIFY(!m_attachments->find(m_page.id, QStringLiteral("nope.png")));
    QVERIFY(!m_attachments->blob(QString(64, u'0')));
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "TestAttachmentStore.moc"
