// MainWindow::openFileInBackground, the open of the menus, recent files and drops: the
// file is read on a worker thread, then shown as openFile() shows it; a bad file keeps the
// design on screen; edits made while it was read are not lost unasked; only the latest of
// two opens is shown.
#include "support/testkinds.h"
#include "ui/mainwindow.h"

#include "core/document/document.h"
#include "core/io/designfile.h"
#include "ui/panels/summarypanel.h"
#include "ui/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;

namespace {

const QString kSample = QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.archstudio");

/// Opens in the background and waits for the answer; returns whether the file opened.
bool openAndWait(ui::MainWindow &window, const QString &path)
{
    std::optional<bool> opened;
    window.openFileInBackground(path, [&opened](bool ok) { opened = ok; });
    if (!QTest::qWaitFor([&opened] { return opened.has_value(); }, 10000))
        qFatal("the open of %s never finished", qPrintable(path));
    return *opened;
}

} // namespace

class TestOpenInBackground : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ui::RecoveryStore::directory()).removeRecursively();
    }

    void opensTheFileAsOpenFileDoes()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        QVERIFY(openAndWait(window, kSample));
        QCOMPARE(window.filePath(), kSample);
        ui::MainWindow reference(test::kinds());
        QVERIFY(reference.openFile(kSample));
        QCOMPARE(window.document()->design(), reference.document()->design());
        QVERIFY(!window.document()->isModified());
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Opened")));
    }

    void aStudioStartedOnAFileSaysItIsOpeningIt()
    {
        // As app/main.cpp does with a file on the command line: no design of its own yet.
        ui::MainWindow window(test::kinds());
        window.show();
        std::optional<bool> opened;
        window.openFileInBackground(kSample, [&opened](bool ok) { opened = ok; });
        auto *cost = window.findChild<QLabel *>(QStringLiteral("totalCost"));
        QCOMPARE(cost->text(), QStringLiteral("Opening global-storefront.archstudio…"));
        auto *summary = window.findChild<ui::SummaryPanel *>(QStringLiteral("summaryPanel"));
        QVERIFY(summary->isEvaluating());
        QCOMPARE(summary->findChild<QLabel *>(QStringLiteral("summaryCost"))->text(),
                 QStringLiteral("Opening…"));
        QVERIFY(QTest::qWaitFor([&opened] { return opened.has_value(); }, 10000));
        QVERIFY(*opened);
        QTRY_VERIFY(cost->text().endsWith(QStringLiteral(" a month")));
        QVERIFY(!summary->isEvaluating());
    }

    void aBadFileKeepsTheDesignAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"components\": [ }");
        file.close();
        ui::MainWindow window(test::kinds());
        QVERIFY(window.openFile(kSample));
        const model::Design before = window.document()->design();
        QVERIFY(!openAndWait(window, bad));
        QCOMPARE(window.document()->design(), before);
        QCOMPARE(window.filePath(), kSample);
        QVERIFY(!window.lastError().isEmpty());
    }

    void editsMadeWhileReadingAreNotLostUnasked()
    {
        ui::MainWindow window(test::kinds());
        window.newDesign();
        int asked = 0;
        window.setPrompt([&asked](const QString &) {
            ++asked;
            return QMessageBox::Cancel;
        });
        std::optional<bool> opened;
        window.openFileInBackground(kSample, [&opened](bool ok) { opened = ok; });
        // An edit lands before the worker's result is shown (it is delivered by the loop).
        window.setDesignNameAndDescription(QStringLiteral("Mine"), QString());
        QVERIFY(QTest::qWaitFor([&opened] { return opened.has_value(); }, 10000));
        QCOMPARE(asked, 1);
        QVERIFY(!*opened);
        QCOMPARE(window.document()->design().name, QStringLiteral("Mine"));
    }

    void onlyTheLatestOfTwoOpensIsShown()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.archstudio"));
        QVERIFY(QFile::copy(kSample, copy));
        ui::MainWindow window(test::kinds());
        window.newDesign();
        int first = 0;
        window.openFileInBackground(kSample, [&first](bool) { ++first; });
        QVERIFY(openAndWait(window, copy));
        QTest::qWait(100);
        QCOMPARE(first, 0); // superseded: never shown, never answered
        QCOMPARE(window.filePath(), copy);
    }
};

QTEST_MAIN(TestOpenInBackground)
#include "tst_openinbackground.moc"
