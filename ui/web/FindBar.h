#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QWebEngineFindTextResult;
class QWebEngineView;

namespace folio {

// Find in page (Ctrl+F) under a web view: every match marked as one types, "3 of 12", Enter
// and Shift+Enter (or F3 and Shift+F3) to the next and previous match, Esc to close.
// The view's own find runs in the browser engine: the page runs no script for it.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    // Shows the bar over `view` with the field focused and its text selected; a bar already
    // open moves to `view`.
    void open(QWebEngineView* view);
    // Hides the bar and clears the marks.
    void close();
    void findNext();
    void findPrevious();
    QWebEngineView* view() const { return m_view; }
    QLineEdit* field() const { return m_field; }
    // "3 of 12", "No matches", or empty.
    QString matchText() const;

Q_SIGNALS:
    // The bar closed (Esc, its close button): the view takes the focus back.
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult& result);
    void attach(QWebEngineView* view);

    QPointer<QWebEngineView> m_view;
    QLineEdit* m_field = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_close = nullptr;
    QMetaObject::Connection m_finished;
    QMetaObject::Connection m_loaded;
};

} // namespace folio
