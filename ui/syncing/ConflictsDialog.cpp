#include "syncing/ConflictsDialog.h"

#include "common/LocalTime.h"
#include "common/MessageBox.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace folio {
namespace {

QPlainTextEdit* textView(QWidget* parent, bool readOnly, const QString& name)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(readOnly);
    view->setAccessibleName(name);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}

bool holdsMarkers(const QString& text)
{
    static const QRegularExpression markers(QStringLiteral("^(<{7}|>{7})( |$)"),
                                            QRegularExpression::MultilineOption);
    return markers.match(text).hasMatch();
}

} // namespace

ConflictsDialog::ConflictsDialog(Database& db, QString author, QWidget* parent)
    : QDialog(parent), m_db(db), m_author(std::move(author)), m_intro(new QLabel(this)),
      m_pages(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_firstHeading(new QLabel(this)), m_secondHeading(new QLabel(this)),
      m_first(textView(this, true, tr("First version"))),
      m_second(textView(this, true, tr("Second version"))),
      m_merged(textView(this, false, tr("Merged text"))),
      m_keepFirst(new QPushButton(tr("Keep &This Version"), this)),
      m_keepSecond(new QPushButton(tr("Keep T&his Version"), this)),
      m_saveMerged(new QPushButton(tr("&Save Merged Text"), this))
{
    setWindowTitle(tr("Conflicts"));
    m_keepFirst->setAccessibleName(tr("Keep the first version"));
    m_keepSecond->setAccessibleName(tr("Keep the second version"));
    m_intro->setWordWrap(true);
    m_pages->setAccessibleName(tr("Conflicted pages"));

    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(sidePanel(m_firstHeading, m_first, m_keepFirst));
    sides->addWidget(sidePanel(m_secondHeading, m_second, m_keepSecond));
    auto* mergedPanel = new QWidget(this);
    auto* mergedLayout = new QVBoxLayout(mergedPanel);
    mergedLayout->setContentsMargins(0, 0, 0, 0);
    auto* mergedHeading = new QLabel(tr("Merged text — both versions between <<<<<<< and "
                                        ">>>>>>> lines; edit it to what it should say:"),
                                     mergedPanel);
    mergedHeading->setWordWrap(true);
    mergedHeading->setBuddy(m_merged);
    mergedLayout->addWidget(mergedHeading);
    mergedLayout->addWidget(m_merged, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveMerged);
    mergedLayout->addLayout(saveRow);
    auto* texts = new QSplitter(Qt::Vertical, this);
    texts->addWidget(sides);
    texts->addWidget(mergedPanel);

    auto* empty = new QLabel(tr("No page has conflicting edits."), this);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(texts);
    m_stack->addWidget(empty);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(m_pages);
    body->addWidget(m_stack);
    body->setStretchFactor(1, 1);
    body->setSizes({200, 760});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    resize(1000, 680);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pages, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict);
    connect(m_keepFirst, &QPushButton::clicked, this, [this] {
        if (m_conflict)
            resolveWith(m_conflict->first.content.body);
    });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] {
        if (m_conflict)
            resolveWith(m_conflict->second.content.body);
    });
    connect(m_saveMerged, &QPushButton::clicked, this, [this] {
        const QString text = m_merged->toPlainText();
        if (holdsMarkers(text) &&
            MessageBox::question(this, tr("Keep Both Versions?"),
                                 tr("The text still holds both versions between <<<<<<< and "
                                    ">>>>>>> lines. Save it as it is?"),
                                 QMessageBox::Save | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Save)
            return;
        resolveWith(text);
    });
    reload();
}

QWidget* ConflictsDialog::sidePanel(QLabel* heading, QPlainTextEdit* text, QPushButton* keep)
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(text, 1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(keep);
    layout->addLayout(row);
    return panel;
}

void ConflictsDialog::reload()
{
    const qint64 shown = m_conflict ? m_conflict->pageId : 0;
    QList<PageSummary> pages;
    MessageBox::attempt(this, tr("Cannot List Conflicts"),
                        [&] { pages = ConflictList(m_db).pages(); });
    const QSignalBlocker blocker(m_pages);
    m_pages->clear();
    for (const PageSummary& page : pages) {
        auto* item = new QListWidgetItem(page.title, m_pages);
        item->setData(Qt::UserRole, page.id);
    }
    m_intro->setText(
        pages.isEmpty()
            ? tr("No page has conflicting edits.")
            : tr("%n page(s) were changed on two machines in the same lines. Compare both "
                 "versions, then keep one or edit the merged text.",
                 nullptr, int(pages.size())));
    selectPage(shown);
}

void ConflictsDialog::selectPage(qint64 pageId)
{
    int row = m_pages->count() > 0 ? 0 : -1;
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->item(i)->data(Qt::UserRole).toLongLong() == pageId)
            row = i;
    {
        const QSignalBlocker blocker(m_pages);
        m_pages->setCurrentRow(row);
    }
    showConflict();
}

void ConflictsDialog::showConflict()
{
    m_conflict.reset();
    const QListWidgetItem* item = m_pages->currentItem();
    if (item)
        MessageBox::attempt(this, tr("Cannot Show Conflict"), [&] {
            m_conflict = ConflictList(m_db).conflict(item->data(Qt::UserRole).toLongLong());
        });
    m_stack->setCurrentIndex(m_conflict ? 0 : 1);
    if (!m_conflict)
        return;
    const auto heading = [](const Revision& side) {
        return tr("Version by %1, %2").arg(side.author, shortLocalTime(side.createdAt));
    };
    m_firstHeading->setText(heading(m_conflict->first));
    m_secondHeading->setText(heading(m_conflict->second));
    m_first->setPlainText(m_conflict->first.content.body);
    m_second->setPlainText(m_conflict->second.content.body);
    m_merged->setPlainText(m_conflict->merged.content.body);
}

void ConflictsDialog::resolveWith(const QString& body)
{
    const ConflictList::Conflict conflict = *m_conflict;
    const bool saved = MessageBox::attempt(this, tr("Cannot Resolve Conflict"), [&] {
        ConflictList(m_db).resolve(conflict, body, m_author);
    });
    reload();
    if (saved)
        Q_EMIT resolved(conflict.merged.content.title);
}

} // namespace folio
