#pragma once

#include "TestFiles.h"

#include <QRegularExpression>
#include <QStringList>

namespace folio::test {

// The expected extraction of one fixture, read from tests/data/links/EXPECTED.md: the rows
// of its first table (one per share) and its totals line.
struct ExpectedShare
{
    QString url;
    QString label;
    QString origin;
    QString channel;
    QString author; // without " (bot)"
    bool authorIsBot = false;
    QString sentAt; // ISO with ms and Z, or "unknown"
    QString messageId;
    QStringList flags;
};

struct ExpectedFixture
{
    QList<ExpectedShare> shares;
    QList<ExpectedShare> withHarvestCode;
    int messagesRead = -1;
    int malformed = -1;
    int linksRejected = -1;
    int distinct = -1;
};

inline QString cell(QString text)
{
    text = text.trimmed();
    if (text == u"—")
        return {};
    if (text.startsWith(u'`') && text.endsWith(u'`') && text.size() >= 2)
        text = text.mid(1, text.size() - 2);
    text.replace(QLatin1String("\\|"), QLatin1String("|"));
    text.replace(QLatin1String("\\n"), QLatin1String("\n"));
    return text;
}

inline QList<ExpectedShare> tableRows(const QStringList& lines, qsizetype& i)
{
    QList<ExpectedShare> rows;
    while (i < lines.size() && !lines.at(i).startsWith(QLatin1String("| # |")))
        ++i;
    i += 2; // header and separator
    for (; i < lines.size() && lines.at(i).startsWith(u'|'); ++i) {
        // Split on '|' not preceded by a backslash.
        const QStringList cells =
            lines.at(i).split(QRegularExpression(QStringLiteral("(?<!\\\\)\\|")));
        if (cells.size() < 12)
            continue;
        ExpectedShare row;
        row.url = cell(cells.at(2));
        row.label = cell(cells.at(3));
        row.origin = cell(cells.at(4));
        row.channel = cell(cells.at(5));
        row.author = cell(cells.at(6));
        if (row.author.endsWith(QLatin1String(" (bot)"))) {
            row.authorIsBot = true;
            row.author.chop(6);
        } else if (row.author.endsWith(u')')) {
            // "Chen Wei (who quoted it)": the parentheses explain, they are not the name.
            const qsizetype open = row.author.lastIndexOf(QLatin1String("("));
            row.author = row.author.left(open).trimmed();
        }
        row.sentAt = cell(cells.at(7));
        row.messageId = cell(cells.at(8));
        for (const QString& flag : cell(cells.at(10)).split(u',', Qt::SkipEmptyParts))
            row.flags << flag.trimmed();
        rows << row;
    }
    return rows;
}

inline ExpectedFixture expectedFor(const QString& fixture)
{
    const QStringList lines =
        QString::fromUtf8(readAll(QStringLiteral(FOLIO_TEST_DATA_DIR "/links/EXPECTED.md")))
            .split(u'\n');
    ExpectedFixture expected;
    const QString heading = QStringLiteral("### `") + fixture + u'`';
    qsizetype i = lines.indexOf(heading);
    if (i < 0)
        return expected;
    qsizetype end = i + 1;
    while (end < lines.size() && !lines.at(end).startsWith(QLatin1String("### ")))
        ++end;
    const QStringList section = lines.mid(i, end - i);
    qsizetype at = 0;
    expected.shares = tableRows(section, at);
    qsizetype harvest = -1;
    for (qsizetype line = 0; line < section.size() && harvest < 0; ++line)
        if (section.at(line).startsWith(QLatin1String("With **harvest-code**")))
            harvest = line;
    if (harvest >= 0) {
        qsizetype from = harvest;
        expected.withHarvestCode = tableRows(section, from);
    }
    for (const QString& line : section) {
        if (!line.startsWith(QLatin1String("**Totals:**")))
            continue;
        const auto number = [&](const char* name) {
            const QRegularExpressionMatch match =
                QRegularExpression(QLatin1String(name) + QStringLiteral(" (\\d+)")).match(line);
            return match.hasMatch() ? match.captured(1).toInt() : -1;
        };
        expected.messagesRead = number("messages read");
        expected.malformed = number("malformed/refused");
        expected.linksRejected = number("links rejected");
        expected.distinct = number("distinct URLs");
    }
    return expected;
}

} // namespace folio::test
