#pragma once

#include "models/result.h"

#include <QObject>
#include <QTranslator>

#include <memory>

namespace cooc {
class Settings;
}

namespace cooc::ui {

// The UI language: installs our catalogue (embedded :/i18n/cooc_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm, when the system has it), sets the default QLocale and remembers the
// choice in Settings. Switching is live: installing a translator sends LanguageChange to
// every widget, and each widget retranslates its texts in changeEvent().
class UiLanguage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiLanguage)

public:
    explicit UiLanguage(Settings &settings, QObject *parent = nullptr);
    ~UiLanguage() override;

    // Applies the language stored in Settings (zh_TW unless the user chose otherwise).
    void applyStored();
    // Applies `language` ("zh_TW" or "en") now and remembers it. InvalidInput for a language
    // we do not ship; nothing changes then.
    Status apply(const QString &language);
    QString current() const { return m_current; }

    // The language's name in that language ("繁體中文", "English"): never translated.
    static QString nativeName(const QString &language);
    static QLocale locale(const QString &language);

signals:
    void changed(const QString &language);

private:
    void install(const QString &language);

    Settings &m_settings;
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace cooc::ui
