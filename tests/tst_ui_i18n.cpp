// Both catalogues are complete, keep every placeholder, and are found at run time whatever
// context lupdate recorded (ui/catalogtranslator.h).
#include "ui/catalogtranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using cooc::ui::CatalogTranslator;

namespace {

struct Message
{
    QString context, source, comment, translation;
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &language)
{
    QList<Message> messages;
    QFile file(QStringLiteral(":/i18n-source/cooc_") + language + QStringLiteral(".ts"));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                m = Message{context, {}, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << m;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    return found;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readCatalogue(language);
        QVERIFY2(messages.size() > 100, "the catalogue is missing or nearly empty");
        QStringList problems;
        for (const Message &m : messages) {
            if (m.unfinished || m.translation.trimmed().isEmpty()) {
                problems << QStringLiteral("untranslated [%1] %2").arg(m.context, m.source);
                continue;
            }
            if (!m.numerus && placeholders(m.source) != placeholders(m.translation))
                problems << QStringLiteral("placeholders differ [%1] %2 → %3").arg(m.context, m.source, m.translation);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void chineseIsDefaultAndFoundByRuntimeContext()
    {
        CatalogTranslator translator;
        QVERIFY(translator.loadLanguage(QStringLiteral("zh_TW")));
        QCoreApplication::installTranslator(&translator);
        // Each message is asked for with the context the code uses at run time, which may
        // differ from the one lupdate recorded; the answer must be Chinese either way.
        const QList<Message> messages = readCatalogue(QStringLiteral("zh_TW"));
        // A source text translated differently in different contexts ("Subject": 主體 of a
        // certificate, 科目 of a grade) can only be found by its own context: not asked here.
        QHash<QString, QSet<QString>> translationsOf;
        for (const Message &m : messages)
            translationsOf[m.source + QChar(0x1f) + m.comment].insert(m.translation);
        int checked = 0;
        for (const Message &m : messages) {
            if (m.numerus || m.source == m.translation || translationsOf.value(m.source + QChar(0x1f) + m.comment).size() > 1)
                continue;
            const QString viaWrongContext = QCoreApplication::translate("cooc::SomewhereElse", m.source.toUtf8().constData(),
                                                                                m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
            QCOMPARE(viaWrongContext, m.translation);
            ++checked;
        }
        QVERIFY(checked > 100);
        QCoreApplication::removeTranslator(&translator);
        // Without the catalogue the English source comes back.
        QCOMPARE(QCoreApplication::translate("cooc::Database", "The database file could not be opened."),
                 QStringLiteral("The database file could not be opened."));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_ui_i18n.moc"
