#pragma once

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace folio {

// Go to a page by typing a few letters of its title (Ctrl+P): initials and word starts count
// ("faq" finds "Frequently asked questions"), pages opened lately come first, and the arrow
// keys move through the list without leaving the field; Enter opens, Esc closes.
class QuickSwitcher : public QDialog
{
    Q_OBJECT

public:
    explicit QuickSwitcher(QWidget* parent = nullptr);

    // `titles`: every page, in the order to list them while nothing is typed (by title);
    // `recent`: the pages opened lately, the latest first.
    void setPages(const QStringList& titles, const QStringList& recent);
    // The same titles as before, newly opened: a new list of recent pages, nothing typed.
    void setRecent(const QStringList& recent);
    // The title picked, once accepted.
    QString chosen() const { return m_chosen; }

    // At most this many titles are listed: enough to scroll, few enough to list instantly.
    static constexpr int kShown = 50;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void choose();

    QLineEdit* m_query;
    QListWidget* m_list;
    QLabel* m_nothing;
    QStringList m_titles;
    QStringList m_folded; // FuzzyMatch::fold of each title, folded once
    QSet<QString> m_known;
    // The titles the last letters matched: typing on only narrows them, so the next key
    // scores these rather than every title.
    QString m_lastLetters;
    QList<int> m_matched;
    QStringList m_recent;
    QHash<QString, int> m_recentRank; // title → 0 for the latest
    QString m_chosen;
};

} // namespace folio
