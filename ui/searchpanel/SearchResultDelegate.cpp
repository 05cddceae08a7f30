#include "searchpanel/SearchResultDelegate.h"

#include "searchpanel/SearchResultsModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace folio {
namespace {

constexpr int kMargin = 6;

// The width to lay text out in: the view's, since sizeHint() gets no rectangle.
int textWidth(const QStyleOptionViewItem& option)
{
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    return qMax(80, width - 2 * kMargin);
}

void layout(const QString& html, const QStyleOptionViewItem& option, QTextDocument& document)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(textWidth(option));
}

} // namespace

QString SearchResultDelegate::html(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QString text = option.palette.color(textRole).name();
    const QString muted = selected ? text : option.palette.color(QPalette::PlaceholderText).name();
    const QString suggestion = index.data(SearchResultsModel::SuggestionRole).toString();
    if (!suggestion.isEmpty())
        return QStringLiteral("<span style='color:%1'>%2</span>")
            .arg(text, index.data().toString().toHtmlEscaped());
    QString result =
        QStringLiteral("<div style='color:%1'><b>%2</b> <span style='color:%3'>· %4</span></div>")
            .arg(text, index.data(SearchResultsModel::TitleRole).toString().toHtmlEscaped(), muted,
                 index.data(SearchResultsModel::KindRole).toString().toHtmlEscaped());
    const QString snippet = index.data(SearchResultsModel::SnippetHtmlRole).toString();
    if (!snippet.isEmpty()) {
        QString marked = snippet;
        marked.replace(QLatin1String("<mark>"),
                       QStringLiteral("<span style='background:#ffe27a;color:#1f2328'>"));
        marked.replace(QLatin1String("</mark>"), QLatin1String("</span>"));
        result += QStringLiteral("<div style='color:%1'>%2</div>").arg(muted, marked);
    }
    return result;
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument document;
    layout(html(option, index), option, document);
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kMargin, kMargin));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(2 * kMargin, 2 * kMargin)));
    document.drawContents(painter);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QTextDocument document;
    layout(html(option, index), option, document);
    return QSize(textWidth(option), int(document.size().height()) + 2 * kMargin);
}

} // namespace folio
