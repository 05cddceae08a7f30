#include "web/FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace folio {

namespace {

QToolButton* button(QWidget* parent, const QString& text, const QString& iconName,
                    QStyle::StandardPixmap fallback)
{
    auto* button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(iconName, parent->style()->standardIcon(fallback)));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setPlaceholderText(tr("Find in page"));
    m_field->setAccessibleName(tr("Find in page"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("findMatches"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("No matches")) + 8);
    m_previous =
        button(this, tr("Previous match (Shift+F3)"), QStringLiteral("go-up"), QStyle::SP_ArrowUp);
    m_next = button(this, tr("Next match (F3)"), QStringLiteral("go-down"), QStyle::SP_ArrowDown);
    m_close = button(this, tr("Close find bar (Esc)"), QStringLiteral("window-close"),
                     QStyle::SP_DialogCloseButton);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addStretch(1);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textEdited, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::open(QWebEngineView* view)
{
    // Ctrl+F on an open bar only gives it the keyboard; F3 goes on to the next match.
    const bool fresh = view != m_view || !isVisible();
    if (view != m_view)
        attach(view);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (fresh && !m_field->text().isEmpty())
        find(false);
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    // Esc from the buttons too, not only from the field.
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::attach(QWebEngineView* view)
{
    if (m_view)
        m_view->page()->findText(QString());
    disconnect(m_finished);
    disconnect(m_loaded);
    m_view = view;
    m_count->clear();
    if (!view)
        return;
    m_finished =
        connect(view->page(), &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    // A new page in the view is searched for the same words while the bar is open.
    m_loaded = connect(view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (ok && isVisible() && !m_field->text().isEmpty())
            find(false);
    });
}

void FindBar::close()
{
    if (m_view)
        m_view->page()->findText(QString());
    m_count->clear();
    hide();
    Q_EMIT closed();
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

QString FindBar::matchText() const
{
    return m_count->text();
}

void FindBar::find(bool backward)
{
    if (!m_view)
        return;
    const QString text = m_field->text();
    if (text.isEmpty())
        m_count->clear();
    m_view->page()->findText(text,
                             backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::showResult(const QWebEngineFindTextResult& result)
{
    if (m_field->text().isEmpty()) {
        m_count->clear();
        return;
    }
    m_count->setText(result.numberOfMatches() == 0
                         ? tr("No matches")
                         : tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace folio
