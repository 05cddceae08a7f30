#pragma once

#include "store/Page.h"
#include "store/PageStore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace folio {

class PageStore;

// The wiki's pages by title, for the side panel.
class PageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, TitleRole, StatusRole, ConflictedRole };

    explicit PageListModel(QObject* parent = nullptr);

    // `filter`: all pages (drafts shown, in italics) or the published ones.
    void reload(const PageStore& store, PageFilter filter = PageFilter::All);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    // The pages whose text holds two machines' conflicting edits: marked in the list.
    void setConflicted(const QSet<qint64>& pageIds);
    // The row of the page with this title (any case), or -1.
    int rowOf(const QString& title) const;

private:
    QList<PageSummary> m_pages;
    QSet<qint64> m_conflicted;
    QHash<QString, int> m_rowByKey; // title key -> row, so selecting a page is not a scan
};

} // namespace folio
