#include "common/MessageBox.h"
#include "core/Translations.h"
#include "history/DiffView.h"
#include "history/HistoryView.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace folio;
using namespace Qt::StringLiterals;

// A page's history: revisions listed newest first, what one changed or two differ by, and
// restoring an old text as a new revision.
class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsRevisionsAndShowsWhatTheNewestChanged();
    void comparesTwoChosenRevisions();
    void restoresAnOlderTextAsANewRevision();

private:
    void choose(const QList<int>& rows)
    {
        m_view->revisions()->clearSelection();
        for (int row : rows)
            m_view->revisions()->topLevelItem(row)->setSelected(true);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<HistoryView> m_view;
    Page m_page;
};

void TestHistoryView::initTestCase()
{
    // As the app does: "1 line added", not "1 line(s) added".
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    Translations::install(*QCoreApplication::instance());
}

void TestHistoryView::init()
{
    static int run = 0;
    m_wiki = Wiki::open(m_dir.filePath(u"history-%1.folio"_s.arg(++run)));
    PageStore& pages = m_wiki->pages();
    const QString ana = u"ana"_s;
    m_page = pages.create({u"Runbook"_s, PageKind::Guide, {}, u"Turn it off.\nWait.\n"_s}, ana);
    m_page = pages.update(
        m_page.id, {u"Runbook"_s, PageKind::Guide, {}, u"Turn it off and unplug it.\nWait.\n"_s},
        m_page.revisionId, u"ben"_s, u"safer"_s);
    m_page = pages.update(
        m_page.id,
        {u"Runbook"_s, PageKind::Guide, {}, u"Turn it off and unplug it.\nWait.\nTurn it on.\n"_s},
        m_page.revisionId, ana);
    m_view = std::make_unique<HistoryView>([] { return u"cy"_s; });
    m_view->open(pages, m_page);
}

void TestHistoryView::cleanup()
{
    m_view.reset();
    m_wiki.reset();
}

void TestHistoryView::listsRevisionsAndShowsWhatTheNewestChanged()
{
    QTreeWidget* list = m_view->revisions();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(1)->text(2), u"ben"_s);
    QCOMPARE(list->topLevelItem(1)->text(4), u"safer"_s);
    QCOMPARE(list->topLevelItem(0)->text(0), QString::number(m_page.revisionId));
    QVERIFY2(m_view->heading().contains(u"1 line added, 0 removed"_s),
             qPrintable(m_view->heading()));
    QVERIFY(m_view->diff()->toPlainText().contains(u"Turn it on."_s));
    QVERIFY(!m_view->restoreButton()->isEnabled()); // the newest is the current text

    choose({1});
    QVERIFY(m_view->heading().contains(u"1 line added, 1 removed"_s));
    QVERIFY(m_view->heading().endsWith(u"safer"_s));
    QVERIFY(m_view->restoreButton()->isEnabled());
}

void TestHistoryView::comparesTwoChosenRevisions()
{
    choose({0, 2});
    QVERIFY(m_view->heading().startsWith(u"Changes from revision"_s));
    QCOMPARE(m_view->diff()->addedLines(), 2);
    QCOMPARE(m_view->diff()->removedLines(), 1);
    QVERIFY(!m_view->restoreButton()->isEnabled());
    QTest::mouseClick(m_view->layoutButton(), Qt::LeftButton);
    QCOMPARE(m_view->diff()->layout(), DiffView::Layout::SideBySide);
}

void TestHistoryView::restoresAnOlderTextAsANewRevision()
{
    choose({2});
    QSignalSpy restored(m_view.get(), &HistoryView::restored);
    QTest::mouseClick(m_view->restoreButton(), Qt::LeftButton);
    QCOMPARE(restored.count(), 1);
    const Page now = *m_wiki->pages().find(m_page.id);
    QCOMPARE(now.content.body, u"Turn it off.\nWait.\n"_s);
    const QList<Revision> history = m_wiki->pages().history(m_page.id);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.first().author, u"cy"_s);
    // The list shows the new revision at the top.
    QCOMPARE(m_view->revisions()->topLevelItemCount(), 4);
    QCOMPARE(m_view->revisions()->topLevelItem(0)->text(0), QString::number(now.revisionId));
}

QTEST_MAIN(TestHistoryView)
#include "TestHistoryView.moc"
