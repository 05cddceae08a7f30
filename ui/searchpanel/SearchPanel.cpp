#include "searchpanel/SearchPanel.h"

#include "search/SearchController.h"
#include "search/SearchQuery.h"
#include "searchpanel/SearchResultDelegate.h"
#include "searchpanel/SearchResultsModel.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace folio {

SearchPanel::SearchPanel(SearchController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_model(new SearchResultsModel(this)),
      m_list(new QListView(this)), m_status(new QLabel(this)), m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(500);
    connect(m_pause, &QTimer::timeout, this, [this] {
        m_settled = m_query;
        m_typing = false;
        m_controller.search(m_query, m_limit, false);
    });
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the search field
    m_status->setContentsMargins(4, 0, 4, 0);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(&m_controller, &SearchController::resultsReady, this, &SearchPanel::showResult);
    connect(&m_controller, &SearchController::searchFailed, this, [this](const QString& message) {
        m_loadingMore = false;
        m_status->setText(tr("Search failed: %1").arg(message));
    });
    connect(m_list, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_list->verticalScrollBar()->maximum() - 2 * m_list->sizeHintForRow(0))
            loadMore();
    });
}

void SearchPanel::setQuery(const QString& text)
{
    m_query = text;
    m_pause->stop();
    // A new query starts over: short, typed, and not yet asked as finished (a misspelling
    // typed again after Esc gets its "did you mean" again).
    m_settled.clear();
    m_typing = true;
    m_limit = kFirstRows;
    m_loadingMore = false;
    if (SearchQuery::parse(text).isEmpty()) {
        m_controller.cancel();
        m_model->clear();
        m_status->clear();
        return;
    }
    m_controller.search(text, m_limit, m_typing);
}

void SearchPanel::showResult(const QString& text, const SearchResult& result)
{
    if (text != m_query)
        return;
    m_loadingMore = false;
    const bool extended = m_model->setResult(result);
    if (result.hits.isEmpty() && result.suggestions.isEmpty() && m_settled != m_query)
        m_pause->start();
    if (!extended && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
}

void SearchPanel::updateStatus()
{
    const int total = m_model->totalCount();
    if (m_model->tooManyTerms())
        m_status->setText(tr("A search can have at most %1 words.").arg(SearchQuery::kMaxTerms));
    else if (m_model->hitCount() == 0) {
        // "after:yesterday" finds nothing because it cannot be read: say that instead.
        const QString problem = SearchQuery::parse(m_query, m_typing).problem();
        m_status->setText(problem.isEmpty() ? tr("No page or link matches.") : problem);
    } else {
        const int links = m_model->linkCount();
        const QString linkText = m_model->linkCountIsLowerBound()
                                     ? tr("more than %1 links").arg(QLocale().toString(links))
                                     : tr("%n link(s)", nullptr, links);
        QString text;
        if (total == 0 && !m_model->totalIsLowerBound())
            text = m_model->linkCountIsLowerBound()
                       ? tr("More than %1 links found").arg(QLocale().toString(links))
                       : tr("%n link(s) found", nullptr, links);
        else
            text = m_model->totalIsLowerBound()
                       ? tr("More than %1 pages found").arg(QLocale().toString(total))
                       : tr("%n page(s) found", nullptr, total);
        if (total > 0 && links > 0)
            text += QStringLiteral(" · ") + linkText;
        m_status->setText(text);
    }
}

void SearchPanel::loadMore()
{
    if (m_loadingMore || !m_model->canLoadMore() || m_query.isEmpty())
        return;
    m_loadingMore = true;
    m_limit = m_model->hitCount() + kMoreRows;
    m_controller.search(m_query, m_limit, m_typing);
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_list->currentIndex().row() + delta, rows - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
    if (row >= rows - 5)
        loadMore();
}

bool SearchPanel::activateCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return false;
    activate(index);
    return true;
}

void SearchPanel::activate(const QModelIndex& index)
{
    const QString suggestion = index.data(SearchResultsModel::SuggestionRole).toString();
    if (!suggestion.isEmpty()) {
        Q_EMIT suggestionChosen(suggestion);
        return;
    }
    if (const qint64 link = index.data(SearchResultsModel::LinkIdRole).toLongLong()) {
        Q_EMIT linkChosen(link, index.data(SearchResultsModel::InArchiveRole).toBool(),
                          SearchQuery::parse(m_query, false).highlightWords());
        return;
    }
    Q_EMIT pageChosen(index.data(SearchResultsModel::TitleRole).toString(),
                      SearchQuery::parse(m_query, false).highlightWords());
}

} // namespace folio
