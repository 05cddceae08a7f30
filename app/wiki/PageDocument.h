#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace folio {

class PageStore;
struct Backlinks;
struct Page;

// The complete HTML document a page is shown as: the app's style sheet, a strict
// Content-Security-Policy, a header with kind, title, date and tags, then the rendered body.
class PageDocument
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageDocument)

public:
    explicit PageDocument(const PageStore& store) : m_store(&store) {}
    // Without a store every wiki link is drawn as a link to an existing page.
    explicit PageDocument(const PageStore* store) : m_store(store) {}

    // The page with this title and, under it, the pages that link to it or mention it; or an
    // invitation to create it when there is none.
    QByteArray forTitle(const QString& title) const;
    // `unsaved` names attachments the editor added that the page does not hold yet (name →
    // SHA-256), so the preview shows them before the first save.
    QByteArray forPage(const Page& page, const QHash<QString, QString>& unsaved = {}) const;
    QByteArray forMissing(const QString& title) const;
    // Said instead of the page when the wiki could not be read (busy, I/O error…).
    QByteArray forProblem(const QString& title, const QString& message) const;

    // Only Folio's own scheme may supply styles and images; nothing may run script.
    static QString contentSecurityPolicy();

private:
    QByteArray render(const Page& page, const QHash<QString, QString>& unsaved,
                      const Backlinks* backlinks) const;
    // The pages above this one, as links: empty at the top.
    QString breadcrumbs(const Page& page) const;
    static QString footer(const QString& title, const Backlinks& backlinks);
    QByteArray wrap(const QString& title, const QString& articleClass, const QString& inner) const;

    const PageStore* m_store = nullptr;
};

} // namespace folio
