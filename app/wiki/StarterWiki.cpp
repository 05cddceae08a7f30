#include "wiki/StarterWiki.h"

#include "core/Sha256.h"
#include "store/PageStore.h"
#include "store/PageWriter.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

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
    // The same ids on every machine: two wikis started apart share their starter pages
    // rather than get each one twice when they first exchange bundles.
    static const QUuid kStarter(QStringLiteral("{8a1f0c3e-7b2d-4e6a-9c5f-1d2e3f4a5b6c}"));
    Transaction transaction(store.database());
    PageWriter writer(store.database(), QStringLiteral("Folio"));
    for (const PageContent& page : std::as_const(pages)) {
        const PageContent clean = PageWriter::cleaned(page);
        const QString text = clean.title + u'\n' + Sha256::hex(clean.body.toUtf8());
        writer.insert(clean, PageState(), nullptr,
                      {QUuid::createUuidV5(kStarter, clean.title).toString(QUuid::WithoutBraces),
                       QUuid::createUuidV5(kStarter, text).toString(QUuid::WithoutBraces)});
    }
    transaction.commit();
}

} // namespace folio
