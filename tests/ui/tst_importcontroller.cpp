// ImportController, File › Import: a Terraform plan or a diagrams.net drawing becomes a new,
// untitled design laid out in full; a bad file keeps the design open; and the workload an
// import lacks is offered and added as one undo step, linked to every database.
#include "support/testkinds.h"
#include "ui/files/filecontroller.h"
#include "ui/files/importcontroller.h"

#include "core/document/document.h"
#include "core/document/workloadedits.h"
#include "core/engine/workloadkind.h"
#include "core/io/designfile.h"
#include "ui/canvas/diagramscene.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;

namespace {

const QString kPlan = QStringLiteral(ARCHSTUDIO_TEST_DATA "/terraform/aurora.json");
const QString kDiagram = QStringLiteral(ARCHSTUDIO_TEST_DATA "/drawio-import/shop.drawio");

/// What a studio window gives the controllers: the document, the canvas, and itself as the
/// parent of the dialogs; questions are answered by answer.
class Studio : public QWidget
{
public:
    explicit Studio(QMessageBox::StandardButton answer)
    {
        canvas.setCatalog(test::kinds()->catalog());
        canvas.setDocument(&document);
        files = new ui::FileController(&document, &canvas, this);
        imports = new ui::ImportController(files, &document, this);
        const auto prompt = [this, answer](const QString &question) {
            questions << question;
            return answer;
        };
        files->setPrompt(prompt);
        imports->setPrompt(prompt);
    }
    ~Studio() override
    {
        delete imports;
        delete files;
    }

    QList<model::Component> ofKind(const QString &kind) const
    {
        QList<model::Component> found;
        for (const model::Component &c : document.design().components) {
            if (c.kind == kind)
                found << c;
        }
        return found;
    }

    document::Document document{test::kinds()};
    ui::DiagramScene canvas;
    ui::FileController *files = nullptr;
    ui::ImportController *imports = nullptr;
    QStringList questions;
};

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aPlanBecomesAnUntitledDesignLaidOut()
    {
        Studio studio(QMessageBox::No);
        QVERIFY(studio.imports->importFile(ui::ImportController::Source::TerraformPlan, kPlan));
        QVERIFY(studio.files->filePath().isEmpty());
        const model::Design &design = studio.document.design();
        QVERIFY(!studio.imports->lastResult().imported.isEmpty());
        QCOMPARE(design.components.size(), studio.imports->lastResult().imported.size());
        QVERIFY(!studio.ofKind(QStringLiteral("aurora-cluster")).isEmpty());
        for (const model::Component &c : design.components)
            QVERIFY2(design.layout.componentPositions.contains(c.id), qPrintable(c.id.value()));
        for (const model::Region &r : design.regions)
            QVERIFY(design.layout.regionFrames.contains(r.code));
        // Declined: asked once, and no workload appears.
        QCOMPARE(studio.questions.size(), 1);
        QVERIFY(studio.questions.first().contains(QStringLiteral("no workload")));
        QVERIFY(studio.ofKind(engine::kWorkloadKind).isEmpty());
    }

    void theWorkloadOfferedIsLinkedToEveryDatabase()
    {
        Studio studio(QMessageBox::Yes);
        QVERIFY(studio.imports->importFile(ui::ImportController::Source::TerraformPlan, kPlan));
        const QList<model::Component> workloads = studio.ofKind(engine::kWorkloadKind);
        QCOMPARE(workloads.size(), 1);
        const model::Design &design = studio.document.design();
        QVERIFY(design.layout.componentPositions.contains(workloads.first().id));
        // Each Aurora instance is called directly, readers for reads only; the cluster is
        // reached through them.
        int writers = 0;
        for (const model::Component &instance : studio.ofKind(QStringLiteral("aurora-instance"))) {
            const auto link =
                std::find_if(design.links.cbegin(), design.links.cend(), [&](const model::Link &l) {
                    return l.from == workloads.first().id && l.to == instance.id;
                });
            QVERIFY2(link != design.links.cend(), qPrintable(instance.id.value()));
            const bool writer =
                instance.properties.value(QStringLiteral("role")).toString() == "writer";
            writers += writer;
            QCOMPARE(link->traffic, writer ? model::Traffic::ReadsWrites : model::Traffic::Reads);
        }
        QVERIFY(writers >= 1);
        for (const model::Component &cluster : studio.ofKind(QStringLiteral("aurora-cluster"))) {
            for (const model::Link &l : design.links)
                QVERIFY(l.to != cluster.id);
        }
        // One undo step takes it all back.
        QVERIFY(studio.document.isModified());
        studio.document.undoStack()->undo();
        QVERIFY(studio.ofKind(engine::kWorkloadKind).isEmpty());
        QVERIFY(studio.document.design().links.isEmpty());
    }

    void aDiagramImportsItsShapes()
    {
        Studio studio(QMessageBox::No);
        QVERIFY(studio.imports->importFile(ui::ImportController::Source::DrawioDiagram, kDiagram));
        QVERIFY(!studio.ofKind(QStringLiteral("rds")).isEmpty());
        QVERIFY(!studio.ofKind(QStringLiteral("dynamodb")).isEmpty());
    }

    /// File › Open on a drawing made without ArchStudio imports it, and says what to check.
    void openingADrawingSaysWhatToCheck()
    {
        Studio studio(QMessageBox::No);
        QSignalSpy status(studio.files, &ui::FileController::statusMessage);
        QVERIFY(studio.files->openFile(kDiagram));
        QVERIFY(!studio.ofKind(QStringLiteral("aurora-cluster")).isEmpty());
        QVERIFY(!status.isEmpty());
        const QString said = status.last().at(0).toString();
        QVERIFY2(said.contains(QStringLiteral("of its shapes to check")), qPrintable(said));
    }

    void aBadFileKeepsTheDesign()
    {
        Studio studio(QMessageBox::Yes);
        studio.files->newDesign();
        const model::Design before = studio.document.design();
        QSignalSpy status(studio.imports, &ui::ImportController::statusMessage);
        const QString bad = QStringLiteral(ARCHSTUDIO_TEST_DATA "/terraform/bad-syntax.json");
        QVERIFY(!studio.imports->importFile(ui::ImportController::Source::TerraformPlan, bad));
        QVERIFY2(studio.imports->lastResult().error.contains(QStringLiteral("bad-syntax.json")),
                 qPrintable(studio.imports->lastResult().error));
        QCOMPARE(studio.document.design(), before);
        QCOMPARE(status.count(), 1);
        QVERIFY(!studio.imports->importFile(ui::ImportController::Source::TerraformPlan,
                                            QStringLiteral("/nonexistent/plan.json")));
        QVERIFY(studio.imports->lastResult().error.contains(QStringLiteral("plan.json")));
    }

    void nothingToLinkIsSaid()
    {
        Studio studio(QMessageBox::Yes);
        studio.files->newDesign();
        QSignalSpy status(studio.imports, &ui::ImportController::statusMessage);
        QVERIFY(!studio.imports->addWorkloadToEveryDatabase());
        QCOMPARE(status.count(), 1);
        QVERIFY(!studio.document.isModified());
    }
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
