#include "wiki/StarterWiki.h"

#include "store/PageStore.h"
#include "store/StoreError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace folio {
namespace {

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QStringLiteral("missing resource %1").arg(path));
    return file.readAll();
}

} // namespace

QString StarterWiki::welcomeTitle()
{
    return QStringLiteral("Welcome to Folio");
}

void StarterWiki::populate(PageStore& store)
{
    const QString folder = QStringLiteral(":/folio/starter/");
    const QJsonArray manifest =
        QJsonDocument::fromJson(readResource(folder + QLatin1String("manifest.json"))).array();
    QList<PageContent> pages;
    for (const QJsonValue& entry : manifest) {
        const QJsonObject page = entry.toObject();
        PageContent content;
        content.title = page.value(QLatin1String("title")).toString();
        content.kind = PageKinds::fromKey(page.value(QLatin1String("kind")).toString())
                           .value_or(PageKind::Note);
        for (const QJsonValue& tag : page.value(QLatin1String("tags")).toArray())
            content.tags << tag.toString();
        content.body =
            QString::fromUtf8(readResource(folder + page.value(QLatin1String("file")).toString()));
        pages << content;
    }
    store.writeAll(pages, QStringLiteral("Folio"));
}

} // namespace folio
