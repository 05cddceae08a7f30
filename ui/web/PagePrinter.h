#pragma once

#include <QObject>

class QWebEngineView;
class QWidget;

namespace folio {

// Export as PDF and Print for the page on screen, through the engine's own printing (the
// page's print style: light, full width, no find or search marks). One at a time: another
// request while one runs is refused with a message.
class PagePrinter : public QObject
{
    Q_OBJECT

public:
    explicit PagePrinter(QWidget* window);

    // Asks where to save "<title>.pdf", then writes it whole or not at all.
    void exportPdf(QWebEngineView* view, const QString& title);
    // The system's print dialog, then the printer.
    void print(QWebEngineView* view);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // What to tell the reader in passing (the status bar).
    void message(const QString& text);
    // The PDF was written to `path` (or a print job handed over).
    void finished(const QString& path);

private:
    QWidget* m_window;
    bool m_busy = false;
};

} // namespace folio
