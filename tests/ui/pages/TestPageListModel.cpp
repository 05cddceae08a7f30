#include "pages/PageListModel.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestPageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsPagesByTitleAndFindsRows();
};

void TestPageListModel::listsPagesByTitleAndFindsRows()
{
    QTemporaryDir dir;
    const auto wiki = Wiki::open(dir.filePath(QStringLiteral("model.folio")));
    PageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(wiki->pages());
    QCOMPARE(model.rowCount(), wiki->pages().count());

    wiki->pages().create(PageContent{QStringLiteral("Äpfel"), PageKind::Faq, {}, {}},
                         QStringLiteral("ana"));
    model.reload(wiki->pages());
    const int row = model.rowOf(QStringLiteral("äPFEL"));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row, 0);
    QCOMPARE(index.data().toString(), QStringLiteral("Äpfel"));
    QCOMPARE(index.data(PageListModel::KindRole).toString(), QStringLiteral("faq"));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("FAQ")));
    QCOMPARE(model.rowOf(QStringLiteral("nothing")), -1);
}

QTEST_MAIN(TestPageListModel)
#include "TestPageListModel.moc"
