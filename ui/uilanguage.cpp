#include "ui/uilanguage.h"

#include "ui/catalogtranslator.h"

#include "app/settings.h"
#include "ui/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace cooc::ui {

UiLanguage::UiLanguage(Settings &settings, QObject *parent) : QObject(parent), m_settings(settings) {}

UiLanguage::~UiLanguage()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

void UiLanguage::applyStored()
{
    install(m_settings.language());
}

Status UiLanguage::apply(const QString &language)
{
    const Status stored = m_settings.setLanguage(language);
    if (!stored)
        return stored;
    if (language != m_current)
        install(language);
    return okStatus();
}

QString UiLanguage::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QLocale UiLanguage::locale(const QString &language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::Taiwan);
    return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
}

void UiLanguage::install(const QString &language)
{
    // Remove the old catalogues first: each install/remove sends LanguageChange, and the
    // last one (our catalogue) is what the widgets see when they retranslate.
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    QLocale::setDefault(locale(language));

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    } else {
        qCInfo(lcUi) << "Qt's own translations for" << language << "are not installed";
    }

    auto app = std::make_unique<CatalogTranslator>();
    if (app->loadLanguage(language)) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        qCWarning(lcUi) << "the embedded catalogue for" << language << "is missing";
    }
    m_current = language;
    emit changed(language);
}

} // namespace cooc::ui
