#include "web/SchemeHandler.h"

#include "core/FolioUrl.h"
#include "store/AttachmentStore.h"
#include "store/PageStore.h"
#include "store/StoreError.h"
#include "wiki/PageDocument.h"
#include "wiki/PageStyle.h"

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

void SchemeHandler::serveAttachment(QWebEngineUrlRequestJob* job, const QString& sha256)
{
    std::optional<AttachmentStore::Blob> blob;
    try {
        if (m_store)
            blob = AttachmentStore(m_store->database()).blob(sha256);
    } catch (const StoreError&) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    if (!blob) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // Pictures as what they are; anything else only as bytes, never as a page that could run.
    const bool picture = blob->mimeType.startsWith(QLatin1String("image/"));
    reply(job, picture ? blob->mimeType.toLatin1() : QByteArray("application/octet-stream"),
          blob->data);
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
        // The page style as the window's colour scheme asks.
        if (name == QLatin1String("folio.css")) {
            reply(job, "text/css", PageStyle::sheet());
            return;
        }
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
    case FolioUrl::Kind::Attachment:
        serveAttachment(job, FolioUrl::attachmentSha256(url));
        return;
    case FolioUrl::Kind::Create:
    case FolioUrl::Kind::Tag:
    case FolioUrl::Kind::Other:
        break;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace folio
