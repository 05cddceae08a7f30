#pragma once

#include "search/SearchEngine.h"

#include <QAbstractListModel>

namespace folio {

// The answer to the current query: one row per page found, or, when nothing matched, one row
// per "did you mean" suggestion.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        KindRole,        // display name of the kind
        SnippetHtmlRole, // escaped text with <mark> around matched words
        SuggestionRole,  // the suggested query, on suggestion rows
        LinkIdRole,      // on rows that are shared links: the link's id
        InArchiveRole,   // on link rows: the words matched in the link's archived page
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    // Returns true when the result only added rows to the one shown (more of the same
    // answer, loaded as the list scrolls): those rows are inserted, the others stay.
    bool setResult(const SearchResult& result);
    void clear();
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    int hitCount() const { return int(m_result.hits.size()); }
    // Pages matching in all, which may be more than the rows loaded.
    int totalCount() const { return m_result.total; }
    bool totalIsLowerBound() const { return m_result.totalIsLowerBound; }
    bool tooManyTerms() const { return m_result.tooManyTerms; }
    int linkCount() const { return m_result.linkTotal; }
    bool linkCountIsLowerBound() const { return m_result.linkTotalIsLowerBound; }
    bool canLoadMore() const;

private:
    SearchResult m_result;
};

} // namespace folio
