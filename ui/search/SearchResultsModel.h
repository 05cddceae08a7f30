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
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setResult(const SearchResult& result);
    void clear();
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    int hitCount() const { return int(m_result.hits.size()); }

private:
    SearchResult m_result;
};

} // namespace folio
