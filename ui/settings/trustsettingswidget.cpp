#include "ui/settings/trustsettingswidget.h"

#include "app/esign/trustconfigservice.h"
#include "app/session.h"
#include "models/clock.h"
#include "ui/connectionstate.h"
#include "ui/prompter.h"

#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cooc::ui {

namespace {

QString day(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// Runs `future` and hands its result to `done` on the GUI thread, unless `context` is gone.
template<typename T, typename F>
void whenDone(QObject *context, QFuture<T> future, F done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        const T result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(std::move(future));
}

} // namespace

TrustSettingsWidget::TrustSettingsWidget(const PageContext &context, QWidget *parent)
    : QGroupBox(parent), m_context(context), m_note(new QLabel(this)), m_table(new QTableWidget(this)),
      m_kindCombo(new QComboBox(this)), m_addButton(new QPushButton(this)), m_removeButton(new QPushButton(this)),
      m_reloadButton(new QPushButton(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("trustSettingsGroupBox"));
    m_note->setObjectName(QStringLiteral("trustNoteLabel"));
    m_table->setObjectName(QStringLiteral("trustTableWidget"));
    m_kindCombo->setObjectName(QStringLiteral("trustKindComboBox"));
    m_addButton->setObjectName(QStringLiteral("addTrustButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTrustButton"));
    m_reloadButton->setObjectName(QStringLiteral("reloadTrustButton"));
    m_status->setObjectName(QStringLiteral("trustStatusLabel"));

    m_editable = context.session.actor.has(Actor::Role::SchoolAdmin);
    m_note->setWordWrap(true);
    m_status->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(160);

    for (TrustMaterial::Kind kind : TrustMaterial::allKinds())
        m_kindCombo->addItem(QString(), TrustMaterial::kindCode(kind));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_kindCombo);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_addButton, &QPushButton::clicked, this, &TrustSettingsWidget::chooseAndAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &TrustSettingsWidget::removeSelected);
    connect(m_reloadButton, &QPushButton::clicked, this, &TrustSettingsWidget::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TrustSettingsWidget::updateButtons);

    retranslate();
    reload();
}

TrustSettingsWidget::~TrustSettingsWidget() = default;

void TrustSettingsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void TrustSettingsWidget::retranslate()
{
    setTitle(tr("E-signature trust"));
    m_note->setText(m_editable
                        ? tr("Parents' e-signatures are verified against these certificates only; nothing is fetched "
                             "from the Internet. Before adding a certificate, compare its SHA-256 fingerprint with "
                             "the one the certificate authority publishes.")
                        : tr("Parents' e-signatures are verified against these certificates only. Only the school's "
                             "administrators can change them."));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Label"), tr("Subject"), tr("SHA-256"), tr("Valid until"),
                                        tr("Status")});
    for (int i = 0; i < m_kindCombo->count(); ++i) {
        if (const auto kind = TrustMaterial::kindFromCode(m_kindCombo->itemData(i).toString()))
            m_kindCombo->setItemText(i, TrustMaterial::kindName(*kind));
    }
    m_kindCombo->setToolTip(tr("What the file you add is"));
    m_addButton->setText(tr("&Add…"));
    m_addButton->setToolTip(tr("Choose a certificate or revocation list file (PEM or DER) and confirm its fingerprint"));
    m_removeButton->setText(tr("&Remove"));
    m_reloadButton->setText(tr("Reload"));
    if (!m_entries.isEmpty())
        showEntries(m_entries);
}

void TrustSettingsWidget::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (!status.isNull())
        m_status->setText(status);
    updateButtons();
}

void TrustSettingsWidget::updateButtons()
{
    const int row = m_table->currentRow();
    const bool removable = row >= 0 && row < m_entries.size() && !m_entries.at(row).material.isCityWide();
    m_kindCombo->setEnabled(m_editable && !m_busy);
    m_addButton->setEnabled(m_editable && !m_busy);
    m_removeButton->setEnabled(m_editable && !m_busy && removable && !m_table->selectedItems().isEmpty());
    m_reloadButton->setEnabled(!m_busy);
}

void TrustSettingsWidget::reload()
{
    setBusy(true, tr("Loading the trust settings…"));
    whenDone(this, esign::TrustConfigService::shared().entriesAsync(m_context.session.db().url(),
                                                                     m_context.session.actor.schoolId),
             [this](const Result<QList<TrustMaterialEntry>> &entries) {
                 if (!entries) {
                     m_context.connection.reportError(entries.error());
                     setBusy(false, tr("The trust settings cannot be loaded: %1").arg(entries.error().message));
                     emit loaded();
                     return;
                 }
                 m_context.connection.reportSuccess();
                 showEntries(entries.value());
                 int anchors = 0;
                 for (const TrustMaterialEntry &e : entries.value())
                     anchors += e.material.kind == TrustMaterial::Kind::Anchor ? 1 : 0;
                 QStringList status;
                 if (!m_doneMessage.isEmpty())
                     status << m_doneMessage;
                 if (anchors == 0)
                     status << tr("No trust anchor is configured: e-signatures cannot be verified until an "
                                  "administrator adds one.");
                 m_doneMessage.clear();
                 setBusy(false, status.join(QLatin1Char(' ')));
                 emit loaded();
             });
}

