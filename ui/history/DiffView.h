#pragma once

#include "authoring/TextDiff.h"

#include <QTextBrowser>

namespace folio {

// Two texts' differences, read-only: lines removed and added, with the changed words marked,
// inline (one column) or side by side. Rendered as rich text — no script, no network.
class DiffView : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Layout { Inline, SideBySide };

    explicit DiffView(QWidget* parent = nullptr);

    void showDiff(const QString& before, const QString& after);
    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }
    // Lines added and removed in what is shown.
    int addedLines() const { return m_added; }
    int removedLines() const { return m_removed; }

    static QString toHtml(const QList<TextDiff::Line>& lines, Layout layout);

private:
    void render();

    Layout m_layout = Layout::Inline;
    QList<TextDiff::Line> m_lines;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace folio
