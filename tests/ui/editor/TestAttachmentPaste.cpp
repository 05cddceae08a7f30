#include "WebTestHelpers.h"
#include "common/MessageBox.h"
#include "editor/EditSession.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "editor/PagePreview.h"
#include "store/AttachmentStore.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "web/SchemeHandler.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using test::evaluate;

// Pictures and files pasted into the editor: stored once by SHA-256, linked from the Markdown,
// and shown in the preview through Folio's scheme.
class TestAttachmentPaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pastingAPictureTwiceStoresItOnceAndItRenders();
    void aNewPageShowsItsPictureBeforeAndAfterTheFirstSave();
    void aFileOverTheLimitIsRefusedWithAMessage();
    void pastedFilesBecomeLinks();

private:
    static QByteArray png(Qt::GlobalColor color)
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        image.save(&buffer, "PNG");
        return bytes;
    }
    void pastePicture(const QByteArray& bytes)
    {
        auto* data = new QMimeData;
        data->setData(QStringLiteral("image/png"), bytes);
        data->setImageData(QImage::fromData(bytes));
        QGuiApplication::clipboard()->setMimeData(data);
        m_editor->bodyEdit()->paste();
    }
    int blobCount() const
    {
        Statement count(m_wiki->database(), QStringLiteral("SELECT count(*) FROM attachments"));
        count.step();
        return int(count.int64(0));
    }
    // The natural width of every picture in the preview, once each has loaded (0: broken).
    QString previewPictureWidths() const
    {
        return evaluate(m_editor->preview()->page(),
                        QStringLiteral("Array.from(document.querySelectorAll('.page-body img'))"
                                       ".map(i => i.complete ? i.naturalWidth : -1).join()"))
            .toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<QStackedWidget> m_content;
    PageEditor* m_editor = nullptr;
    EditSession* m_session = nullptr;
    Page m_page;
};

void TestAttachmentPaste::initTestCase()
{
    m_profile = std::make_unique<WebProfile>();
}

void TestAttachmentPaste::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("paste-%1.folio").arg(++run)));
    m_profile->schemeHandler()->setStore(&m_wiki->pages());
    m_page = m_wiki->pages().create(
        {QStringLiteral("Printers"), PageKind::Guide, {}, QStringLiteral("Start here.\n\n")},
        QStringLiteral("Ana"));
    m_content = std::make_unique<QStackedWidget>();
    auto* reader = new QWidget(m_content.get());
    m_editor = new PageEditor(m_content.get());
    auto* preview = new PagePreview(*m_profile, m_editor);
    preview->setWiki(m_wiki->path());
    m_editor->attachPreview(preview);
    m_content->addWidget(reader);
    m_content->addWidget(m_editor);
    m_session = new EditSession(
        *m_editor, *m_content, *reader, [] { return QStringLiteral("Ana"); }, m_content.get());
    m_session->setStore(&m_wiki->pages());
    m_content->resize(1000, 600);
    m_content->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_content.get()));
}

void TestAttachmentPaste::cleanup()
{
    m_content.reset();
    m_profile->schemeHandler()->setStore(nullptr);
    m_wiki.reset();
}

void TestAttachmentPaste::pastingAPictureTwiceStoresItOnceAndItRenders()
{
    m_session->edit(m_page);
    m_editor->bodyEdit()->moveCursor(QTextCursor::End);
    const QByteArray red = png(Qt::red);
    pastePicture(red);
    m_editor->bodyEdit()->insertPlainText(QStringLiteral("\n\nAnd again:\n\n"));
    pastePicture(red);
    QCOMPARE(m_editor->content().body,
             QStringLiteral("Start here.\n\n![pasted-image.png](pasted-image.png)\n\nAnd "
                            "again:\n\n![pasted-image.png](pasted-image.png)"));
    QCOMPARE(blobCount(), 1);
    QCOMPARE(AttachmentStore(m_wiki->database()).forPage(m_page.id).size(), 1);
    // Both show in the preview, at their real size.
    QTRY_COMPARE_WITH_TIMEOUT(previewPictureWidths(), QStringLiteral("40,40"), 15000);

    // A different picture gets a name of its own.
    pastePicture(png(Qt::blue));
    QVERIFY(m_editor->content().body.endsWith(QLatin1String("(pasted-image-2.png)")));
    QCOMPARE(blobCount(), 2);
    QVERIFY(m_session->save());
    QVERIFY(
        m_wiki->pages().find(m_page.id)->content.body.contains(QLatin1String("pasted-image-2")));
}

void TestAttachmentPaste::aNewPageShowsItsPictureBeforeAndAfterTheFirstSave()
{
    m_session->editNew(QStringLiteral("Scanners"));
    pastePicture(png(Qt::green));
    QTRY_COMPARE_WITH_TIMEOUT(previewPictureWidths(), QStringLiteral("40"), 15000);
    QVERIFY(m_session->save());
    const Page saved = *m_wiki->pages().find(QStringLiteral("Scanners"));
    const QList<AttachmentStore::Named> attached =
        AttachmentStore(m_wiki->database()).forPage(saved.id);
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached.first().name, QStringLiteral("pasted-image.png"));
    // Opened again, the saved page shows it from the wiki (a new rendering, not the old one).
    QSignalSpy shown(m_editor->preview(), &PagePreview::shown);
    m_session->edit(saved);
    QVERIFY(shown.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(previewPictureWidths(), QStringLiteral("40"), 15000);
}

void TestAttachmentPaste::aFileOverTheLimitIsRefusedWithAMessage()
{
    m_session->edit(m_page);
    m_editor->bodyEdit()->setAttachmentLimit(100);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    pastePicture(png(Qt::red));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("at most 100 bytes")));
    QCOMPARE(m_editor->content().body, QStringLiteral("Start here.\n\n"));
    QCOMPARE(blobCount(), 0);
}

void TestAttachmentPaste::pastedFilesBecomeLinks()
{
    const QString path = m_dir.filePath(QStringLiteral("error log.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("E42 paper jam\n");
    file.close();
    m_session->edit(m_page);
    m_editor->bodyEdit()->moveCursor(QTextCursor::End);
    auto* data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(path)});
    QGuiApplication::clipboard()->setMimeData(data);
    m_editor->bodyEdit()->paste();
    QVERIFY(m_editor->content().body.endsWith(QLatin1String("[error log.txt](error%20log.txt)")));
    const std::optional<QString> sha =
        AttachmentStore(m_wiki->database()).find(m_page.id, QStringLiteral("error log.txt"));
    QVERIFY(sha);
    QCOMPARE(AttachmentStore(m_wiki->database()).blob(*sha)->data, QByteArray("E42 paper jam\n"));
}

QTEST_MAIN(TestAttachmentPaste)
#include "TestAttachmentPaste.moc"