void TrustSettingsWidget::showEntries(const QList<TrustMaterialEntry> &entries)
{
    m_entries = entries;
    const QDateTime now = m_context.clock.now();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const TrustMaterialEntry &e = entries.at(row);
        const TrustMaterial &m = e.material;
        const bool isCrl = m.kind == TrustMaterial::Kind::Crl;
        QStringList status;
        QString statusTip;
        if (m.isDemo) {
            status << tr("DEMO");
            statusTip = tr("Shipped with the demo school: NOT a real certificate authority.");
        }
        if (m.isCityWide())
            status << tr("City-wide");
        if (e.info && e.info->isExpired(now))
            status << (isCrl ? tr("Stale: replace it") : tr("Expired"));
        if (!e.problem.isEmpty()) {
            status << tr("Problem");
            statusTip = e.problem;
        }
        QString validity;
        if (e.info) {
            validity = isCrl ? (e.info->validUntil.isValid() ? tr("next update %1").arg(day(e.info->validUntil))
                                                             : tr("no next update"))
                             : day(e.info->validUntil);
        }
        const QStringList texts = {TrustMaterial::kindName(m.kind),
                                   m.label,
                                   e.info ? e.info->subject : e.problem,
                                   TrustMaterialInfo::displayFingerprint(m.sha256),
                                   validity,
                                   status.join(QStringLiteral(" · "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, m.id);
            if (column == Sha256Column)
                item->setToolTip(m.sha256);
            if (column == StatusColumn && !statusTip.isEmpty())
                item->setToolTip(statusTip);
            if (column == StatusColumn && (m.isDemo || !e.problem.isEmpty() || (e.info && e.info->isExpired(now))))
                item->setForeground(QColor(0xb0, 0x3a, 0x00));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void TrustSettingsWidget::chooseAndAdd()
{
    const auto kind = TrustMaterial::kindFromCode(m_kindCombo->currentData().toString());
    if (!kind)
        return;
    const QString path = m_context.prompter.chooseFile(
        this, tr("Add: %1").arg(TrustMaterial::kindName(*kind)), QDir::homePath(),
        tr("Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)"));
    if (path.isEmpty())
        return;
    setBusy(true, tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    whenDone(this, esign::TrustConfigService::shared().inspectFileAsync(path, *kind),
             [this](const Result<TrustMaterialInfo> &info) {
                 setBusy(false, QStringLiteral(""));
                 if (!info) {
                     m_context.prompter.warn(this, tr("Not added"), info.error().message);
                     return;
                 }
                 confirmAndAdd(info.value());
             });
}

void TrustSettingsWidget::confirmAndAdd(const TrustMaterialInfo &info)
{
    const bool isCrl = info.kind == TrustMaterial::Kind::Crl;
    const QString details =
        isCrl ? tr("Issuer: %1\nIssued: %2\nNext update: %3\nRevoked certificates: %4")
                    .arg(info.subject, day(info.validFrom),
                         info.validUntil.isValid() ? day(info.validUntil) : tr("none"))
                    .arg(info.revokedCount)
              : tr("Subject: %1\nIssuer: %2\nValid: %3 to %4")
                    .arg(info.subject, info.issuer, day(info.validFrom), day(info.validUntil));
    //: %1 is e.g. "Trust anchor"; the fingerprint follows on its own line.
    const QString text = tr("Add this %1?\n\n%2\n\nSHA-256 fingerprint:\n%3\n\nCompare this fingerprint with the one "
                            "the certificate authority publishes (on its web site or in its letter). Add it only if "
                            "every character is the same.")
                             .arg(TrustMaterial::kindName(info.kind), details, info.sha256Display());
    if (!m_context.prompter.confirm(this, tr("Confirm the fingerprint"), text, tr("The fingerprint matches: Add")))
        return;
    TrustAddition addition;
    addition.kind = info.kind;
    addition.bytes = info.pem;            // exactly what was shown, not the file as it is now
    addition.expectedSha256 = info.sha256; // the fingerprint the admin confirmed
    setBusy(true, tr("Adding…"));
    whenDone(this,
             esign::TrustConfigService::shared().addAsync(m_context.session.db().url(), m_context.session.actor,
                                                          m_context.clock, m_context.session.actor.schoolId, addition),
             [this](const Result<TrustChange> &change) {
                 if (!change) {
                     setBusy(false, QStringLiteral(""));
                     m_context.prompter.warn(this, tr("Not added"), change.error().message);
                     return;
                 }
                 QString done = tr("Added \"%1\".").arg(change->material.label);
                 if (!change->superseded.isEmpty())
                     done += QLatin1Char(' ')
                         + tr("It replaces %n older revocation list(s) of the same issuer.", nullptr,
                              int(change->superseded.size()));
                 m_doneMessage = done;
                 reload();
             });
}

void TrustSettingsWidget::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const TrustMaterial material = m_entries.at(row).material;
    const QString consequence = material.kind == TrustMaterial::Kind::Anchor
                                    ? tr("Signatures that chain only to this anchor will no longer verify.")
                                    : material.kind == TrustMaterial::Kind::Crl
                                          ? tr("Certificates of its issuer can then not be checked for revocation.")
                                          : tr("Signatures that need it may no longer verify.");
    if (!m_context.prompter.confirm(this, tr("Remove trust entry"),
                                    tr("Remove \"%1\" (%2)?\n\n%3")
                                        .arg(material.label, TrustMaterial::kindName(material.kind), consequence),
                                    tr("Remove")))
        return;
    setBusy(true, tr("Removing…"));
    whenDone(this,
             esign::TrustConfigService::shared().removeAsync(m_context.session.db().url(), m_context.session.actor,
                                                             m_context.clock, m_context.session.actor.schoolId,
                                                             material.id),
             [this](const Result<TrustChange> &change) {
                 if (!change) {
                     setBusy(false, QStringLiteral(""));
                     m_context.prompter.warn(this, tr("Not removed"), change.error().message);
                     reload();
                     return;
                 }
                 const QString done = tr("Removed \"%1\".").arg(change->material.label);
                 m_doneMessage = done;
                 reload();
             });
}

} // namespace cooc::ui
