#include "wiki/PreviewWorker.h"

#include "store/Database.h"
#include "store/PageStore.h"
#include "store/StoreError.h"
#include "wiki/PageDocument.h"

namespace folio {

PreviewWorker::PreviewWorker(QObject* parent) : QObject(parent)
{
}

PreviewWorker::~PreviewWorker() = default;

void PreviewWorker::open(const QString& wikiPath)
{
    m_pages.reset();
    m_db.reset();
    if (wikiPath.isEmpty())
        return;
    try {
        m_db = std::make_unique<Database>(wikiPath, Database::OpenMode::ReadOnly);
        m_pages = std::make_unique<PageStore>(*m_db);
    } catch (const StoreError&) {
        // The preview still renders; links just cannot be told apart from missing pages.
        m_pages.reset();
        m_db.reset();
    }
}

void PreviewWorker::render(quint64 generation, const Page& page,
                           const QHash<QString, QString>& unsaved)
{
    if (generation < m_latest.loadRelaxed())
        return; // a newer keystroke is already queued
    Q_EMIT rendered(generation, PageDocument(m_pages.get()).forPage(page, unsaved));
}

} // namespace folio
