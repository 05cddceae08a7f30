#include "web/PageView.h"

#include "core/FolioUrl.h"
#include "web/ContentPage.h"
#include "web/WebProfile.h"

#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QWebEngineScript>

namespace folio {

namespace {

// Wraps each match in <mark class="folio-search">; words match at word starts, any case.
const char kHighlightScript[] = R"js(
(function (words) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + words.map(escape).join('|') +
                             ')[\\p{L}\\p{N}]*', 'giu');
  const root = document.querySelector('article') || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let count = 0;
  for (const node of nodes) {
    const text = node.nodeValue;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0, match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      const mark = document.createElement('mark');
      mark.className = 'folio-search';
      mark.textContent = match[0];
      fragment.appendChild(mark);
      last = match.index + match[0].length;
      count++;
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    node.parentNode.replaceChild(fragment, node);
  }
  const first = document.querySelector('.page-body mark.folio-search') ||
                document.querySelector('mark.folio-search');
  if (first) first.scrollIntoView({block: 'center'});
  return count;
})(%1)
)js";

} // namespace

PageView::PageView(WebProfile& profile, QWidget* parent)
    : QWebEngineView(parent), m_page(new ContentPage(profile.profile(), this))
{
    setPage(m_page);
    setAccessibleName(tr("Page"));
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok && !m_pendingHighlight.isEmpty())
            highlight(m_pendingHighlight);
        else if (ok && !m_pendingScroll.isNull())
            m_page->runJavaScript(QStringLiteral("window.scrollTo(%1, %2)")
                                      .arg(m_pendingScroll.x())
                                      .arg(m_pendingScroll.y()),
                                  QWebEngineScript::ApplicationWorld);
        m_pendingHighlight.clear();
        m_pendingScroll = {};
    });
}

void PageView::highlight(const QStringList& words)
{
    if (words.isEmpty())
        return;
    m_page->runJavaScript(highlightScript(words), QWebEngineScript::ApplicationWorld);
}

QString PageView::highlightScript(const QStringList& words)
{
    const QByteArray list =
        QJsonDocument(QJsonArray::fromStringList(words)).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(kHighlightScript).arg(QString::fromUtf8(list));
}

void PageView::showPage(const QString& title, const QString& anchor, const QStringList& highlight,
                        QPointF scroll)
{
    m_pendingHighlight = highlight;
    m_pendingScroll = scroll;
    const QUrl target = FolioUrl::page(title, anchor);
    if (target == url())
        refresh();
    else
        load(target);
}

void PageView::refresh()
{
    m_page->triggerAction(QWebEnginePage::Reload);
}

void PageView::contextMenuEvent(QContextMenuEvent* event)
{
    // Only what makes sense on a wiki page: the browser's Back/Reload/View source do not.
    QMenu menu(this);
    QAction* copy = m_page->action(QWebEnginePage::Copy);
    copy->setText(tr("&Copy"));
    menu.addAction(copy);
    QAction* selectAll = m_page->action(QWebEnginePage::SelectAll);
    selectAll->setText(tr("Select &All"));
    menu.addAction(selectAll);
    if (!m_pageActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_pageActions);
    }
    menu.exec(event->globalPos());
}

} // namespace folio
