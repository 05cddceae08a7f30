#pragma once

#include "archive/ArchiveStore.h"
#include "store/LinkStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace folio {

// One link beside the list: its title and address, its tags, and every message that shared
// it with the words around it — who, where, when. Built from plain widgets; nothing in it
// loads from the network.
class LinkDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit LinkDetailsView(QWidget* parent = nullptr);

    void show(const Link& link, const QStringList& tags, const std::vector<LinkShare>& shares,
              const ArchiveState& archive = {});
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* readButton() const { return m_read; }
    QLabel* factsLabel() const { return m_facts; }
    void clear();
    qint64 linkId() const { return m_linkId; }
    QTextBrowser* sharesView() const { return m_shares; }

Q_SIGNALS:
    void openRequested(qint64 id);
    void copyRequested(qint64 id);
    void promoteRequested(qint64 id);
    void archiveRequested(qint64 id);
    void readRequested(qint64 id);

private:
    qint64 m_linkId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_url = nullptr;
    QLabel* m_facts = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_promote = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_read = nullptr;
    QTextBrowser* m_shares = nullptr;
};

} // namespace folio
