#include "web/SchemeHandler.h"

#include "core/FolioUrl.h"
#include "store/StoreError.h"
#include "wiki/PageDocument.h"

#include <QBuffer>
#include <QFile>
#include <QWebEngineUrlRequestJob>

namespace folio {
namespace {

void reply(QWebEngineUrlRequestJob* job, const QByteArray& mimeType, const QByteArray& data)
{
    auto* buffer = new QBuffer(job);
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeType, buffer);
}

} // namespace

SchemeHandler::SchemeHandler(QObject* parent) : QWebEngineUrlSchemeHandler(parent)
{
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob* job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    switch (FolioUrl::kind(url)) {
    case FolioUrl::Kind::Page:
        if (!m_store) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        try {
            reply(job, "text/html", PageDocument(*m_store).forTitle(FolioUrl::target(url)));
        } catch (const StoreError& error) {
            reply(job, "text/html",
                  PageDocument(*m_store).forProblem(FolioUrl::target(url), error.message()));
        }
        return;
    case FolioUrl::Kind::Style: {
        // Only names without path separators: the scheme serves the style folder, nothing else.
        const QString name = FolioUrl::target(url);
        QFile file(QLatin1String(":/folio/style/") + name);
        if (name.contains(u'/') || !file.open(QIODevice::ReadOnly)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, "text/css", file.readAll());
        return;
    }
    case FolioUrl::Kind::Preview:
        reply(job, "text/html", m_preview);
        return;
    case FolioUrl::Kind::Create:
    case FolioUrl::Kind::Other:
        break;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace folio
