#include "pages/TagsPanel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace folio;

// The Tags panel on its own: counts, the chosen tag's pages, and the keys that move between
// the two lists.
class TestTagsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTagsWithCountsAndThePagesOfTheChosenOne();
    void keepsTheChosenTagAcrossNewCounts();
    void movesBetweenTagsAndPagesFromTheKeyboard();
    void saysWhenNoPageCarriesATag();

private:
    QStringList rows(QListWidget* list) const
    {
        QStringList result;
        for (int row = 0; row < list->count(); ++row)
            result << list->item(row)->text();
        return result;
    }
    QString heading() const
    {
        for (QLabel* label : m_panel->findChildren<QLabel*>())
            if (label->buddy() == m_panel->pageList())
                return label->text();
        return {};
    }

    QHash<QString, QStringList> m_pages;
    QStringList m_asked;
    std::unique_ptr<TagsPanel> m_panel;
};

void TestTagsPanel::init()
{
    m_pages = {{QStringLiteral("network"), {QStringLiteral("VPN"), QStringLiteral("Wi-Fi")}},
               {QStringLiteral("onboarding"), {QStringLiteral("First day")}}};
    m_asked.clear();
    m_panel = std::make_unique<TagsPanel>([this](const QString& tag) {
        m_asked << tag;
        return m_pages.value(tag);
    });
    m_panel->setTags({{QStringLiteral("network"), 2}, {QStringLiteral("onboarding"), 1}});
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestTagsPanel::cleanup()
{
    m_panel.reset();
}

void TestTagsPanel::listsTagsWithCountsAndThePagesOfTheChosenOne()
{
    QCOMPARE(rows(m_panel->tagList()),
             (QStringList{QStringLiteral("network (2)"), QStringLiteral("onboarding (1)")}));
    m_panel->tagList()->setCurrentRow(0);
    QCOMPARE(m_panel->currentTag(), QStringLiteral("network"));
    QCOMPARE(rows(m_panel->pageList()),
             (QStringList{QStringLiteral("VPN"), QStringLiteral("Wi-Fi")}));
    QCOMPARE(heading(), QStringLiteral("Pages tagged “network”:"));

    QSignalSpy opened(m_panel.get(), &TagsPanel::pageActivated);
    m_panel->pageList()->setFocus();
    m_panel->pageList()->setCurrentRow(1);
    QTest::keyClick(m_panel->pageList(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("Wi-Fi"));
}

void TestTagsPanel::keepsTheChosenTagAcrossNewCounts()
{
    m_panel->tagList()->setCurrentRow(1);
    m_pages[QStringLiteral("onboarding")] << QStringLiteral("Laptop setup");
    m_panel->setTags({{QStringLiteral("a-new-tag"), 1},
                      {QStringLiteral("network"), 2},
                      {QStringLiteral("onboarding"), 2}});
    QCOMPARE(m_panel->currentTag(), QStringLiteral("onboarding"));
    QCOMPARE(rows(m_panel->pageList()),
             (QStringList{QStringLiteral("First day"), QStringLiteral("Laptop setup")}));
    // The tag went with its last page: nothing is chosen, nothing stale is listed.
    m_panel->setTags({{QStringLiteral("network"), 2}});
    QVERIFY(m_panel->currentTag().isEmpty());
    QVERIFY(rows(m_panel->pageList()).isEmpty());
}

void TestTagsPanel::movesBetweenTagsAndPagesFromTheKeyboard()
{
    QListWidget* tags = m_panel->tagList();
    tags->setFocus();
    tags->setCurrentRow(0);
    QTest::keyClick(tags, Qt::Key_Down);
    QCOMPARE(m_panel->currentTag(), QStringLiteral("onboarding"));
    QTest::keyClick(tags, Qt::Key_Right);
    QVERIFY(m_panel->pageList()->hasFocus());
    QCOMPARE(m_panel->pageList()->currentItem()->text(), QStringLiteral("First day"));
    QTest::keyClick(m_panel->pageList(), Qt::Key_Left);
    QVERIFY(tags->hasFocus());
    QTest::keyClick(tags, Qt::Key_Up);
    QTest::keyClick(tags, Qt::Key_Return);
    QVERIFY(m_panel->pageList()->hasFocus());
    QCOMPARE(m_panel->pageList()->currentItem()->text(), QStringLiteral("VPN"));
}

void TestTagsPanel::saysWhenNoPageCarriesATag()
{
    m_panel->showTag(QStringLiteral("network"));
    QVERIFY(m_panel->pageList()->hasFocus());
    QCOMPARE(m_panel->pageList()->currentItem()->text(), QStringLiteral("VPN"));
    m_panel->showTag(QStringLiteral("nobody-uses-this"));
    QCOMPARE(heading(), QStringLiteral("No page shown here carries the tag “nobody-uses-this”."));
    QVERIFY(m_panel->currentTag().isEmpty());
    QVERIFY(rows(m_panel->pageList()).isEmpty());
    m_panel->setTags({});
    QCOMPARE(heading(), QStringLiteral("No page has tags yet."));
}

QTEST_MAIN(TestTagsPanel)
#include "TestTagsPanel.moc"
