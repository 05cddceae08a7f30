#include "importers/MarkdownTitle.h"

#include <QRegularExpression>
#include <QStringList>

namespace folio {
namespace {

QString atxHeadingText(const QString& line)
{
    static const QRegularExpression atx(
        QStringLiteral("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    const QRegularExpressionMatch match = atx.match(line);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

bool isSetextUnderline(const QString& line)
{
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    return underline.match(line).hasMatch();
}

bool isFence(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

// Skips YAML front matter ("---" ... "---") at the top of the file.
qsizetype firstContentLine(const QStringList& lines)
{
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == QLatin1String("---") ||
            lines.at(i).trimmed() == QLatin1String("..."))
            return i + 1;
    }
    return 0;
}

} // namespace

MarkdownTitle MarkdownTitle::extract(const QString& markdown)
{
    QStringList lines = markdown.split(u'\n');
    for (QString& line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    const qsizetype start = firstContentLine(lines);
    qsizetype firstNonBlank = -1;
    bool inFence = false;
    for (qsizetype i = start; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (isFence(line))
            inFence = !inFence;
        if (inFence || line.trimmed().isEmpty())
            continue;
        if (firstNonBlank < 0)
            firstNonBlank = i;
        QString title = atxHeadingText(line);
        qsizetype headingLines = 1;
        const bool previousBlank = i == start || lines.at(i - 1).trimmed().isEmpty();
        if (title.isEmpty() && previousBlank && i + 1 < lines.size() &&
            isSetextUnderline(lines.at(i + 1)) && !line.startsWith(QLatin1String("    "))) {
            title = line.trimmed();
            headingLines = 2;
        }
        if (title.isEmpty())
            continue;
        if (i == firstNonBlank) {
            lines.remove(i, headingLines);
            while (i < lines.size() && lines.at(i).trimmed().isEmpty())
                lines.remove(i);
        }
        return {title, lines.join(u'\n')};
    }
    return {QString(), markdown};
}

} // namespace folio
