#include "archive/ReaderDocument.h"

#include "wiki/PageStyle.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QTimeZone>

namespace folio {

namespace {

QString styleSheet()
{
    return QString::fromUtf8(PageStyle::sheet());
}

// Paragraphs are separated by blank lines; a single line break stays one.
QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        if (!trimmed.isEmpty())
            html += QStringLiteral("<p>") +
                    trimmed.toHtmlEscaped().replace(u'\n', QLatin1String("<br>")) +
                    QStringLiteral("</p>\n");
    }
    return html;
}

} // namespace

QString ReaderDocument::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; script-src 'none'; object-src 'none'; "
                          "style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; "
                          "base-uri 'none'");
}

QByteArray ReaderDocument::html(const Capture& capture, const QString& linkUrl)
{
    const QString title = capture.title.isEmpty() ? linkUrl : capture.title;
    const QString kept = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(capture.capturedAt, QTimeZone::utc()).toLocalTime(),
        QLocale::LongFormat);
    const QString source = capture.finalUrl.isEmpty() ? linkUrl : capture.finalUrl;
    QString header = QStringLiteral("<header class=\"page-header\"><h1 class=\"page-title\">") +
                     title.toHtmlEscaped() + QStringLiteral("</h1>");
    if (!capture.byline.isEmpty())
        header += QStringLiteral("<p class=\"byline\">") + capture.byline.toHtmlEscaped() +
                  QStringLiteral("</p>");
    header +=
        QStringLiteral("<p class=\"page-meta\">") +
        tr("Archived %1 from %2")
            .arg(kept.toHtmlEscaped(),
                 QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QString(source).toHtmlEscaped().replace(u'"', QLatin1String("&quot;")),
                          source.toHtmlEscaped())) +
        QStringLiteral("</p></header>");
    const QString body = capture.text.trimmed().isEmpty()
                             ? QStringLiteral("<p class=\"empty\">") +
                                   tr("No readable text was found on this page; its snapshot "
                                      "keeps it as it looked.")
                                       .toHtmlEscaped() +
                                   QStringLiteral("</p>")
                             : paragraphs(capture.text);
    const QString html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"") +
        contentSecurityPolicy() +
        QStringLiteral("\"><meta name=\"viewport\" content=\"width=device-width\"><title>") +
        title.toHtmlEscaped() + QStringLiteral("</title><style>") + styleSheet() +
        QStringLiteral("</style></head><body><article class=\"reader\">") + header +
        QStringLiteral("<div class=\"page-body\">") + body +
        QStringLiteral("</div></article></body></html>\n");
    return html.toUtf8();
}

} // namespace folio
