#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace folio {

class LinkStore;
class LinksModel;

// The links side panel: a filter box (words and channel:, from:, domain:, tag:, after:,
// before:), an order, a menu of the most common channels, people and domains, and the
// table of links. It reports what the user picks; LinksWorkspace acts on it.
class LinksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LinksPanel(QWidget* parent = nullptr);

    // Throws StoreError.
    void setStore(const LinkStore* store);
    void reload();
    void focusFilter();
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    LinksModel* model() const { return m_model; }
    qint64 currentLinkId() const;
    // While links are archived: a progress bar, the address being captured, Pause.
    void setArchiving(bool running);
    void setArchiveProgress(qint64 done, qint64 total, const QString& currentUrl);
    QToolButton* archiveButton() const { return m_archive; }
    QProgressBar* archiveProgress() const { return m_archiveBar; }

Q_SIGNALS:
    void linkSelected(qint64 id);
    void openRequested(qint64 id);
    void copyRequested(qint64 id);
    void promoteRequested(qint64 id);
    void hiddenChangeRequested(qint64 id, bool hidden);
    void tagRequested(qint64 id);
    void importRequested();
    void archiveRequested(qint64 id);
    void archiveAllRequested();
    void retryFailedRequested();
    void pauseArchivingRequested();
    void resumeArchivingRequested();

private:
    // The most common values of each facet and their counts, or why they could not be read.
    struct Facets
    {
        QList<QList<std::pair<QString, qint64>>> values; // channels, people, domains, platforms
        QString error;
        int generation = 0;
    };
    static Facets readFacets(const QString& wikiPath, int generation);
    void applyFilter();
    void fillFacets();
    void forgetFacets();
    void showContextMenu(const QPoint& position);
    void showProblem(const QString& problem);
    void updateCount();

    const LinkStore* m_store = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_order = nullptr;
    QToolButton* m_facets = nullptr;
    QMenu* m_facetMenu = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    QToolButton* m_archive = nullptr;
    QAction* m_pauseAction = nullptr;
    QWidget* m_archiveRow = nullptr;
    QProgressBar* m_archiveBar = nullptr;
    QLabel* m_archiveUrl = nullptr;
    QPushButton* m_pause = nullptr;
    bool m_archiving = false;
    LinksModel* m_model = nullptr;
    QString m_filterProblem; // what the filter box says that could not be read
    QTimer* m_busy = nullptr;
    // Facets are read off the UI thread and kept until the links change.
    std::optional<Facets> m_facetValues;
    QFutureWatcher<Facets>* m_facetReader = nullptr;
    int m_facetGeneration = 0;
};

} // namespace folio
