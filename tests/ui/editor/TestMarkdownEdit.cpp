#include "editor/MarkdownEdit.h"
#include "editor/MarkdownHighlighter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCompleter>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace folio;

// The Markdown editor as a writer types in it: completion after "[[", lists that go on,
// formatting keys that win over the window's, and highlighting.
class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingTwoBracketsOffersTitlesFuzzily();
    void choosingATitleClosesTheLink();
    void escapeClosesTheCompletionAndKeepsTheText();
    void titlesAreAskedForOncePerSession();
    void enterContinuesAList();
    void formattingKeysWinOverTheWindowShortcuts();
    void formattingIsUndoneInOneStep();
    void headingsCodeAndWikiLinksAreHighlighted();
    void aPastedPageLinkBecomesAWikiLink();

private:
    bool formatAt(int blockNumber, int position, const QTextCharFormat& wanted) const;

    std::unique_ptr<QMainWindow> m_window;
    MarkdownEdit* m_edit = nullptr;
    QAction* m_windowAction = nullptr;
    int m_titleRequests = 0;
};

void TestMarkdownEdit::init()
{
    m_window = std::make_unique<QMainWindow>();
    m_edit = new MarkdownEdit(m_window.get());
    m_window->setCentralWidget(m_edit);
    // The window's own Ctrl+B (the side panel in Folio).
    m_windowAction = new QAction(m_window.get());
    m_windowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_window->addAction(m_windowAction);
    m_titleRequests = 0;
    m_edit->setTitleSource([this] {
        ++m_titleRequests;
        return QStringList{QStringLiteral("Backup policy"),
                           QStringLiteral("Frequently asked questions"),
                           QStringLiteral("Leaflet aqueduct"), QStringLiteral("VPN setup")};
    });
    m_window->resize(600, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_edit->setFocus();
    QTRY_VERIFY(m_edit->hasFocus());
}

void TestMarkdownEdit::cleanup()
{
    m_window.reset();
}

void TestMarkdownEdit::aPastedPageLinkBecomesAWikiLink()
{
    const auto paste = [this](const QString& text) {
        m_edit->clear();
        auto* data = new QMimeData;
        data->setText(text);
        QGuiApplication::clipboard()->setMimeData(data);
        m_edit->paste();
        return m_edit->toPlainText();
    };
    // As Copy Link to Page writes it, with a section too.
    QCOMPARE(paste(QStringLiteral("folio://wiki/page/VPN%20setup")),
             QStringLiteral("[[VPN setup]]"));
    QCOMPARE(paste(QStringLiteral("folio://wiki/page/VPN%20setup#on-linux")),
             QStringLiteral("[[VPN setup#on-linux]]"));
    // Anything else is pasted as it is.
    QCOMPARE(paste(QStringLiteral("folio://wiki/style/folio.css")),
             QStringLiteral("folio://wiki/style/folio.css"));
    QCOMPARE(paste(QStringLiteral("see folio://wiki/page/X")),
             QStringLiteral("see folio://wiki/page/X"));
}

bool TestMarkdownEdit::formatAt(int blockNumber, int position, const QTextCharFormat& wanted) const
{
    const QTextBlock block = m_edit->document()->findBlockByNumber(blockNumber);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (position < range.start || position >= range.start + range.length)
            continue;
        const QTextCharFormat& f = range.format;
        if (wanted.hasProperty(QTextFormat::FontWeight) && f.fontWeight() != wanted.fontWeight())
            continue;
        if (wanted.hasProperty(QTextFormat::ForegroundBrush) &&
            f.foreground() != wanted.foreground())
            continue;
        if (wanted.hasProperty(QTextFormat::TextUnderlineStyle) &&
            f.fontUnderline() != wanted.fontUnderline())
            continue;
        return true;
    }
    return false;
}

