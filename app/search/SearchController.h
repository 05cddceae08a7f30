#pragma once

#include "search/SearchEngine.h"

#include <QObject>
#include <QThread>

namespace folio {

class SearchWorker;

// The UI side of search: every keystroke becomes a request to the search thread, the one
// before it is cancelled, and only the answer to the newest request is delivered.
class SearchController : public QObject
{
    Q_OBJECT

public:
    explicit SearchController(QObject* parent = nullptr);
    ~SearchController() override;

    void setWiki(const QString& wikiPath);
    // `typing`: the last word may be unfinished (a prefix, no spelling suggestions yet).
    void search(const QString& text, int limit = 20, bool typing = true);
    // Drafts and pages in review are searched too (a writer's "Show Drafts"); from the next
    // search on.
    void setIncludesUnpublished(bool include) { m_includesUnpublished = include; }
    bool includesUnpublished() const { return m_includesUnpublished; }
    // Forgets the running request: its answer, when it comes, is dropped.
    void cancel();

Q_SIGNALS:
    void resultsReady(const QString& text, const folio::SearchResult& result);
    void searchFailed(const QString& message);

private:
    QThread m_thread;
    SearchWorker* m_worker = nullptr;
    quint64 m_generation = 0;
    QString m_text;
    bool m_includesUnpublished = false;
};

} // namespace folio
