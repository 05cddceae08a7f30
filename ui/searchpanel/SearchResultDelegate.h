#pragma once

#include <QStyledItemDelegate>

namespace folio {

// Draws a search result in two lines: the title in bold with its kind, then the snippet with
// matched words highlighted.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QString html(const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace folio
