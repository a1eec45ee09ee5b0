// VariantController, a design's variants as a studio window offers them, driven without the
// window: the variant box and the Variant menu follow the design, each change is one undo
// step, deleting asks first, an exercise's model answer stays hidden until asked for, and
// comparing needs two variants.
#include "support/testkinds.h"
#include "ui/variants/variantcontroller.h"

#include "core/document/document.h"
#include "core/document/evaluationscheduler.h"
#include "core/io/designfile.h"
#include "core/model/exercise.h"
#include "core/model/variants.h"
#include "ui/analysis/designchangesview.h"
#include "ui/analysis/variantcomparison.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace archstudio;

namespace {

const QString kTwoVariants =
    QStringLiteral(ARCHSTUDIO_TEST_DATA "/variants/orders-two-variants.json");
const QString kExercise = QStringLiteral(ARCHSTUDIO_EXERCISES "/01-survive-a-zone.json");

/// What a studio window gives its variant controller: the document, the scheduler whose load
/// the comparison takes, the variant box and menu, and itself as the parent of the dialogs.
class Studio : public QWidget
{
public:
    explicit Studio(const QString &path)
    {
        io::LoadResult loaded = io::loadDesignFile(path, test::loadOptions());
        if (loaded.file)
            document.setDesign(loaded.file->design);
        variants = new ui::VariantController(&document, &scheduler, this);
        variants->attach(&combo, &menu);
    }
    ~Studio() override { delete variants; }

    QStringList comboItems() const
    {
        QStringList items;
        for (int i = 0; i < combo.count(); ++i)
            items << combo.itemText(i);
        return items;
    }
    /// The variants listed in the menu, after its New, Rename and Delete entries.
    QStringList menuVariants(QString *checked = nullptr) const
    {
        QStringList names;
        for (QAction *a : menu.actions()) {
            if (!a->isCheckable())
                continue;
            names << a->text();
            if (checked && a->isChecked())
                *checked = a->text();
        }
        return names;
    }
    QAction *menuAction(const char *name) const
    {
        return findChild<QAction *>(QString::fromLatin1(name));
    }

    document::Document document{test::kinds()};
    document::EvaluationScheduler scheduler{&document};
    QComboBox combo;
    QMenu menu;
    ui::VariantController *variants = nullptr;
};

} // namespace

