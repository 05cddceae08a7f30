#include "WebTestHelpers.h"
#include "editor/MarkdownEdit.h"
#include "editor/PageEditor.h"
#include "editor/PagePreview.h"
#include "store/PageStore.h"
#include "web/SchemeHandler.h"
#include "web/WebProfile.h"
#include "wiki/Wiki.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using test::evaluate;

// The editor with its live preview in a real WebEngine view: typing shows up rendered, links
// to missing pages look missing, the three layouts, and the preview scrolling with the source.
class TestPageEditorPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingShowsUpInThePreview();
    void linksToMissingPagesLookMissing();
    void layoutsShowSourcePreviewOrBoth();
    void thePreviewScrollsWithTheSource();
    void previewRunsNoScriptFromThePage();

private:
    QString bodyText() const
    {
        return evaluate(m_editor->preview()->page(),
                        QStringLiteral("document.querySelector('.page-body').innerHTML"))
            .toString();
    }
    // Waits until the preview's body satisfies `wanted`.
    bool waitForBody(const std::function<bool(const QString&)>& wanted)
    {
        return QTest::qWaitFor([&] { return wanted(bodyText()); }, 15000);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WebProfile> m_profile;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<PageEditor> m_editor;
    Page m_page;
};

void TestPageEditorPreview::initTestCase()
{
    m_profile = std::make_unique<WebProfile>();
}

void TestPageEditorPreview::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("preview-%1.folio").arg(++run)));
    m_profile->schemeHandler()->setStore(&m_wiki->pages());
    m_page = m_wiki->pages().create(
        {QStringLiteral("Printers"), PageKind::Guide, {}, QStringLiteral("Start here.")},
        QStringLiteral("Ana"));
    m_editor = std::make_unique<PageEditor>();
    auto* preview = new PagePreview(*m_profile, m_editor.get());
    preview->setWiki(m_wiki->path());
    m_editor->attachPreview(preview);
    m_editor->setViewMode(PageEditor::ViewMode::Split);
    m_editor->resize(1000, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    QSignalSpy shown(preview, &PagePreview::shown);
    m_editor->edit(m_page);
    QVERIFY(shown.wait(15000));
    QVERIFY(bodyText().contains(QStringLiteral("Start here.")));
}

void TestPageEditorPreview::cleanup()
{
    m_editor.reset();
    m_profile->schemeHandler()->setStore(nullptr);
    m_wiki.reset();
}

void TestPageEditorPreview::typingShowsUpInThePreview()
{
    MarkdownEdit* body = m_editor->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("Then **press** the button."));
    QVERIFY(waitForBody([](const QString& html) {
        return html.contains(QStringLiteral("<strong>press</strong>"));
    }));
    // The title field feeds the preview too.
    m_editor->titleEdit()->setText(QStringLiteral("Printers and scanners"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return evaluate(m_editor->preview()->page(),
                            QStringLiteral("document.querySelector('h1.page-title').textContent"))
                       .toString() == QStringLiteral("Printers and scanners");
        },
        15000));
    // Nothing was saved by previewing.
    QCOMPARE(m_wiki->pages().find(m_page.id)->content.body, QStringLiteral("Start here."));
}

void TestPageEditorPreview::linksToMissingPagesLookMissing()
{
    m_wiki->pages().create({QStringLiteral("Toner"), PageKind::Note, {}, QStringLiteral("x")},
                           QStringLiteral("Ana"));
    m_editor->bodyEdit()->setPlainText(QStringLiteral("[[Toner]] and [[Nowhere yet]]"));
    QVERIFY(
        waitForBody([](const QString& html) { return html.contains(QLatin1String("Nowhere")); }));
    const QString missing =
        evaluate(m_editor->preview()->page(),
                 QStringLiteral("Array.from(document.querySelectorAll('a')).filter(a => "
                                "a.className.includes('missing')).map(a => a.textContent).join()"))
            .toString();
    QCOMPARE(missing, QStringLiteral("Nowhere yet"));
}

void TestPageEditorPreview::layoutsShowSourcePreviewOrBoth()
{
    QWidget* source = m_editor->bodyEdit();
    QWidget* preview = m_editor->preview();
    QVERIFY(source->isVisible() && preview->isVisible());
    QSignalSpy changed(m_editor.get(), &PageEditor::viewModeChanged);
    m_editor->setViewMode(PageEditor::ViewMode::Source);
    QVERIFY(source->isVisible() && !preview->isVisible());
    m_editor->setViewMode(PageEditor::ViewMode::Preview);
    QVERIFY(!source->isVisible() && preview->isVisible());
    QCOMPARE(changed.count(), 2);
    // Ctrl+Shift+P goes round: preview → source.
    m_editor->activateWindow();
    preview->setFocus();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_editor.get(),
                    Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->viewMode(), PageEditor::ViewMode::Source);
    // Wanting to type brings the source back.
    m_editor->setViewMode(PageEditor::ViewMode::Preview);
    m_editor->focusBody();
    QCOMPARE(m_editor->viewMode(), PageEditor::ViewMode::Split);
    QVERIFY(source->isVisible());
}

void TestPageEditorPreview::thePreviewScrollsWithTheSource()
{
    QString text;
    for (int i = 1; i <= 300; ++i)
        text += QStringLiteral("Paragraph %1 of a long guide.\n\n").arg(i);
    QSignalSpy shown(m_editor->preview(), &PagePreview::shown);
    m_editor->bodyEdit()->setPlainText(text);
    QVERIFY(shown.wait(15000));
    QScrollBar* bar = m_editor->bodyEdit()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    const auto previewScroll = [&] {
        return evaluate(m_editor->preview()->page(),
                        QStringLiteral("window.scrollY / (document.documentElement.scrollHeight - "
                                       "window.innerHeight)"))
            .toDouble();
    };
    QTRY_VERIFY_WITH_TIMEOUT(previewScroll() > 0.95, 10000);
    bar->setValue(bar->maximum() / 2);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(previewScroll() - 0.5) < 0.05, 10000);
    // A new rendering keeps the place.
    m_editor->bodyEdit()->moveCursor(QTextCursor::End);
    m_editor->bodyEdit()->insertPlainText(QStringLiteral("The end."));
    bar->setValue(bar->maximum() / 2);
    QVERIFY(shown.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(previewScroll() - 0.5) < 0.05, 10000);
}

void TestPageEditorPreview::previewRunsNoScriptFromThePage()
{
    // Raw HTML is shown as text, and the policy forbids script anyway: the page's own world
    // never gets to set the title.
    m_editor->bodyEdit()->setPlainText(
        QStringLiteral("<script>document.title='pwned'</script>\n<img src=x "
                       "onerror=\"document.title='pwned'\">"));
    QVERIFY(
        waitForBody([](const QString& html) { return html.contains(QLatin1String("script")); }));
    QCOMPARE(evaluate(m_editor->preview()->page(), QStringLiteral("document.title")).toString(),
             QStringLiteral("Printers"));
    QVERIFY(!bodyText().contains(QLatin1String("<script")));
}

QTEST_MAIN(TestPageEditorPreview)
#include "TestPageEditorPreview.moc"
