#include "pages/DeletedPagesDialog.h"

#include "common/LocalTime.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio {

DeletedPagesDialog::DeletedPagesDialog(PageStore& store, std::function<QString()> author,
                                       QWidget* parent)
    : QDialog(parent), m_store(store), m_author(std::move(author)),
      m_empty(new QLabel(tr("No page has been deleted."), this)), m_list(new QTreeWidget(this)),
      m_restore(new QPushButton(tr("&Restore"), this))
{
    setWindowTitle(tr("Deleted Pages"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_list->setHeaderLabels({tr("Title"), tr("Deleted")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Deleted pages"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A restored page comes back with its whole history."), this));
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_restore, &QPushButton::clicked, this, &DeletedPagesDialog::restoreCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DeletedPagesDialog::restoreCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_restore->setEnabled(m_list->currentItem() != nullptr); });
    resize(520, 360);
    reload();
}

void DeletedPagesDialog::reload()
{
    m_list->clear();
    MessageBox::attempt(this, tr("Cannot List Deleted Pages"), [this] {
        for (const DeletedPage& page : m_store.deleted()) {
            auto* item = new QTreeWidgetItem(m_list, {page.title, shortLocalTime(page.deletedAt)});
            item->setData(0, Qt::UserRole, page.id);
        }
    });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void DeletedPagesDialog::restoreCurrent()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    Page page;
    if (!MessageBox::attempt(this, tr("Cannot Restore Page"),
                             [&] { page = m_store.undelete(id, m_author()); }))
        return;
    reload();
    Q_EMIT restored(page.content.title);
}

} // namespace folio
