#include "searchpanel/SearchResultsModel.h"

#include "search/SearchSnippet.h"

#include <QUrl>

#include <algorithm>

namespace folio {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractListModel(parent)
{
}

bool SearchResultsModel::setResult(const SearchResult& result)
{
    const qsizetype shown = m_result.hits.size();
    const bool extends = shown > 0 && result.hits.size() > shown &&
                         std::equal(m_result.hits.cbegin(), m_result.hits.cend(),
                                    result.hits.cbegin(), [](const auto& a, const auto& b) {
                                        return a.pageId == b.pageId && a.linkId == b.linkId &&
                                               a.inArchive == b.inArchive && a.snippet == b.snippet;
                                    });
    if (extends) {
        beginInsertRows({}, int(shown), int(result.hits.size() - 1));
        m_result = result;
        endInsertRows();
        return true;
    }
    beginResetModel();
    m_result = result;
    endResetModel();
    return false;
}

bool SearchResultsModel::canLoadMore() const
{
    int pages = 0;
    for (const SearchHit& hit : m_result.hits)
        pages += hit.isLink() ? 0 : 1;
    const int links = hitCount() - pages;
    return m_result.totalIsLowerBound || m_result.total > pages || m_result.linkTotalIsLowerBound ||
           m_result.linkTotal > links;
}

void SearchResultsModel::clear()
{
    setResult({});
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_result.hits.isEmpty() ? m_result.suggestions.size() : m_result.hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_result.hits.isEmpty()) {
        const QString suggestion = m_result.suggestions.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("Did you mean “%1”?").arg(suggestion);
        case SuggestionRole:
            return suggestion;
        default:
            return {};
        }
    }
    const SearchHit& hit = m_result.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case KindRole:
        if (hit.isLink())
            return hit.inArchive ? tr("Archived page · %1").arg(QUrl(hit.url).host())
                                 : tr("Link · %1").arg(QUrl(hit.url).host());
        return PageKinds::displayName(hit.kind);
    case LinkIdRole:
        return hit.linkId;
    case InArchiveRole:
        return hit.inArchive;
    case SnippetHtmlRole:
        return SearchSnippet::toHtml(hit.snippet);
    case Qt::ToolTipRole:
        return SearchSnippet::toPlainText(hit.snippet);
    default:
        return {};
    }
}

} // namespace folio
