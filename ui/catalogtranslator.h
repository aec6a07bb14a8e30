#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace cooc::ui {

// Our catalogue: the compiled .qm first (exact context), then the same language's .ts
// (embedded as :/i18n-source/cooc_<lang>.ts) looked up by source text alone.
//
// Why the second step: lupdate (Qt 6.4) cannot resolve C++17 nested namespaces
// (`namespace cooc::ui {`) nor our file-local tr() helpers, so for those strings the
// context it records differs from the one the code asks for at run time. Looking up the
// source text (with its disambiguation) still finds the translation; the translation
// check in tst_i18n makes sure every entry has one.
class CatalogTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTranslator)

public:
    explicit CatalogTranslator(QObject *parent = nullptr);
    ~CatalogTranslator() override;

    // `language` is "zh_TW" or "en"; false when neither catalogue could be read.
    bool loadLanguage(const QString &language);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;

    qsizetype fallbackSize() const { return m_bySource.size(); }

private:
    bool loadSource(const QString &tsPath);

    QHash<QString, QStringList> m_bySource; // source + U+001F + disambiguation → forms
    bool m_hasQm = false;
};

} // namespace cooc::ui
