#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QTimer;

namespace folio {

class SearchController;
class SearchResultsModel;
struct SearchResult;

// The sidebar while a search is typed: results update on every keystroke; the window's
// search field drives it (arrows move, Enter opens, Esc leaves).
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(SearchController& controller, QWidget* parent = nullptr);

    void setQuery(const QString& text);
    void moveSelection(int delta);
    // Opens the selected result (or takes the selected suggestion); false if there is none.
    bool activateCurrent();

    QListView* listView() const { return m_list; }
    SearchResultsModel* model() const { return m_model; }
    QString statusText() const;

Q_SIGNALS:
    void pageChosen(const QString& title, const QStringList& highlightWords);
    void suggestionChosen(const QString& query);
    // `inArchive`: the words matched in the link's archived page, to be marked in it.
    void linkChosen(qint64 linkId, bool inArchive, const QStringList& highlight);

private:
    void showResult(const QString& text, const SearchResult& result);
    void activate(const QModelIndex& index);
    // Asks for the next rows of the answer, when there are more than are loaded.
    void loadMore();
    void updateStatus();

    // The first answer is short, so a keystroke costs little; more arrive as the list scrolls.
    static constexpr int kFirstRows = 20;
    static constexpr int kMoreRows = 50;

    SearchController& m_controller;
    SearchResultsModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QString m_query;
    // Fires when typing pauses on a query that found nothing: then it is read as finished,
    // which may bring "did you mean" suggestions.
    QTimer* m_pause = nullptr;
    QString m_settled;    // the query last searched as finished
    bool m_typing = true; // how m_query was last asked: still being typed, or finished
    int m_limit = kFirstRows;
    bool m_loadingMore = false;
};

} // namespace folio
