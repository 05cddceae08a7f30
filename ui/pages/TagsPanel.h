#pragma once

#include "store/PageStore.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace folio {

// The Tags panel: every tag with how many pages carry it, and under it the pages of the tag
// chosen. From the keyboard: ↑/↓ choose a tag, Enter or → goes to its pages, Enter opens one,
// ← goes back to the tags.
class TagsPanel : public QWidget
{
    Q_OBJECT

public:
    // `pagesWithTag` lists the titles carrying a tag, as the page list shows them (drafts or
    // not); it reports its own failures and returns nothing then.
    explicit TagsPanel(std::function<QStringList(const QString& tag)> pagesWithTag,
                       QWidget* parent = nullptr);

    // New counts; the tag chosen stays chosen while it still has pages.
    void setTags(const QList<TagCount>& tags);
    // Chooses `tag` (a chip clicked on a page) and puts the focus on its pages.
    void showTag(const QString& tag);
    QString currentTag() const;
    QListWidget* tagList() const { return m_tags; }
    QListWidget* pageList() const { return m_pages; }

Q_SIGNALS:
    void pageActivated(const QString& title);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void listPages();
    QListWidgetItem* itemOf(const QString& tag) const;

    std::function<QStringList(const QString&)> m_pagesWithTag;
    QListWidget* m_tags = nullptr;
    QLabel* m_heading = nullptr;
    QListWidget* m_pages = nullptr;
};

} // namespace folio
