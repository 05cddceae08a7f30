#include "core/FolioUrl.h"

namespace folio::FolioUrl {
namespace {

QUrl make(const QString& section, const QString& name)
{
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    url.setHost(QLatin1String(kHost));
    // A title may contain '/', '?' or '#': percent-encode it whole so it stays one segment.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(name));
    url.setPath(u'/' + section + u'/' + encoded, QUrl::StrictMode);
    return url;
}

} // namespace

QUrl page(const QString& title, const QString& anchor)
{
    QUrl url = make(QStringLiteral("page"), title);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QUrl create(const QString& title)
{
    return make(QStringLiteral("create"), title);
}

QUrl tag(const QString& tag)
{
    return make(QStringLiteral("tag"), tag);
}

QUrl style(const QString& file)
{
    return make(QStringLiteral("style"), file);
}

QUrl preview(quint64 number)
{
    return make(QStringLiteral("preview"), QString::number(number));
}

QUrl attachment(const QString& sha256, const QString& fileName)
{
    QUrl url = make(QStringLiteral("attachment"), sha256);
    const QString base = fileName.section(u'/', -1);
    if (!base.isEmpty())
        url.setPath(url.path(QUrl::FullyEncoded) + u'/' +
                        QString::fromLatin1(QUrl::toPercentEncoding(base)),
                    QUrl::StrictMode);
    return url;
}

QString attachmentSha256(const QUrl& url)
{
    return target(url).section(u'/', 0, 0);
}

QString attachmentFileName(const QUrl& url)
{
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    // "", "attachment", sha256, name
    return segments.size() == 4 ? QUrl::fromPercentEncoding(segments.at(3).toLatin1()) : QString();
}

bool isFolio(const QUrl& url)
{
    return url.scheme() == QLatin1String(kScheme) && url.host() == QLatin1String(kHost);
}

Kind kind(const QUrl& url)
{
    if (!isFolio(url))
        return Kind::Other;
    const QString path = url.path(QUrl::FullyEncoded);
    if (path.startsWith(QLatin1String("/page/")))
        return Kind::Page;
    if (path.startsWith(QLatin1String("/create/")))
        return Kind::Create;
    if (path.startsWith(QLatin1String("/tag/")))
        return Kind::Tag;
    if (path.startsWith(QLatin1String("/style/")))
        return Kind::Style;
    if (path.startsWith(QLatin1String("/preview/")))
        return Kind::Preview;
    if (path.startsWith(QLatin1String("/attachment/")))
        return Kind::Attachment;
    return Kind::Other;
}

QString target(const QUrl& url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    const qsizetype slash = path.indexOf(u'/', 1);
    if (slash < 0)
        return {};
    return QUrl::fromPercentEncoding(path.mid(slash + 1).toLatin1());
}

} // namespace folio::FolioUrl
