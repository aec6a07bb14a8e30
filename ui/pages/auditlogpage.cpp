#include "ui/pages/auditlogpage.h"

#include "app/session.h"
#include "app/settings.h"
#include "models/auditlogmodel.h"
#include "ui/connectionstate.h"
#include "ui/widgets/emptystatewidget.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cooc::ui {

namespace {
const QString kSplitterKey = QStringLiteral("auditLogPage");
}

AuditLogPage::AuditLogPage(const PageContext &context, QWidget *parent)
    : Page(parent), m_context(context),
      m_model(std::make_unique<AuditLogModel>(context.session.db(), AuditLog::Scope::readableBy(context.session.actor))),
      m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_error(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new EmptyStateWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_detailHeading(new QLabel(this)),
      m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_heading->setObjectName(QStringLiteral("auditLogHeadingLabel"));
    m_intro->setObjectName(QStringLiteral("auditLogIntroLabel"));
    m_error->setObjectName(QStringLiteral("auditLogErrorLabel"));
    m_table->setObjectName(QStringLiteral("auditLogTableView"));
    m_empty->setObjectName(QStringLiteral("auditLogEmptyState"));
    m_splitter->setObjectName(QStringLiteral("auditLogSplitter"));
    m_detail->setObjectName(QStringLiteral("auditDetailTextEdit"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; }"));
    m_error->hide();

    m_table->setModel(m_model.get());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(AuditLogModel::TimeColumn, 170);
    m_table->setColumnWidth(AuditLogModel::ActorColumn, 150);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, 150);
    m_table->setColumnWidth(AuditLogModel::EntityColumn, 140);
    m_empty->setIcon(icon());
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailHeading);
    detailLayout->addWidget(m_detail);

    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    const QByteArray state = context.settings.splitterState(kSplitterKey);
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({700, 260});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogPage::showSelected);
    connect(m_model.get(), &AuditLogModel::fetched, this, &AuditLogPage::onFetched);
    connect(m_model.get(), &AuditLogModel::fetchFailed, this, &AuditLogPage::onFailed);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &AuditLogPage::showSelected);
    retranslate();
}

AuditLogPage::~AuditLogPage()
{
    m_context.settings.setSplitterState(kSplitterKey, m_splitter->saveState());
}

QString AuditLogPage::title() const
{
    return QCoreApplication::translate("cooc::ui::Areas", "Audit log");
}

QIcon AuditLogPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/audit.svg"));
}

void AuditLogPage::activated()
{
    if (!m_loaded)
        refresh();
}

void AuditLogPage::refresh()
{
    m_loaded = true;
    m_error->hide();
    m_model->reload();
    // The view asks for more pages as it scrolls; the first page is fetched here so the
    // empty state is right even before the view is laid out.
    if (m_model->canFetchMore())
        m_model->fetchMore();
    updateEmptyState();
}

void AuditLogPage::onFetched()
{
    m_context.connection.reportSuccess();
    m_error->hide();
    updateEmptyState();
}

void AuditLogPage::onFailed(const Error &error)
{
    m_context.connection.reportError(error);
    m_error->setText(tr("The audit log could not be loaded: %1 What is shown was kept. Press F5 to try again.")
                         .arg(error.message));
    m_error->show();
    updateEmptyState();
}

void AuditLogPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->lastError();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
}

void AuditLogPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->setPlainText(tr("Select an entry to see the evidence recorded with it."));
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    QString text = AuditLogModel::timeLabel(e.at) + QLatin1Char('\n')
        + tr("Account: %1").arg(e.actorLogin) + QLatin1Char('\n')
        + tr("Action: %1 (%2)").arg(AuditLogModel::actionLabel(e.action), e.action) + QLatin1Char('\n')
        + tr("Record: %1").arg(m_model->index(current.row(), AuditLogModel::EntityColumn).data().toString())
        + QStringLiteral("\n\n");
    text += e.detail.isEmpty() ? tr("No further details were recorded.")
                               : m_model->index(current.row(), 0).data(AuditLogModel::DetailJsonRole).toString();
    m_detail->setPlainText(text);
}

void AuditLogPage::retranslate()
{
    m_heading->setText(title());
    if (m_context.session.actor.isSchoolWide())
        m_intro->setText(tr("Every login and every decision at %1, newest first. The log is read-only: entries "
                            "cannot be changed or removed.")
                             .arg(m_context.session.actor.schoolName));
    else
        m_intro->setText(tr("Your own logins and decisions, newest first (the school's office staff see everyone's). "
                            "The log is read-only: entries cannot be changed or removed."));
    m_detailHeading->setText(tr("Details"));
    m_empty->setTitle(tr("No audit entries yet"));
    m_empty->setText(tr("Logins and decisions at your school will appear here as they happen."));
    // Column headers and action words come from the model's tr(): tell the view to re-read.
    m_model->retranslate();
    showSelected();
}

void AuditLogPage::hideEvent(QHideEvent *event)
{
    m_context.settings.setSplitterState(kSplitterKey, m_splitter->saveState());
    Page::hideEvent(event);
}

} // namespace cooc::ui
