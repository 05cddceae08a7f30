#include "authoring/PageTemplates.h"

#include "store/PageStore.h"

namespace folio::PageTemplates {

QString tag()
{
    return QStringLiteral("template");
}

QList<PageSummary> list(const PageStore& store)
{
    return store.withTag(tag());
}

PageContent instantiate(const PageContent& templatePage, const QString& title, QDate today)
{
    PageContent content;
    content.title = title;
    content.kind = templatePage.kind;
    content.tags = templatePage.tags;
    content.tags.removeAll(tag());
    content.body = templatePage.body;
    content.body.replace(QLatin1String("{{title}}"), title);
    content.body.replace(QLatin1String("{{date}}"), today.toString(Qt::ISODate));
    return content;
}

} // namespace folio::PageTemplates
