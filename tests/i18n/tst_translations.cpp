// The shipped translations: complete against the sources as they are now, faithful to each
// source text's placeholders and mnemonics, and installed for the locales they serve.

#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace archstudio;

namespace {

const QStringList kTsFiles =
    QStringLiteral(ARCHSTUDIO_TS_FILES).split(QLatin1Char(';'), Qt::SkipEmptyParts);

struct Message
{
    QString context;
    QString source;
    QString type;             // the translation's: "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or a form for each plural
    bool plural = false;

    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = {
                context, {}, {}, {}, xml.attributes().value("numerus") == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value("type").toString();
            if (!message.plural) // a plural's forms follow as <numerusform> elements
                message.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// %1 … %99, %L1 and %n: what .arg() and the plural fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?\\d{1,2}|n|Ln)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

// The "&" that underlines a menu or button's letter; "&&" is a literal ampersand, and "&x;"
// an HTML entity.
int mnemonics(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?![&#a-zA-Z0-9]+;)(?!&)"));
    int count = 0;
    for (auto it = mnemonic.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // lupdate over the sources as they are: a text added or changed since the translation was
    // made shows up unfinished, one removed shows up vanished.
    void everyShippedTranslationIsCompleteForTheSources()
    {
        QVERIFY(!kTsFiles.isEmpty());
        for (const QString &ts : kTsFiles) {
            QTemporaryDir scratch;
            const QString copy = scratch.filePath(QFileInfo(ts).fileName());
            QVERIFY(QFile::copy(ts, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.setWorkingDirectory(QStringLiteral(ARCHSTUDIO_SOURCE_DIR));
            lupdate.start(QStringLiteral(ARCHSTUDIO_LUPDATE),
                          {QStringLiteral("-locations"), QStringLiteral("none"),
                           QStringLiteral("core"), QStringLiteral("plugins"), QStringLiteral("ui"),
                           QStringLiteral("app"), QStringLiteral("-ts"), copy});
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);

            QStringList open;
            for (const Message &m : readTs(copy))
                if (!m.type.isEmpty())
                    open.append(m.type + QStringLiteral(" ") + m.where());
            QVERIFY2(open.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2 entries need a translator (run the "
                                               "update_translations target, then translate "
                                               "them; docs/TRANSLATING.md):\n  %3")
                                    .arg(ts)
                                    .arg(open.size())
                                    .arg(open.mid(0, 25).join(QStringLiteral("\n  ")))));
        }
    }

    void translationsKeepEveryPlaceholderAndMnemonic()
    {
        for (const QString &ts : kTsFiles) {
            QStringList wrong;
            for (const Message &m : readTs(ts)) {
                if (!m.type.isEmpty())
                    continue;
                for (const QString &t : m.translations) {
                    QStringList expected = placeholders(m.source);
                    QStringList actual = placeholders(t);
                    // A plural's singular may say "one" rather than "%n".
                    if (m.plural && t != m.translations.last()) {
                        expected.removeAll(QStringLiteral("%n"));
                        actual.removeAll(QStringLiteral("%n"));
                    }
                    if (t.isEmpty() || actual != expected)
                        wrong.append(QStringLiteral("placeholders of ") + m.where());
                    else if (mnemonics(t) != mnemonics(m.source))
                        wrong.append(QStringLiteral("mnemonic of ") + m.where());
                }
            }
            QVERIFY2(wrong.isEmpty(),
                     qPrintable(ts + QStringLiteral(":\n  ") + wrong.join(QStringLiteral("\n  "))));
        }
    }

    void germanIsShippedAndInstalledForGermanLocales()
    {
        bool german = false;
        for (const i18n::Language &language : i18n::shippedLanguages())
            german = german || (language.code == QStringLiteral("de") &&
                                language.nativeName == QStringLiteral("Deutsch"));
        QVERIFY(german);

        QCoreApplication &app = *QCoreApplication::instance();
        QCOMPARE(i18n::installTranslations(app, QLocale(QStringLiteral("de_AT"))),
                 QStringLiteral("de"));
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("archstudio::ui::MainWindow", "&File"),
                 QStringLiteral("&Datei"));

        i18n::removeTranslations(app);
        QCOMPARE(QCoreApplication::translate("archstudio::ui::MainWindow", "&File"),
                 QStringLiteral("&File"));
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("en"));
    }

    void otherLocalesStayInEnglish()
    {
        QCoreApplication &app = *QCoreApplication::instance();
        QCOMPARE(i18n::installedCodeFor(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("en"));
        QCOMPARE(i18n::installTranslations(app, QLocale::c()), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("archstudio::ui::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
