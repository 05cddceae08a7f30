#include "wiki/PageDocument.h"

#include "core/FolioUrl.h"
#include "markdown/MarkdownRenderer.h"
#include "markdown/TableOfContents.h"
#include "store/AttachmentStore.h"
#include "store/PageStore.h"
#include "store/StoreError.h"
#include "wiki/Backlinks.h"

#include <QLocale>

namespace folio {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString PageDocument::contentSecurityPolicy()
{
    return QStringLiteral(
        "default-src 'none'; script-src 'none'; object-src 'none'; "
        "style-src 'self' folio:; img-src 'self' folio: data:; font-src 'self' folio:; "
        "form-action 'none'; base-uri 'none'");
}

QByteArray PageDocument::forTitle(const QString& title) const
{
    if (!m_store)
        return forMissing(title);
    const std::optional<Page> page = m_store->find(title);
    if (!page)
        return forMissing(title);
    // The page shows even when its backlinks cannot be read (the wiki busy, say).
    std::optional<Backlinks> backlinks;
    try {
        backlinks = BacklinkFinder(*m_store).find(page->id, page->content.title);
    } catch (const StoreError&) {
    }
    return render(*page, {}, backlinks ? &*backlinks : nullptr);
}

QByteArray PageDocument::forPage(const Page& page, const QHash<QString, QString>& unsaved) const
{
    return render(page, unsaved, nullptr);
}

QString PageDocument::footer(const QString& title, const Backlinks& backlinks)
{
    const auto list = [](const QStringList& titles) -> QString {
        QString items;
        for (const QString& title : titles)
            items += QLatin1String("<li><a class=\"wikilink\" href=\"") +
                     escaped(FolioUrl::page(title).toString(QUrl::FullyEncoded)) +
                     QLatin1String("\">") + escaped(title) + QLatin1String("</a></li>");
        return QLatin1String("<ul>") + items + QLatin1String("</ul>");
    };
    QString html = QLatin1String("<footer class=\"backlinks\" aria-label=\"") +
                   escaped(tr("Pages that point here")) + QLatin1String("\">");
    if (!backlinks.linkedFrom.isEmpty())
        html += QLatin1String("<section class=\"linked-from\"><h2>") + escaped(tr("Linked from")) +
                QLatin1String("</h2>") + list(backlinks.linkedFrom) + QLatin1String("</section>");
    if (!backlinks.mentionedIn.isEmpty()) {
        html += QLatin1String("<section class=\"mentions\"><h2>") +
                escaped(tr("Mentioned without a link")) + QLatin1String("</h2><p class=\"hint\">") +
                escaped(tr("These pages name “%1” in their text; a link would lead readers here.")
                            .arg(title)) +
                QLatin1String("</p>") + list(backlinks.mentionedIn);
        if (backlinks.moreMentions > 0)
            html += QLatin1String("<p class=\"more\">") +
                    escaped(tr("…and about %n more page(s).", nullptr, backlinks.moreMentions)) +
                    QLatin1String("</p>");
        html += QLatin1String("</section>");
    }
    return html + QLatin1String("</footer>");
}

QString PageDocument::breadcrumbs(const Page& page) const
{
    QList<PageSummary> path;
    try {
        if (m_store && page.id != 0)
            path = m_store->ancestors(page.id);
    } catch (const StoreError&) {
        // The page shows without its path.
    }
    if (path.isEmpty())
        return {};
    QString items;
    for (const PageSummary& above : std::as_const(path))
        items += QLatin1String("<li><a class=\"wikilink\" href=\"") +
                 escaped(FolioUrl::page(above.title).toString(QUrl::FullyEncoded)) +
                 QLatin1String("\">") + escaped(above.title) + QLatin1String("</a></li>");
    items += QLatin1String("<li aria-current=\"page\">") + escaped(page.content.title) +
             QLatin1String("</li>");
    return QLatin1String("<nav class=\"breadcrumbs\" aria-label=\"") + escaped(tr("Path")) +
           QLatin1String("\"><ol>") + items + QLatin1String("</ol></nav>");
}

QByteArray PageDocument::render(const Page& page, const QHash<QString, QString>& unsaved,
                                const Backlinks* backlinks) const
{
    MarkdownRenderer renderer;
    // A relative link or image is one of the page's attachments, by name.
    renderer.setResolveRelative([this, &page, &unsaved](const QString& name) {
        std::optional<QString> sha256 =
            unsaved.contains(name) ? std::optional<QString>(unsaved.value(name)) : std::nullopt;
        try {
            if (!sha256 && m_store && page.id != 0)
                sha256 = AttachmentStore(m_store->database()).find(page.id, name);
        } catch (const StoreError&) {
        }
        return sha256 ? FolioUrl::attachment(*sha256, name).toString(QUrl::FullyEncoded)
                      : QString();
    });
    // Called from inside md4c (C code), which an exception must never cross: a link whose
    // page cannot be looked up (the wiki busy, say) is drawn as an ordinary link, and the
    // page still shows.
    std::function<bool(const QString&)> exists;
    try {
        if (m_store)
            exists = m_store->existenceCheck();
    } catch (const StoreError&) {
    }
    renderer.setPageExists([exists](const QString& title) {
        try {
            return !exists || exists(title);
        } catch (const StoreError&) {
            return true;
        }
    });

    const PageContent& content = page.content;
    QString tags;
    for (const QString& tag : content.tags)
        tags += QLatin1String("<li class=\"tag\"><a href=\"") +
                escaped(FolioUrl::tag(tag).toString(QUrl::FullyEncoded)) + QLatin1String("\">") +
                escaped(tag) + QLatin1String("</a></li>");
    const QString updated =
        QLocale().toString(page.updatedAt.toLocalTime().date(), QLocale::LongFormat);
    const QString header =
        QLatin1String("<header class=\"page-header\">") + breadcrumbs(page) +
        QLatin1String("<span class=\"kind kind-") + PageKinds::key(content.kind) +
        QLatin1String("\">") + escaped(PageKinds::displayName(content.kind)) +
        QLatin1String("</span><h1 class=\"page-title\">") + escaped(content.title) +
        QLatin1String("</h1><p class=\"meta\">") + escaped(tr("Updated %1").arg(updated)) +
        QLatin1String("</p>") +
        (tags.isEmpty() ? QString()
                        : QLatin1String("<ul class=\"tags\">") + tags + QLatin1String("</ul>")) +
        QLatin1String("</header>");
    const QString rendered = renderer.toHtml(content.body);
    // A long page opens with its contents; a short one needs none.
    QString body = TableOfContents::html(TableOfContents::entries(rendered), tr("Contents")) +
                   QLatin1String("<div class=\"page-body\">") + rendered + QLatin1String("</div>");
    if (backlinks && !backlinks->isEmpty())
        body += footer(content.title, *backlinks);
    return wrap(content.title, QLatin1String("page kind-") + PageKinds::key(content.kind),
                header + body);
}

QByteArray PageDocument::forMissing(const QString& title) const
{
    const QString link = FolioUrl::create(title).toString(QUrl::FullyEncoded);
    const QString inner =
        QLatin1String("<header class=\"page-header\"><h1 class=\"page-title\">") + escaped(title) +
        QLatin1String("</h1></header><div class=\"missing-page\"><p>") +
        escaped(tr("There is no page with this title yet.")) +
        QLatin1String("</p><p><a class=\"button\" href=\"") + escaped(link) + QLatin1String("\">") +
        escaped(tr("Create this page")) + QLatin1String("</a></p></div>");
    return wrap(title, QStringLiteral("page missing"), inner);
}

QByteArray PageDocument::forProblem(const QString& title, const QString& message) const
{
    const QString inner = QLatin1String("<header class=\"page-header\"><h1 class=\"page-title\">") +
                          escaped(title) +
                          QLatin1String("</h1></header><div class=\"missing-page problem\"><p>") +
                          escaped(tr("This page could not be read.")) + QLatin1String("</p><p>") +
                          escaped(message) + QLatin1String("</p></div>");
    return wrap(title, QStringLiteral("page problem"), inner);
}

QByteArray PageDocument::wrap(const QString& title, const QString& articleClass,
                              const QString& inner) const
{
    const QString html = QLatin1String("<!DOCTYPE html>\n<html lang=\"") + QLocale().bcp47Name() +
                         QLatin1String("\"><head><meta charset=\"utf-8\">"
                                       "<meta http-equiv=\"Content-Security-Policy\" content=\"") +
                         contentSecurityPolicy() +
                         QLatin1String("\"><meta name=\"viewport\" content=\"width=device-width\">"
                                       "<link rel=\"stylesheet\" href=\"") +
                         FolioUrl::style(QStringLiteral("folio.css")).toString(QUrl::FullyEncoded) +
                         QLatin1String("\"><title>") + escaped(title) +
                         QLatin1String("</title></head><body><article class=\"") + articleClass +
                         QLatin1String("\">") + inner + QLatin1String("</article></body></html>\n");
    return html.toUtf8();
}

} // namespace folio
