#include "navigation/QuickSwitcher.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace folio;

// The quick switcher (Ctrl+P) as a reader uses it: a few letters, arrow keys, Enter.
class TestQuickSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initialsAndWordStartsFindATitle_data();
    void initialsAndWordStartsFindATitle();
    void nothingTypedListsRecentPagesFirst();
    void aRecentPageWinsAmongLikeMatches();
    void arrowKeysMoveAndEnterOpens();
    void lettersNoTitleHoldsSaySo();
    void takingLettersBackWidensTheListAgain();
    void openedAgainItStartsAfresh();

private:
    QStringList shown() const
    {
        QStringList titles;
        for (int i = 0; i < m_list->count(); ++i)
            titles << m_list->item(i)->text();
        return titles;
    }

    std::unique_ptr<QuickSwitcher> m_switcher;
    QLineEdit* m_query = nullptr;
    QListWidget* m_list = nullptr;
    const QStringList m_titles{QStringLiteral("Frequently asked questions"),
                               QStringLiteral("Fax machines"),
                               QStringLiteral("Printers"),
                               QStringLiteral("Printer drivers"),
                               QStringLiteral("Quarterly figures"),
                               QStringLiteral("Welcome to Folio")};
};

void TestQuickSwitcher::init()
{
    m_switcher = std::make_unique<QuickSwitcher>();
    m_query = m_switcher->findChild<QLineEdit*>();
    m_list = m_switcher->findChild<QListWidget*>();
    QVERIFY(m_query && m_list);
    m_switcher->setPages(m_titles, {});
    m_switcher->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_switcher.get()));
}

void TestQuickSwitcher::cleanup()
{
    m_switcher.reset();
}

void TestQuickSwitcher::initialsAndWordStartsFindATitle_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::newRow("initials") << "faq"
                              << "Frequently asked questions";
    QTest::newRow("word starts, spaced") << "fa qu"
                                         << "Frequently asked questions";
    QTest::newRow("a prefix") << "print"
                              << "Printers";
    QTest::newRow("two words") << "prdr"
                               << "Printer drivers";
    QTest::newRow("any case") << "WELC"
                              << "Welcome to Folio";
}

void TestQuickSwitcher::initialsAndWordStartsFindATitle()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    QTest::keyClicks(m_query, typed);
    QVERIFY2(!shown().isEmpty(), qPrintable(typed));
    QCOMPARE(shown().first(), first);
}

void TestQuickSwitcher::nothingTypedListsRecentPagesFirst()
{
    // A title no longer in the wiki is left out; the rest follow by title.
    m_switcher->setPages(m_titles, {QStringLiteral("Printers"), QStringLiteral("Gone"),
                                    QStringLiteral("Fax machines")});
    QCOMPARE(shown(),
             (QStringList{QStringLiteral("Printers"), QStringLiteral("Fax machines"),
                          QStringLiteral("Frequently asked questions"),
                          QStringLiteral("Printer drivers"), QStringLiteral("Quarterly figures"),
                          QStringLiteral("Welcome to Folio")}));
    QCOMPARE(m_list->currentRow(), 0);
}

void TestQuickSwitcher::aRecentPageWinsAmongLikeMatches()
{
    QTest::keyClicks(m_query, QStringLiteral("printer"));
    QCOMPARE(shown().first(), QStringLiteral("Printers")); // the shorter, with nothing recent
    m_switcher->setPages(m_titles, {QStringLiteral("Printer drivers")});
    QCOMPARE(shown().first(), QStringLiteral("Printer drivers"));
}

void TestQuickSwitcher::arrowKeysMoveAndEnterOpens()
{
    QTest::keyClicks(m_query, QStringLiteral("pr"));
    QVERIFY(shown().size() >= 2);
    const QString second = shown().at(1);
    QTest::keyClick(m_query, Qt::Key_Down);
    QCOMPARE(m_list->currentRow(), 1);
    QCOMPARE(m_query->text(), QStringLiteral("pr")); // the field keeps the keys
    QVERIFY(m_query->hasFocus());
    QTest::keyClick(m_query, Qt::Key_Up);
    QTest::keyClick(m_query, Qt::Key_Down);
    QTest::keyClick(m_query, Qt::Key_Return);
    QCOMPARE(m_switcher->result(), int(QDialog::Accepted));
    QCOMPARE(m_switcher->chosen(), second);
}

void TestQuickSwitcher::lettersNoTitleHoldsSaySo()
{
    const auto* nothing = m_switcher->findChild<QLabel*>();
    QVERIFY(nothing);
    QVERIFY(!nothing->isVisible());
    QTest::keyClicks(m_query, QStringLiteral("zzq"));
    QVERIFY(shown().isEmpty());
    QVERIFY(nothing->isVisible());
    // Enter with nothing listed opens nothing and keeps the dialog.
    QTest::keyClick(m_query, Qt::Key_Return);
    QVERIFY(m_switcher->isVisible());
    QVERIFY(m_switcher->chosen().isEmpty());
}

void TestQuickSwitcher::takingLettersBackWidensTheListAgain()
{
    // Each key only narrows what the one before matched; a key taken back must not.
    QTest::keyClicks(m_query, QStringLiteral("fa"));
    QVERIFY(shown().contains(QStringLiteral("Fax machines")));
    QTest::keyClick(m_query, Qt::Key_Q);
    QCOMPARE(shown(), QStringList{QStringLiteral("Frequently asked questions")});
    QTest::keyClick(m_query, Qt::Key_Backspace);
    QVERIFY(shown().contains(QStringLiteral("Fax machines")));
    // A space changes nothing; letters typed after it narrow again.
    QTest::keyClicks(m_query, QStringLiteral(" m"));
    QCOMPARE(shown(), QStringList{QStringLiteral("Fax machines")});
    m_query->clear();
    QTest::keyClicks(m_query, QStringLiteral("q"));
    QCOMPARE(shown().size(), 2); // Frequently asked questions, Quarterly figures
}

void TestQuickSwitcher::openedAgainItStartsAfresh()
{
    QTest::keyClicks(m_query, QStringLiteral("fax"));
    QTest::keyClick(m_query, Qt::Key_Return);
    QCOMPARE(m_switcher->chosen(), QStringLiteral("Fax machines"));
    // The window keeps the switcher: the next time, nothing typed, the new recent pages first.
    m_switcher->setRecent({QStringLiteral("Fax machines")});
    QVERIFY(m_query->text().isEmpty());
    QVERIFY(m_switcher->chosen().isEmpty());
    QCOMPARE(shown().first(), QStringLiteral("Fax machines"));
    QCOMPARE(shown().size(), m_titles.size());
}

QTEST_MAIN(TestQuickSwitcher)
#include "TestQuickSwitcher.moc"
