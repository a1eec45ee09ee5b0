// The studio in German: chosen in View > Language, its menus, kinds and figures translated,
// and its numbers and money written the German way.

#include "core/document/document.h"
#include "core/engine/kindplugin.h"
#include "core/engine/kindset.h"
#include "core/i18n/language.h"
#include "core/model/propertylabel.h"
#include "core/render/figureformat.h"
#include "ui/canvas/palettewidget.h"
#include "ui/language/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/recoverystore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QPluginLoader>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace archstudio;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

// Starts the studio as main() does in the language saved: translations first, then the kinds
// (their names are translated as they register), then the window.
std::unique_ptr<ui::MainWindow> startStudio()
{
    const QLocale locale = i18n::localeFor(i18n::savedLanguage());
    QLocale::setDefault(locale);
    i18n::installTranslations(*qApp, locale);
    auto window = std::make_unique<ui::MainWindow>(engine::KindSet::linked());
    window->newDesign();
    return window;
}

// Every property's English label (and its fields'), derived from its name: the labels each
// plugin lists for the translators must cover them.
void collectLabels(const QList<model::PropertySchema> &properties, QStringList &labels)
{
    for (const model::PropertySchema &p : properties) {
        labels.append(model::englishPropertyLabel(p));
        collectLabels(p.fields, labels);
    }
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ui::RecoveryStore::directory()).removeRecursively();
    }

    void cleanup()
    {
        i18n::saveLanguage({});
        i18n::removeTranslations(*qApp);
        QLocale::setDefault(QLocale::c());
    }

    void startsInEnglishWithoutAChoice()
    {
        i18n::saveLanguage({}); // the test machine's locale is C
        const auto window = startStudio();
        QCOMPARE(menuTitles(*window).mid(0, 3),
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                              QStringLiteral("&View")}));
        QCOMPARE(render::fullUsd(1234.5), QStringLiteral("$1,234.50"));
    }

    void germanChosenTranslatesMenusKindsAndNumbers()
    {
        i18n::saveLanguage(QStringLiteral("de"));
        const auto window = startStudio();
        QCOMPARE(menuTitles(*window).mid(0, 3),
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                              QStringLiteral("&Ansicht")}));
        // The language menu shows the choice, each language in its own name.
        auto *menu = window->findChild<ui::LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("&Sprache"));
        auto *german = menu->findChild<QAction *>(QStringLiteral("language-de"));
        QVERIFY(german);
        QVERIFY(german->isChecked());
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        // A kind from the AWS plugin, translated as it registered.
        const model::KindSchema *rds =
            window->document()->kinds().schemas().schema(QStringLiteral("rds"));
        QVERIFY(rds);
        QCOMPARE(rds->displayName, QStringLiteral("RDS-Datenbank"));
        // Money and figures the German way (a no-break space before the symbol).
        QCOMPARE(render::fullUsd(1234.5), QStringLiteral("1.234,50\u00A0$"));
        QCOMPARE(render::latencyMs(2.5), QStringLiteral("2,50 ms"));
    }

    // The inspector's property labels are derived from the names, so lupdate cannot see them:
    // each plugin lists them (QT_TRANSLATE_NOOP). A label missing from a list, or from the
    // German translation, fails here, naming the line to add.
    void everyPropertyLabelHasAGermanTranslation()
    {
        QPluginLoader loader(QStringLiteral(ARCHSTUDIO_SELFMANAGED_PLUGIN));
        QVERIFY2(loader.load(), qPrintable(loader.errorString()));
        auto *selfManaged = qobject_cast<engine::KindPlugin *>(loader.instance());
        QVERIFY(selfManaged);
        QStringList labels;
        const std::shared_ptr<const engine::KindSet> linked = engine::KindSet::linked();
        for (const model::KindSchema &kind : linked->schemas().schemas())
            collectLabels(kind.properties, labels);
        for (const model::KindSchema &kind : selfManaged->kindSchemas())
            collectLabels(kind.properties, labels);
        labels.removeDuplicates();
        QVERIFY(labels.size() > 20);

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/archstudio_de.qm")));
        QStringList missing;
        for (const QString &label : labels)
            if (german.translate("Kinds", label.toUtf8().constData()).isEmpty())
                missing.append(QStringLiteral("QT_TRANSLATE_NOOP(\"Kinds\", \"%1\"),").arg(label));
        for (const QString &line : std::as_const(missing))
            qInfo().noquote() << line; // QVERIFY2 cuts long messages short
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 labels without a translation (listed above)")
                                .arg(missing.size())));
    }

    void choosingAnotherLanguageSavesItAndOffersARestart()
    {
        i18n::saveLanguage(QStringLiteral("de"));
        const auto window = startStudio();
        auto *menu = window->findChild<ui::LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        bool restart = false;
        connect(menu, &ui::LanguageMenu::restartRequested, this, [&restart] { restart = true; });
        QString prompt;
        // The prompt is modal: answer it "Later" once it shows.
        QTimer::singleShot(0, this, [&prompt] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("languageRestartPrompt"))
                return;
            prompt = box->text();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::RejectRole)
                    b->click();
        });
        menu->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QCOMPARE(i18n::savedLanguage(), QStringLiteral("en"));
        QVERIFY2(!prompt.isEmpty(), "no restart prompt");
        QVERIFY(!restart);
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
