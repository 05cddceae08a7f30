#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace folio {

// A one-line progress display on standard error, drawn only when it is a terminal so that
// pipes and logs stay clean.
class TerminalProgress
{
public:
    explicit TerminalProgress(QTextStream& err);
    ~TerminalProgress();

    void show(const QString& label, int done, int total);
    void finish();

private:
    QTextStream& m_err;
    QElapsedTimer m_sinceDraw;
    bool m_enabled = false;
    bool m_drawn = false;
};

} // namespace folio
