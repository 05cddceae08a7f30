#include "markdown/HtmlText.h"

#include <QRegularExpression>

namespace folio::HtmlText {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString unescaped(const QByteArray& html)
{
    QString text = QString::fromUtf8(html);
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression reference(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|"
                                                             "amp|lt|gt|quot|apos);"));
    QString result;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& match : reference.globalMatch(text)) {
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("amp"))
            result += u'&';
        else if (name == QLatin1String("lt"))
            result += u'<';
        else if (name == QLatin1String("gt"))
            result += u'>';
        else if (name == QLatin1String("quot"))
            result += u'"';
        else if (name == QLatin1String("apos"))
            result += u'\'';
        else {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            const char32_t point = (code == 0 || code > 0x10FFFF) ? 0xFFFD : char32_t(code);
            result += QString::fromUcs4(&point, 1);
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QString plainText(const QByteArray& html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString withoutTags = QString::fromUtf8(html);
    withoutTags.remove(tag);
    return unescaped(withoutTags.toUtf8());
}

} // namespace folio::HtmlText