class TestVariantController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theBoxAndTheMenuFollowTheDesign()
    {
        Studio studio(kTwoVariants);
        QCOMPARE(studio.document.design().variantName, QStringLiteral("Baseline"));
        QCOMPARE(studio.comboItems(), (QStringList{"Baseline", "Multi-AZ"}));
        QCOMPARE(studio.combo.currentText(), QStringLiteral("Baseline"));
        QString checked;
        QCOMPARE(studio.menuVariants(&checked), (QStringList{"Baseline", "Multi-AZ"}));
        QCOMPARE(checked, QStringLiteral("Baseline"));
        QCOMPARE(studio.menuAction("newVariant")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
        QVERIFY(studio.menuAction("deleteVariant")->isEnabled());

        // Picked in the box: the variant edited, as one undo step.
        emit studio.combo.activated(studio.combo.findText("Multi-AZ"));
        QCOMPARE(studio.document.design().variantName, QStringLiteral("Multi-AZ"));
        QCOMPARE(studio.document.undoStack()->count(), 1);
        QCOMPARE(studio.document.undoStack()->undoText(),
                 QStringLiteral("Switch to Variant Multi-AZ"));
        QCOMPARE(studio.combo.currentText(), QStringLiteral("Multi-AZ"));
        studio.menuVariants(&checked);
        QCOMPARE(checked, QStringLiteral("Multi-AZ"));

        studio.variants->newVariantFromCurrent("Multi-AZ");
        QCOMPARE(studio.comboItems(), (QStringList{"Baseline", "Multi-AZ", "Multi-AZ 2"}));
        QCOMPARE(studio.combo.currentText(), QStringLiteral("Multi-AZ 2"));
        // Rebuilt on every change, the menu keeps one New entry, not one per change.
        QCOMPARE(studio.findChildren<QAction *>("newVariant").size(), 1);

        studio.document.undoStack()->undo();
        studio.document.undoStack()->undo();
        QCOMPARE(studio.comboItems(), (QStringList{"Baseline", "Multi-AZ"}));
        QCOMPARE(studio.combo.currentText(), QStringLiteral("Baseline"));
    }

    void renamingAndDeletingAreUndoSteps()
    {
        Studio studio(kTwoVariants);
        QVERIFY(!studio.variants->switchVariant("Nowhere"));
        QVERIFY(!studio.variants->renameVariant("Multi-AZ", "Baseline"));
        QVERIFY(studio.variants->renameVariant("Multi-AZ", " Bigger "));
        QCOMPARE(studio.document.undoStack()->undoText(),
                 QStringLiteral("Rename Variant Multi-AZ to Bigger"));
        QCOMPARE(studio.comboItems(), (QStringList{"Baseline", "Bigger"}));
        QVERIFY(studio.variants->deleteVariant("Bigger"));
        QCOMPARE(studio.comboItems(), (QStringList{"Baseline"}));
        // The last variant stays.
        QVERIFY(!studio.menuAction("deleteVariant")->isEnabled());
        QVERIFY(!studio.variants->deleteVariant("Baseline"));
        QCOMPARE(studio.document.undoStack()->count(), 2);
    }

    void deletingFromTheMenuAsksFirst()
    {
        Studio studio(kTwoVariants);
        QStringList questions;
        QMessageBox::StandardButton answer = QMessageBox::No;
        studio.variants->setPrompt([&](const QString &question) {
            questions << question;
            return answer;
        });
        studio.menuAction("deleteVariant")->trigger();
        QCOMPARE(questions, (QStringList{"Delete variant \"Baseline\"?"}));
        QCOMPARE(model::variantNames(studio.document.design()).size(), 2);
        answer = QMessageBox::Yes;
        studio.menuAction("deleteVariant")->trigger();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(model::variantNames(studio.document.design()), (QStringList{"Multi-AZ"}));
    }

    void theModelAnswerStaysHiddenUntilAskedFor()
    {
        Studio studio(kExercise);
        QVERIFY(studio.document.design().exercise);
        QVERIFY(model::variantNames(studio.document.design()).contains(model::kModelAnswerVariant));
        QCOMPARE(studio.comboItems(), (QStringList{"Your design"}));
        QCOMPARE(studio.variants->offeredVariants(), (QStringList{"Your design"}));
        QCOMPARE(studio.menuVariants(), (QStringList{"Your design"}));

        int asked = 0;
        studio.variants->setPrompt([&asked](const QString &) {
            ++asked;
            return QMessageBox::No;
        });
        QVERIFY(!studio.variants->revealModelAnswer());
        QCOMPARE(asked, 1);
        QCOMPARE(studio.comboItems(), (QStringList{"Your design"}));

        studio.variants->setPrompt([](const QString &) { return QMessageBox::Yes; });
        QVERIFY(studio.variants->revealModelAnswer());
        QCOMPARE(studio.document.design().variantName, model::kModelAnswerVariant);
        QCOMPARE(studio.combo.count(), 2);
        // Back to the student's design, the answer stays on offer.
        studio.document.undoStack()->undo();
        QCOMPARE(studio.document.design().variantName, QStringLiteral("Your design"));
        QCOMPARE(studio.combo.count(), 2);
    }

    void comparingNeedsTwoVariants()
    {
        Studio single(QStringLiteral(ARCHSTUDIO_SAMPLES "/global-storefront.json"));
        QSignalSpy status(single.variants, &ui::VariantController::statusMessage);
        single.variants->compareVariants();
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().at(0).toString().startsWith("This design has one variant"));
        QVERIFY(!single.findChild<ui::VariantComparison *>());

        Studio two(kTwoVariants);
        two.variants->compareVariants();
        auto *dialog = two.findChild<ui::VariantComparison *>();
        QVERIFY(dialog && dialog->isVisible());
    }

    /// File › Compare with File…: the file is "before", the design edited "after", and the
    /// changes are listed as archstudio diff lists them; the design itself is not touched.
    void comparingWithAFileListsWhatChanged()
    {
        Studio studio(QStringLiteral(ARCHSTUDIO_TEST_DATA "/diff/after.json"));
        const model::Design untouched = studio.document.design();
        ui::VariantComparison *dialog = studio.variants->compareWithFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/diff/before.json"));
        QVERIFY(dialog);
        QSignalSpy compared(dialog, &ui::VariantComparison::compared);
        QVERIFY(compared.wait(20000));
        QCOMPARE(dialog->rows().size(), 2);
        QCOMPARE(dialog->rows().at(0).variant, QStringLiteral("Baseline"));
        QCOMPARE(dialog->rows().at(1).variant, QStringLiteral("before.json"));
        ui::DesignChangesView *changes = dialog->changesView();
        QVERIFY(changes && !changes->isHidden());
        const auto texts = [&](QTreeWidgetItem *group) {
            QStringList out;
            for (int i = 0; i < group->childCount(); ++i)
                out << group->child(i)->text(0);
            return out;
        };
        const QList<QTreeWidgetItem *> groups =
            changes->findItems(QStringLiteral("Components"), Qt::MatchExactly);
        QCOMPARE(groups.size(), 1);
        const QStringList listed = texts(groups.first());
        QVERIFY2(listed.contains(QStringLiteral("Added: Session cache (ElastiCache)")),
                 qPrintable(listed.join('\n')));
        QVERIFY(listed.contains(QStringLiteral("Removed: Legacy sessions (DynamoDB table)")));
        QVERIFY(listed.contains(QStringLiteral("Changed: Orders database (RDS database)")));
        // The design's cost row: the file's evaluation before, this design's after.
        QTreeWidgetItem *cost =
            changes->findItems(QStringLiteral("Design"), Qt::MatchExactly).first()->child(0);
        QCOMPARE(cost->text(0), QStringLiteral("Monthly cost"));
        QVERIFY2(cost->text(3).startsWith(QLatin1Char('+')), qPrintable(cost->text(3)));
        QCOMPARE(studio.document.design(), untouched);
        QVERIFY(!studio.document.isModified());

        QSignalSpy status(studio.variants, &ui::VariantController::statusMessage);
        QVERIFY(!studio.variants->compareWithFile(
            QStringLiteral(ARCHSTUDIO_TEST_DATA "/malformed/bad-syntax.json")));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().at(0).toString().contains(QStringLiteral("bad-syntax.json")));
    }
};

QTEST_MAIN(TestVariantController)
#include "tst_variantcontroller.moc"
