#pragma once

#include "store/PageStore.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace folio {

// Deleted pages, most recent first; Restore brings the chosen one back with its history
// (PageStore::undelete). Non-modal: the window stays usable.
class DeletedPagesDialog : public QDialog
{
    Q_OBJECT

public:
    DeletedPagesDialog(PageStore& store, std::function<QString()> author,
                       QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    void reload();

Q_SIGNALS:
    // A page came back, under this title (which may differ from the one it had).
    void restored(const QString& title);

private:
    void restoreCurrent();

    PageStore& m_store;
    std::function<QString()> m_author;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace folio
