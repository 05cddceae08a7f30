#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace folio {

// Help → Keyboard Shortcuts: every key Folio answers to, grouped as the menus are, with a
// field that narrows the list ("find", "ctrl+shift").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString action;
        QString keys;
    };
    struct Group
    {
        QString title;
        QList<Row> rows;
    };

    explicit ShortcutsDialog(const QList<Group>& groups, QWidget* parent = nullptr);

    // One group per menu of `bar`, with each action that has a shortcut (all of its keys).
    static QList<Group> fromMenus(const QMenuBar& bar);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* filter() const { return m_filter; }

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace folio
