// File > Export… and Print: the dialog previews what it will write, remembers its options,
// and exports in the background through the same writers as the command line.
#include "support/testkinds.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportjob.h"
#include "ui/export/printdesign.h"

#include "core/catalog/catalogfile.h"
#include "core/io/designfile.h"
#include "core/render/exportformats.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace archstudio;

namespace {

model::Design sample()
{
    const io::LoadResult loaded = io::loadDesignFile(
        QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"), test::loadOptions());
    return loaded.file ? loaded.file->design : model::Design();
}

/// Dark pixels: text, icons and the badges under cards (container tints do not count).
int inkPixels(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 0 && qGray(c.rgb()) < 128)
                ++ink;
        }
    }
    return ink;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("ArchStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear();
        QVERIFY(!sample().components.isEmpty());
    }

    void previewsTheDiagramAndFollowsTheOptions()
    {
        ui::ExportDialog dialog(sample(), test::kinds(), {});
        QVERIFY(dialog.selectFormat(QStringLiteral("png")));
        const int annotated = inkPixels(dialog.previewImage());
        QVERIFY(annotated > 1000);
        dialog.annotationsBox()->setChecked(false);
        QVERIFY(inkPixels(dialog.previewImage()) < annotated);
        QVERIFY(!dialog.selectionBox()->isEnabled()); // nothing selected
    }

    void offersToExportBesideTheDocument()
    {
        ui::ExportDialog dialog(sample(), test::kinds(), {});
        QVERIFY(dialog.selectFormat(QStringLiteral("png")));
        // A design never saved: the home folder, not the file system's root.
        QSettings().remove(QStringLiteral("export/folder"));
        QCOMPARE(QFileInfo(dialog.suggestedPath()).absolutePath(), QDir::homePath());
        QVERIFY(dialog.suggestedPath().endsWith(QStringLiteral(".png")));
        // A saved design: beside its file, named after it.
        dialog.setDocumentPath(mDir.filePath(QStringLiteral("orders.archstudio")));
        QCOMPARE(dialog.suggestedPath(), mDir.filePath(QStringLiteral("orders.png")));
        QVERIFY(dialog.selectFormat(QStringLiteral("csv")));
        QCOMPARE(dialog.suggestedPath(), mDir.filePath(QStringLiteral("orders.csv")));
    }

    void previewsTextFormatsAsText()
    {
        ui::ExportDialog dialog(sample(), test::kinds(), {});
        QVERIFY(dialog.selectFormat(QStringLiteral("csv")));
        QVERIFY(dialog.previewImage().isNull());
        QVERIFY(dialog.previewText().startsWith(QStringLiteral("component,name,kind,region")));
    }

    void exportsTheSelectionInTheBackground()
    {
        const QList<model::ComponentId> selection{model::ComponentId(QStringLiteral("orders-db"))};
        ui::ExportDialog dialog(sample(), test::kinds(), selection);
        QVERIFY(dialog.selectFormat(QStringLiteral("png")));
        QVERIFY(dialog.selectionBox()->isEnabled());
        dialog.selectionBox()->setChecked(true);
        dialog.scaleBox()->setValue(1.0);
        QCOMPARE(dialog.options().only.size(), 1);
        QSignalSpy done(&dialog, &ui::ExportDialog::exported);
        const QString out = mDir.filePath(QStringLiteral("selection.png"));
        dialog.exportTo(out);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(done.first().at(1).toString(), QString());
        const QImage image(out);
        QVERIFY(!image.isNull());
        // One card and its badge, not the whole design.
        QVERIFY(image.width() < 500);
        QVERIFY(inkPixels(image) > 100);
    }

    void aCancelledJobWritesNothing()
    {
        const QString out = mDir.filePath(QStringLiteral("cancelled.png"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        ui::ExportJob job(*render::exportFormats().forSuffix(QStringLiteral("png")), sample(),
                          test::kinds()->catalog(), test::kinds(), {}, out);
        QSignalSpy done(&job, &ui::ExportJob::finished);
        job.cancel(); // before the worker looks: the result does not depend on timing
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(done.first().at(0).toString(), io::exportCancelledMessage());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

    void remembersItsOptions()
    {
        {
            ui::ExportDialog dialog(sample(), test::kinds(), {});
            QVERIFY(dialog.selectFormat(QStringLiteral("pdf"), true));
            dialog.scaleBox()->setValue(3.5);
            dialog.annotationsBox()->setChecked(false);
        }
        ui::ExportDialog again(sample(), test::kinds(), {});
        QCOMPARE(again.exporter(), render::reportFormats().forSuffix(QStringLiteral("pdf")));
        QCOMPARE(again.scaleBox()->value(), 3.5);
        QVERIFY(!again.annotationsBox()->isChecked());
    }

    void printsThroughQPrinter()
    {
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString out = mDir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(out);
        const QString error = ui::printDesign(
            printer, render::makeExportInput(sample(), test::kinds()->catalog(), test::kinds()));
        QCOMPARE(error, QString());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
    }

private:
    QTemporaryDir mDir;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
