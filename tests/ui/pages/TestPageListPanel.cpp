#include "core/Translations.h"
#include "pages/PageListPanel.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace folio;
using namespace Qt::StringLiterals;

// The page list panel on its own: what the filter shows and what it leaves behind.
class TestPageListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void whileFilteringAHeadingCountsThePagesShown();
    void clearingTheFilterLeavesTheTreeAsTheReaderHadIt();

private:
    Page create(const QString& title, PageKind kind = PageKind::Note)
    {
        return m_wiki->pages().create(PageContent{title, kind, {}, {}}, u"ana"_s);
    }
    void moveUnder(const Page& page, const Page& parent)
    {
        m_wiki->pages().move(page.id, parent.id, u"ana"_s);
    }
    QModelIndex indexOf(const QString& title) const
    {
        QAbstractItemModel* model = m_panel->pageView()->model();
        const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, title, 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        return found.value(0);
    }
    bool isExpanded(const QString& title) const
    {
        return m_panel->pageView()->isExpanded(indexOf(title));
    }
    QString count() const { return m_panel->findChild<QLabel*>(u"pageCount"_s)->text(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<PageListPanel> m_panel;
};

void TestPageListPanel::initTestCase()
{
    // English plurals ("4 pages") come from the English translation.
    QLocale::setDefault(QLocale(QLocale::English));
    Translations::install(*QCoreApplication::instance());
}

void TestPageListPanel::init()
{
    QFile::remove(m_dir.filePath(u"panel.folio"_s));
    m_wiki = Wiki::open(m_dir.filePath(u"panel.folio"_s), {}, Wiki::NewWiki::Empty);
    m_panel = std::make_unique<PageListPanel>();
    m_panel->show();
}

void TestPageListPanel::cleanup()
{
    m_panel.reset();
    m_wiki.reset();
}

void TestPageListPanel::whileFilteringAHeadingCountsThePagesShown()
{
    create(u"Printers"_s, PageKind::Guide);
    create(u"Print queues"_s, PageKind::Guide);
    create(u"Scanners"_s, PageKind::Guide);
    create(u"Why is printing slow?"_s, PageKind::Faq);
    m_panel->setGrouping(PageGrouping::Kind);
    m_panel->reload(m_wiki->pages());
    QAbstractItemModel* model = m_panel->pageView()->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"Guides (3)"_s);
    QCOMPARE(count(), u"4 pages"_s);

    QTest::keyClicks(m_panel->filterEdit(), u"queue"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), u"Guides (1)"_s);
    QCOMPARE(model->index(0, 0).data(Qt::AccessibleTextRole).toString(), u"Guides (1)"_s);
    QCOMPARE(count(), u"1 of 4 pages"_s);

    m_panel->filterEdit()->clear();
    QCOMPARE(model->index(0, 0).data().toString(), u"Guides (3)"_s);
    QCOMPARE(model->index(1, 0).data().toString(), u"FAQs (1)"_s);
}

void TestPageListPanel::clearingTheFilterLeavesTheTreeAsTheReaderHadIt()
{
    const Page printing = create(u"Printing"_s);
    const Page printers = create(u"Printers"_s);
    const Page toner = create(u"Toner"_s);
    const Page scanning = create(u"Scanning"_s);
    const Page scanners = create(u"Scanners"_s);
    moveUnder(printers, printing);
    moveUnder(toner, printers);
    moveUnder(scanners, scanning);
    m_panel->setGrouping(PageGrouping::Hierarchy);
    m_panel->reload(m_wiki->pages());
    m_panel->pageView()->expand(indexOf(u"Printing"_s));
    QVERIFY(isExpanded(u"Printing"_s));
    QVERIFY(!isExpanded(u"Printers"_s));
    QVERIFY(!isExpanded(u"Scanning"_s));

    // Typing opens every branch to show the matches deep in it.
    QTest::keyClicks(m_panel->filterEdit(), u"scan"_s);
    QVERIFY(isExpanded(u"Scanning"_s));
    QVERIFY(!indexOf(u"Toner"_s).isValid());

    // Cleared, the branches are as they were, but for the way down to the page chosen.
    m_panel->filterEdit()->clear();
    QVERIFY(isExpanded(u"Printing"_s));
    QVERIFY(!isExpanded(u"Printers"_s));
    QVERIFY(!isExpanded(u"Scanning"_s));

    QTest::keyClicks(m_panel->filterEdit(), u"ton"_s);
    m_panel->select(u"Toner"_s);
    m_panel->filterEdit()->clear();
    QCOMPARE(m_panel->pageView()->currentIndex().data().toString(), u"Toner"_s);
    QVERIFY(isExpanded(u"Printers"_s));
    QVERIFY(!isExpanded(u"Scanning"_s));
}

QTEST_MAIN(TestPageListPanel)
#include "TestPageListPanel.moc"
