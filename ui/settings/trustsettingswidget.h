#pragma once

#include "models/esigntrustrepository.h"
#include "ui/pagecontext.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cooc::ui {

// Settings → "E-signature trust": the trust anchors, intermediates, revocation lists and
// timestamping roots that binding requests are verified against (label, subject, SHA-256,
// validity or a CRL's next update, DEMO badge). School administrators add a file (the
// fingerprint is shown and must be confirmed, like SSH) and remove entries; everybody else
// sees the list read-only. Loading, adding and removing run off the GUI thread
// (TrustConfigService::…Async) with the session's database URL.
class TrustSettingsWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustSettingsWidget)

public:
    enum Column { KindColumn, LabelColumn, SubjectColumn, Sha256Column, ValidityColumn, StatusColumn, ColumnCount };

    explicit TrustSettingsWidget(const PageContext &context, QWidget *parent = nullptr);
    ~TrustSettingsWidget() override;

    bool isEditable() const { return m_editable; }
    bool isBusy() const { return m_busy; }

public slots:
    void reload();

signals:
    // The list finished loading (after reload(), an addition or a removal).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseAndAdd();
    void confirmAndAdd(const TrustMaterialInfo &info);
    void removeSelected();
    void showEntries(const QList<TrustMaterialEntry> &entries);
    void setBusy(bool busy, const QString &status = {});
    void updateButtons();

    PageContext m_context;
    bool m_editable = false;
    bool m_busy = false;
    QList<TrustMaterialEntry> m_entries;
    QString m_doneMessage; // shown once the reload after a change finished
    QLabel *m_note;
    QTableWidget *m_table;
    QComboBox *m_kindCombo;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_reloadButton;
    QLabel *m_status;
};

} // namespace cooc::ui
