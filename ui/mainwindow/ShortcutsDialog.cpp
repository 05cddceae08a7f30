#include "mainwindow/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio {

namespace {

// "&Find in Page…" as a reader says it: "Find in Page".
QString plainText(const QString& text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (plain.endsWith(u'…'))
        plain.chop(1);
    return plain;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group>& groups, QWidget* parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (const Group& group : groups) {
        if (group.rows.isEmpty())
            continue;
        auto* heading = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const Row& row : group.rows)
            new QTreeWidgetItem(heading, {row.action, row.keys});
    }
    m_tree->expandAll();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

QList<ShortcutsDialog::Group> ShortcutsDialog::fromMenus(const QMenuBar& bar)
{
    QList<Group> groups;
    for (QAction* menuAction : bar.actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        Group group{plainText(menuAction->text()), {}};
        for (QAction* action : menu->actions()) {
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            if (!keys.isEmpty())
                group.rows.append({plainText(action->text()), keys.join(QLatin1String(", "))});
        }
        groups.append(group);
    }
    return groups;
}

void ShortcutsDialog::applyFilter(const QString& text)
{
    const QString wanted = text.simplified();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem* row = group->child(r);
            const bool match = wanted.isEmpty() ||
                               row->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               row->text(1).contains(wanted, Qt::CaseInsensitive) ||
                               group->text(0).contains(wanted, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace folio