void TestMarkdownEdit::typingTwoBracketsOffersTitlesFuzzily()
{
    QTest::keyClicks(m_edit, QStringLiteral("See [[fa"));
    QAbstractItemView* popup = m_edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    const QAbstractItemModel* model = popup->model();
    QCOMPARE(model->rowCount(), 2); // "Frequently asked questions", "Leaflet aqueduct"
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Frequently asked questions"));
    QCOMPARE(popup->currentIndex().row(), 0);
    // Letters that match no title close the list.
    QTest::keyClicks(m_edit, QStringLiteral("zzz"));
    QTRY_VERIFY(!popup->isVisible());
}

void TestMarkdownEdit::choosingATitleClosesTheLink()
{
    QTest::keyClicks(m_edit, QStringLiteral("See [[vpn"));
    QAbstractItemView* popup = m_edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("See [[VPN setup]]"));
    QCOMPARE(m_edit->textCursor().position(), int(m_edit->toPlainText().size()));
    // Typing on after the link opens nothing.
    QTest::keyClicks(m_edit, QStringLiteral(" now"));
    QVERIFY(!popup->isVisible());
}

void TestMarkdownEdit::escapeClosesTheCompletionAndKeepsTheText()
{
    QTest::keyClicks(m_edit, QStringLiteral("[[back"));
    QAbstractItemView* popup = m_edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("[[back"));
}

void TestMarkdownEdit::titlesAreAskedForOncePerSession()
{
    QTest::keyClicks(m_edit, QStringLiteral("[[a]] [[b"));
    QCOMPARE(m_titleRequests, 1);
    m_edit->forgetTitles();
    QTest::keyClicks(m_edit, QStringLiteral("c"));
    QCOMPARE(m_titleRequests, 2);
}

void TestMarkdownEdit::enterContinuesAList()
{
    QTest::keyClicks(m_edit, QStringLiteral("1. milk"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("eggs"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClick(m_edit, Qt::Key_Return); // an empty item ends the list
    QTest::keyClicks(m_edit, QStringLiteral("Done."));
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("1. milk\n2. eggs\nDone."));
}

void TestMarkdownEdit::formattingKeysWinOverTheWindowShortcuts()
{
    QSignalSpy windowShortcut(m_windowAction, &QAction::triggered);
    QTest::keyClicks(m_edit, QStringLiteral("word"));
    m_edit->selectAll();
    QTest::keyClick(m_edit, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("**word**"));
    QTest::keyClick(m_edit, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("## **word**"));
    QCOMPARE(windowShortcut.count(), 0);
    // Elsewhere in the window Ctrl+B is the window's again.
    m_edit->clearFocus();
    m_window->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(windowShortcut.count(), 1);
}

void TestMarkdownEdit::formattingIsUndoneInOneStep()
{
    QTest::keyClicks(m_edit, QStringLiteral("a"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("b"));
    m_edit->selectAll();
    m_edit->apply(MarkdownEdit::Format::BulletList);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("- a\n- b"));
    QTest::keyClick(m_edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("a\nb"));
}

void TestMarkdownEdit::headingsCodeAndWikiLinksAreHighlighted()
{
    m_edit->setPlainText(QStringLiteral("# Title\nsee [[VPN setup]] and `code`\n```\n# not a "
                                        "heading\n```\nplain"));
    const MarkdownHighlighter* h = m_edit->highlighter();
    using R = MarkdownHighlighter::Role;
    QVERIFY(formatAt(0, 2, h->formatFor(R::Heading)));
    QVERIFY(formatAt(1, 6, h->formatFor(R::WikiLink)));
    QVERIFY(!formatAt(1, 0, h->formatFor(R::WikiLink)));
    QVERIFY(formatAt(1, 25, h->formatFor(R::Code)));
    // Inside a fenced block everything is code, even a line that looks like a heading.
    QVERIFY(formatAt(3, 0, h->formatFor(R::Code)));
    QVERIFY(!formatAt(3, 0, h->formatFor(R::Heading)));
    QVERIFY(!formatAt(5, 0, h->formatFor(R::Code)));
}

QTEST_MAIN(TestMarkdownEdit)
#include "TestMarkdownEdit.moc"
