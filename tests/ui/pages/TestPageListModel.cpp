#include "pages/PageListModel.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;
using namespace Qt::StringLiterals;

class TestPageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsPagesByTitleAndFindsThem();
    void groupsPagesUnderTheirKind();
    void showsPagesUnderTheirParents();
    void loopingParentsLeaveEveryPageReachable();
    void aDropAsksToMoveButNeverUnderItself();

private:
    Page create(const QString& title, PageKind kind = PageKind::Note)
    {
        return m_wiki->pages().create(PageContent{title, kind, {}, {}}, u"ana"_s);
    }
    // Every title under `parent`, depth first, indented by level: the tree as a reader sees it.
    QStringList outline(const QModelIndex& parent = {}, int level = 0) const
    {
        QStringList lines;
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex at = m_model->index(row, 0, parent);
            lines << QString(level * 2, u' ') + at.data().toString();
            lines += outline(at, level + 1);
        }
        return lines;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<PageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPageListModel::init()
{
    QFile::remove(m_dir.filePath(u"model.folio"_s));
    m_wiki = Wiki::open(m_dir.filePath(u"model.folio"_s), {}, Wiki::NewWiki::Empty);
    m_model = std::make_unique<PageListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPageListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_wiki.reset();
}

void TestPageListModel::listsPagesByTitleAndFindsThem()
{
    create(u"Zebra"_s);
    create(u"apple"_s);
    create(u"Äpfel"_s, PageKind::Faq);
    m_model->reload(m_wiki->pages());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(outline().mid(0, 2), (QStringList{u"apple"_s, u"Zebra"_s}));
    const QModelIndex index = m_model->indexOf(u"äPFEL"_s);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), u"Äpfel"_s);
    QCOMPARE(index.data(PageListModel::KindRole).toString(), u"faq"_s);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("FAQ")));
    QVERIFY(!m_model->indexOf(u"nothing"_s).isValid());
    QCOMPARE(m_model->countMatching(u"PFE"_s), 1);
    // Pages cannot be dragged while they are listed by title.
    QVERIFY(!(m_model->flags(index) & Qt::ItemIsDragEnabled));
}

void TestPageListModel::groupsPagesUnderTheirKind()
{
    create(u"Printers"_s, PageKind::Guide);
    create(u"Scanners"_s, PageKind::Guide);
    create(u"Why is it slow?"_s, PageKind::Faq);
    m_model->reload(m_wiki->pages());
    m_model->setGrouping(PageGrouping::Kind);
    QCOMPARE(outline(), (QStringList{u"Guides (2)"_s, u"  Printers"_s, u"  Scanners"_s,
                                     u"FAQs (1)"_s, u"  Why is it slow?"_s}));
    // A heading is no page: it has no title and cannot be chosen.
    const QModelIndex heading = m_model->index(0, 0);
    QVERIFY(heading.data(PageListModel::TitleRole).toString().isEmpty());
    QVERIFY(!(m_model->flags(heading) & Qt::ItemIsSelectable));
    QCOMPARE(m_model->indexOf(u"scanners"_s).parent(), heading);
}

void TestPageListModel::showsPagesUnderTheirParents()
{
    const Page printing = create(u"Printing"_s);
    const Page printers = create(u"Printers"_s);
    const Page toner = create(u"Toner"_s);
    create(u"Alpha"_s);
    m_wiki->pages().move(printers.id, printing.id, u"ana"_s);
    m_wiki->pages().move(toner.id, printers.id, u"ana"_s);
    m_model->setGrouping(PageGrouping::Hierarchy);
    m_model->reload(m_wiki->pages());
    QCOMPARE(outline(), (QStringList{u"Alpha"_s, u"Printing"_s, u"  Printers"_s, u"    Toner"_s}));
    QCOMPARE(m_model->indexOf(u"Toner"_s).parent().data().toString(), u"Printers"_s);

    // The parent left out (a draft, with drafts hidden): its children come to the top.
    m_wiki->pages().setState(printing.id, {PageStatus::Draft, PageVisibility::Internal}, u"ana"_s);
    m_model->reload(m_wiki->pages(), PageFilter::Published);
    QCOMPARE(outline(), (QStringList{u"Alpha"_s, u"Printers"_s, u"  Toner"_s}));
}

void TestPageListModel::loopingParentsLeaveEveryPageReachable()
{
    const Page a = create(u"A"_s);
    const Page b = create(u"B"_s);
    const Page c = create(u"C"_s);
    m_wiki->pages().move(c.id, b.id, u"ana"_s);
    m_wiki->pages().move(b.id, a.id, u"ana"_s);
    // Two machines merged: A is now under B while B is under A.
    m_wiki->pages().database().exec(
        u"UPDATE pages SET parent_page = (SELECT uuid FROM pages WHERE title = 'B') "
        "WHERE title = 'A'"_s);
    m_model->setGrouping(PageGrouping::Hierarchy);
    m_model->reload(m_wiki->pages());
    QCOMPARE(outline(), (QStringList{u"A"_s, u"B"_s, u"  C"_s}));
}

void TestPageListModel::aDropAsksToMoveButNeverUnderItself()
{
    const Page printing = create(u"Printing"_s);
    const Page printers = create(u"Printers"_s);
    create(u"Scanners"_s);
    m_wiki->pages().move(printers.id, printing.id, u"ana"_s);
    m_model->reload(m_wiki->pages());
    m_model->setGrouping(PageGrouping::Hierarchy);
    QSignalSpy moves(m_model.get(), &PageListModel::moveRequested);

    const QModelIndex printingIndex = m_model->indexOf(u"Printing"_s);
    const std::unique_ptr<QMimeData> dragged(m_model->mimeData({printingIndex}));
    QVERIFY(dragged);
    // Onto itself, or onto the page under it: refused.
    QVERIFY(!m_model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, printingIndex));
    QVERIFY(!m_model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0,
                                      m_model->indexOf(u"Printers"_s)));
    QVERIFY(!m_model->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0,
                                   m_model->indexOf(u"Printers"_s)));
    // Onto another page: asked for once the drop is over.
    const QModelIndex scanners = m_model->indexOf(u"Scanners"_s);
    QVERIFY(m_model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, scanners));
    m_model->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, scanners);
    QCOMPARE(moves.size(), 0);
    QTRY_COMPARE(moves.size(), 1);
    QCOMPARE(moves.first(), (QVariantList{u"Printing"_s, u"Scanners"_s}));
    // Onto the empty space below the tree: to the top.
    const std::unique_ptr<QMimeData> child(m_model->mimeData({m_model->indexOf(u"Printers"_s)}));
    m_model->dropMimeData(child.get(), Qt::MoveAction, -1, -1, {});
    QTRY_COMPARE(moves.size(), 2);
    QCOMPARE(moves.last(), (QVariantList{u"Printers"_s, QString()}));
    // Something that is not a page of this wiki is not taken.
    QMimeData text;
    text.setText(u"Printing"_s);
    QVERIFY(!m_model->canDropMimeData(&text, Qt::MoveAction, -1, 0, scanners));
}

QTEST_MAIN(TestPageListModel)
#include "TestPageListModel.moc"
