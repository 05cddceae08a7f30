#include "history/DiffView.h"

namespace folio {
namespace {

// Light tints that keep text legible; the marked words a stronger tint of the same colour.
// Text on them is always dark, whatever the theme's text colour.
const char* const kRemovedLine = "#fde8e8";
const char* const kRemovedWord = "#f5b5b5";
const char* const kAddedLine = "#e6f6e6";
const char* const kAddedWord = "#a8e0a8";

QString cells(const TextDiff::Line& line)
{
    QString html;
    for (const TextDiff::Segment& segment : line.segments) {
        const QString text = segment.text.toHtmlEscaped();
        if (!segment.changed) {
            html += text;
            continue;
        }
        html += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                    .arg(QLatin1String(line.kind == TextDiff::Line::Removed ? kRemovedWord
                                                                            : kAddedWord),
                         text);
    }
    return html.isEmpty() ? QStringLiteral("&nbsp;") : html;
}

QString number(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

QString background(TextDiff::Line::Kind kind)
{
    switch (kind) {
    case TextDiff::Line::Removed:
        return QStringLiteral(" style=\"background-color:%1;color:#1f2328\"")
            .arg(QLatin1String(kRemovedLine));
    case TextDiff::Line::Added:
        return QStringLiteral(" style=\"background-color:%1;color:#1f2328\"")
            .arg(QLatin1String(kAddedLine));
    default:
        return {};
    }
}

QString sign(TextDiff::Line::Kind kind)
{
    return kind == TextDiff::Line::Removed ? QStringLiteral("−")
           : kind == TextDiff::Line::Added ? QStringLiteral("+")
                                           : QString();
}

QString gapRow(int columns)
{
    return QStringLiteral("<tr><td colspan=\"%1\" style=\"color:#888\">⋯</td></tr>").arg(columns);
}

QString inlineRows(const QList<TextDiff::Line>& lines)
{
    QString html;
    for (const TextDiff::Line& line : lines) {
        if (line.kind == TextDiff::Line::Gap) {
            html += gapRow(4);
            continue;
        }
        html += QStringLiteral("<tr%1><td class=\"n\">%2</td><td class=\"n\">%3</td>"
                               "<td class=\"s\">%4</td><td class=\"t\">%5</td></tr>")
                    .arg(background(line.kind), number(line.oldNumber), number(line.newNumber),
                         sign(line.kind), cells(line));
    }
    return html;
}

QString side(const TextDiff::Line* line, bool left)
{
    if (!line)
        return QStringLiteral("<td class=\"n\"></td><td class=\"t\" width=\"48%\"></td>");
    return QStringLiteral("<td class=\"n\"%1>%2</td><td class=\"t\" width=\"48%\"%1>%3</td>")
        .arg(background(line->kind), number(left ? line->oldNumber : line->newNumber),
             cells(*line));
}

QString sideBySideRows(const QList<TextDiff::Line>& lines)
{
    QString html;
    for (qsizetype i = 0; i < lines.size();) {
        const TextDiff::Line& line = lines.at(i);
        if (line.kind == TextDiff::Line::Gap) {
            html += gapRow(4);
            ++i;
            continue;
        }
        if (line.kind == TextDiff::Line::Context) {
            html += QStringLiteral("<tr>") + side(&line, true) + side(&line, false) +
                    QStringLiteral("</tr>");
            ++i;
            continue;
        }
        // A block of removed lines and the added lines after it, paired row by row.
        QList<const TextDiff::Line*> removed, added;
        while (i < lines.size() && lines.at(i).kind == TextDiff::Line::Removed)
            removed << &lines.at(i++);
        while (i < lines.size() && lines.at(i).kind == TextDiff::Line::Added)
            added << &lines.at(i++);
        for (qsizetype row = 0; row < qMax(removed.size(), added.size()); ++row)
            html += QStringLiteral("<tr>") + side(removed.value(row), true) +
                    side(added.value(row), false) + QStringLiteral("</tr>");
    }
    return html;
}

} // namespace

DiffView::DiffView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap; the table fits the width
    setAccessibleName(tr("Changes"));
}

void DiffView::showDiff(const QString& before, const QString& after)
{
    m_lines = TextDiff::lines(before, after);
    m_added = m_removed = 0;
    for (const TextDiff::Line& line : std::as_const(m_lines)) {
        m_added += line.kind == TextDiff::Line::Added;
        m_removed += line.kind == TextDiff::Line::Removed;
    }
    render();
}

void DiffView::setLayout(Layout layout)
{
    m_layout = layout;
    render();
}

void DiffView::render()
{
    if (m_lines.isEmpty()) {
        setHtml(QStringLiteral("<p style=\"color:#666\">%1</p>")
                    .arg(tr("No change in the text.").toHtmlEscaped()));
        return;
    }
    setHtml(toHtml(m_lines, m_layout));
}

QString DiffView::toHtml(const QList<TextDiff::Line>& lines, Layout layout)
{
    const QString style = QStringLiteral(
        "<style>table { border-collapse: collapse; } td { padding: 0 6px; vertical-align: top; "
        "font-family: monospace; } td.n { color: #888; text-align: right; } "
        "td.t { white-space: pre-wrap; }</style>");
    const QString rows = layout == Layout::Inline ? inlineRows(lines) : sideBySideRows(lines);
    return style + QStringLiteral("<table width=\"100%\" cellspacing=\"0\">") + rows +
           QStringLiteral("</table>");
}

} // namespace folio
