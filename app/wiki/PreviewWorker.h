#pragma once

#include "store/Page.h"

#include <QAtomicInteger>
#include <QHash>
#include <QObject>

#include <memory>

namespace folio {

class Database;
class PageStore;

// PreviewRenderer's half on the preview thread.
class PreviewWorker : public QObject
{
    Q_OBJECT

public:
    explicit PreviewWorker(QObject* parent = nullptr);
    ~PreviewWorker() override;

    // Called from the UI thread: requests older than `generation` are skipped.
    void supersede(quint64 generation) { m_latest.storeRelaxed(generation); }
    void open(const QString& wikiPath);
    void render(quint64 generation, const Page& page, const QHash<QString, QString>& unsaved);

Q_SIGNALS:
    void rendered(quint64 generation, const QByteArray& document);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageStore> m_pages;
    QAtomicInteger<quint64> m_latest = 0;
};

} // namespace folio
