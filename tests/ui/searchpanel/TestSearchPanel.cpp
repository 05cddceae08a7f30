#include "core/Translations.h"
#include "search/SearchController.h"
#include "searchpanel/SearchPanel.h"
#include "searchpanel/SearchResultsModel.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// The results panel on the search thread, as the window uses it.
class TestSearchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saysHowManyPagesMatchInAll();
    void loadsMoreAsTheListScrolls();
    void keysDownTheListLoadMoreToo();
    void didYouMeanComesBackWhenTheQueryIsTypedAgain();
    void aFilterItCannotReadIsNamed();

private:
    QAbstractItemModel* results() const { return m_panel->listView()->model(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Wiki> m_wiki;
    std::unique_ptr<SearchController> m_controller;
    std::unique_ptr<SearchPanel> m_panel;
};

void TestSearchPanel::initTestCase()
{
    Translations::install(*QCoreApplication::instance()); // "1 page", "450 pages"
    m_wiki = Wiki::open(m_dir.filePath(QStringLiteral("panel.folio")));
    QList<PageContent> pages;
    for (int i = 0; i < 450; ++i)
        pages << PageContent{QStringLiteral("Zygote notes %1").arg(i, 3, 10, QLatin1Char('0')),
                             PageKind::Note,
                             {},
                             QStringLiteral("All about the zygote, part %1.").arg(i)};
    pages << PageContent{QStringLiteral("Printer"),
                         PageKind::Guide,
                         {},
                         QStringLiteral("The printer is on floor two.")};
    m_wiki->pages().writeAll(pages, QStringLiteral("ana"));
}

void TestSearchPanel::init()
{
    m_controller = std::make_unique<SearchController>();
    m_controller->setWiki(m_wiki->path());
    m_panel = std::make_unique<SearchPanel>(*m_controller);
    m_panel->resize(320, 480);
    m_panel->show();
}

void TestSearchPanel::cleanup()
{
    m_panel.reset();
    m_controller.reset();
}

// "after:yesterday" is not "no match" but a date it cannot read (once typed: while it is the
// last word, it may be a date still being typed).
void TestSearchPanel::aFilterItCannotReadIsNamed()
{
    m_panel->setQuery(QStringLiteral("after:yesterday printer"));
    QTRY_COMPARE(m_panel->statusText(), QStringLiteral("after: takes a date such as 2024-05-01."));
    m_panel->setQuery(QStringLiteral("printer"));
    QTRY_COMPARE(m_panel->statusText(), QStringLiteral("1 page found"));
}

void TestSearchPanel::saysHowManyPagesMatchInAll()
{
    m_panel->setQuery(QStringLiteral("zygote"));
    QTRY_COMPARE(results()->rowCount(), 20);
    // It said "20 pages found" when 450 matched.
    QCOMPARE(m_panel->statusText(), QStringLiteral("450 pages found"));
    m_panel->setQuery(QStringLiteral("printer"));
    QTRY_COMPARE(m_panel->statusText(), QStringLiteral("1 page found"));
}

void TestSearchPanel::loadsMoreAsTheListScrolls()
{
    m_panel->setQuery(QStringLiteral("zygote"));
    QTRY_COMPARE(results()->rowCount(), 20);
    QListView* list = m_panel->listView();
    list->setCurrentIndex(results()->index(3, 0));
    const QString third = results()->index(3, 0).data().toString();
    QTRY_VERIFY(list->verticalScrollBar()->maximum() > 0);
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
    QTRY_COMPARE(results()->rowCount(), 70);
    // The rows already there stay, and so does the selection.
    QCOMPARE(list->currentIndex().row(), 3);
    QCOMPARE(results()->index(3, 0).data().toString(), third);
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
    QTRY_COMPARE(results()->rowCount(), 120);
    QCOMPARE(m_panel->statusText(), QStringLiteral("450 pages found"));
}

void TestSearchPanel::keysDownTheListLoadMoreToo()
{
    m_panel->setQuery(QStringLiteral("zygote"));
    QTRY_COMPARE(results()->rowCount(), 20);
    for (int i = 0; i < 19; ++i)
        m_panel->moveSelection(1);
    QTRY_COMPARE(results()->rowCount(), 70);
    QCOMPARE(m_panel->listView()->currentIndex().row(), 19);
}

void TestSearchPanel::didYouMeanComesBackWhenTheQueryIsTypedAgain()
{
    const auto suggestion = [this] {
        return results()->rowCount() == 1
                   ? results()->index(0, 0).data(SearchResultsModel::SuggestionRole).toString()
                   : QString();
    };
    m_panel->setQuery(QStringLiteral("pritner"));
    QTRY_COMPARE(suggestion(), QStringLiteral("printer"));
    // Esc in the window clears the query; the same misspelling typed again is corrected again.
    m_panel->setQuery(QString());
    QCOMPARE(results()->rowCount(), 0);
    m_panel->setQuery(QStringLiteral("pritner"));
    QTRY_COMPARE(suggestion(), QStringLiteral("printer"));
}

QTEST_MAIN(TestSearchPanel)
#include "TestSearchPanel.moc"
