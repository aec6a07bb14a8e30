#include "ui/catalogtranslator.h"

#include "ui/logging.h"

#include <QFile>
#include <QXmlStreamReader>

namespace cooc::ui {

namespace {

QString key(const QString &source, const QString &disambiguation)
{
    return source + QChar(0x1f) + disambiguation;
}

} // namespace

CatalogTranslator::CatalogTranslator(QObject *parent) : QTranslator(parent) {}

CatalogTranslator::~CatalogTranslator() = default;

bool CatalogTranslator::loadLanguage(const QString &language)
{
    m_hasQm = load(QStringLiteral(":/i18n/cooc_") + language + QStringLiteral(".qm"));
    const bool source = loadSource(QStringLiteral(":/i18n-source/cooc_") + language + QStringLiteral(".ts"));
    return m_hasQm || source;
}

bool CatalogTranslator::loadSource(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString source, comment;
    QStringList forms;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                forms.clear();
                unfinished = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                // Either plain text or <numerusform> children.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (forms.isEmpty() && !text.trimmed().isEmpty())
                    forms << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!unfinished && !forms.isEmpty() && !source.isEmpty())
                m_bySource.insert(key(source, comment), forms);
        }
    }
    if (xml.hasError()) {
        qCWarning(lcUi) << "catalogue" << tsPath << "is malformed:" << xml.errorString();
        return false;
    }
    return !m_bySource.isEmpty();
}

QString CatalogTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const
{
    if (m_hasQm) {
        const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!exact.isEmpty())
            return exact;
        // lupdate records `namespace a::b { class C` as context "C".
        const QByteArray full(context ? context : "");
        const qsizetype cut = full.lastIndexOf("::");
        if (cut >= 0) {
            const QByteArray shortContext = full.mid(cut + 2);
            const QString unqualified = QTranslator::translate(shortContext.constData(), sourceText, disambiguation, n);
            if (!unqualified.isEmpty())
                return unqualified;
        }
    }
    if (!sourceText)
        return {};
    const auto it = m_bySource.constFind(key(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
    if (it == m_bySource.cend())
        return {};
    const QStringList &forms = it.value();
    // Plurals: Chinese has one form; English two (singular for exactly one).
    if (forms.size() > 1 && n >= 0)
        return forms.at(n == 1 ? 0 : 1);
    return forms.first();
}

bool CatalogTranslator::isEmpty() const
{
    return !m_hasQm && m_bySource.isEmpty();
}

} // namespace cooc::ui
