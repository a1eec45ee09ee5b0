// Analysis > Monte Carlo on figures no design should have (issue 20, F5), on Qt's offscreen
// platform: overrides outside the catalog's plausible ranges are refused before the run, and
// rates that reach the engine another way stop the run by themselves with a message, the
// dialog ready for another run.
#include "support/testkinds.h"
#include "ui/analysis/montecarlodialog.h"

#include "core/catalog/catalogfile.h"
#include "core/io/designfile.h"
#include "core/model/variants.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace archstudio;

namespace {

model::Design singleAzDatabase()
{
    const io::LoadResult loaded = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_TEST_DATA "/simulation/rds-single-az.json"), test::loadOptions());
    if (!loaded.file)
        qFatal("the test design does not load");
    return loaded.file->design;
}

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestMonteCarloDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void implausibleOverridesAreRefusedBeforeRunning()
    {
        model::Design design = singleAzDatabase();
        design.catalogOverrides.insert(QStringLiteral("failure.az.per-year"), 1e300);
        ui::MonteCarloDialog dialog(design, test::kinds());
        dialog.setYears(1000);
        dialog.run();
        QVERIFY(!dialog.isRunning());
        QVERIFY2(
            dialog.statusText().contains(QStringLiteral("catalogOverrides.failure.az.per-year")) &&
                dialog.statusText().contains(QStringLiteral("plausible range of 0 to 365")),
            qPrintable(dialog.statusText()));
        QVERIFY(button(dialog, QStringLiteral("Run"))->isEnabled());
    }

    void ratesTooHighToSimulateStopTheRunWithAMessage()
    {
        // The figures come with the catalog here, not as overrides: only the engine's cap on
        // events per simulated year stops them.
        catalog::Catalog extreme = test::kinds()->catalog();
        for (const auto &[key, value] : {std::pair{"failure.az.per-year", 1e300},
                                         std::pair{"failure.az.duration-hours", 1e-300}}) {
            catalog::Entry entry = *extreme.find(QLatin1String(key));
            entry.value = value;
            extreme.setEntry(QLatin1String(key), entry);
        }
        ui::MonteCarloDialog dialog(singleAzDatabase(), engine::KindSet::linked(extreme));
        dialog.setYears(100000);
        QSignalSpy finished(&dialog, &ui::MonteCarloDialog::finished);
        dialog.run();
        QVERIFY(dialog.isRunning());
        QVERIFY(!button(dialog, QStringLiteral("Run"))->isEnabled());
        QVERIFY(button(dialog, QStringLiteral("Cancel"))->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(!dialog.result().error.isEmpty());
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Stopped after")) &&
                     dialog.statusText().contains(QStringLiteral("failure and recovery events")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.findChild<QTableWidget *>()->rowCount(), 0);
        QVERIFY(button(dialog, QStringLiteral("Run"))->isEnabled());
        QVERIFY(!button(dialog, QStringLiteral("Cancel"))->isEnabled());

        // A sound design still runs to the end, with its progress shown.
        ui::MonteCarloDialog sound(singleAzDatabase(), test::kinds());
        sound.setYears(2000);
        QSignalSpy soundFinished(&sound, &ui::MonteCarloDialog::finished);
        sound.run();
        QVERIFY(soundFinished.wait(60000));
        QCOMPARE(sound.result().error, QString());
        QCOMPARE(sound.findChild<QProgressBar *>()->value(), 2000);
        QCOMPARE(sound.findChild<QProgressBar *>()->maximum(), 2000);
    }
};

QTEST_MAIN(TestMonteCarloDialog)
#include "tst_montecarlodialog.moc"
