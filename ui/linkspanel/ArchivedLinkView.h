#pragma once

#include "archive/ArchiveStore.h"
#include "store/LinkStore.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace folio {

class ArchivedPageView;
class WebProfile;

// An archived link in the content area: its Reader view or its snapshot, switched with two
// buttons, with Open Original (the system browser) and Back to the link's details.
class ArchivedLinkView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Reader, Snapshot };

    ArchivedLinkView(WebProfile& profile, QWidget* parent = nullptr);

    // Shows the newest capture of `link`; false when it has none. Throws StoreError.
    bool open(const Link& link, const ArchiveStore& store, Mode mode = Mode::Reader,
              const QStringList& highlight = {});
    qint64 linkId() const { return m_link.id; }
    Mode mode() const { return m_mode; }
    ArchivedPageView* pageView() const { return m_view; }
    QPushButton* readerButton() const { return m_reader; }
    QPushButton* snapshotButton() const { return m_snapshot; }

Q_SIGNALS:
    void openOriginalRequested(qint64 linkId);
    void detailsRequested(qint64 linkId);
    void linkClicked(const QUrl& url);

private:
    void showMode(Mode mode);

    Link m_link;
    Capture m_capture;
    const ArchiveStore* m_store = nullptr;
    Mode m_mode = Mode::Reader;
    QStringList m_highlight;
    QLabel* m_title = nullptr;
    QPushButton* m_reader = nullptr;
    QPushButton* m_snapshot = nullptr;
    ArchivedPageView* m_view = nullptr;
};

} // namespace folio
