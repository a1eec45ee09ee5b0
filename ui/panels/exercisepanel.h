#pragma once

#include "core/catalog/catalog.h"
#include "core/engine/goals.h"
#include "core/engine/kindset.h"
#include "core/model/design.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace archstudio::ui {

/// The exercise a design carries (docs/TEACHING.md): its brief, a checklist of its goals,
/// each met or not with the current figure, and its hints revealed one at a time. The goals
/// are checked after each evaluation, on a worker thread: the survival goals run the failure
/// simulator once per zone or region.
class ExercisePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExercisePanel(QWidget *parent = nullptr);
    ~ExercisePanel() override;

    /// Checks the design's exercise against an evaluation of it; clears the panel when the
    /// design has no exercise.
    void check(const model::Design &design, std::shared_ptr<const engine::KindSet> kinds,
               const engine::Evaluation &evaluation);
    /// The latest verdicts (for tests): empty until the first check has finished.
    const QList<engine::GoalResult> &results() const { return mResults; }
    int hintsShown() const { return mHintsShown; }
    void showNextHint();

signals:
    /// Every goal's verdict is in.
    void checked();
    /// The student asks to see the model answer (the window confirms first).
    void revealRequested();

private:
    void showResults();
    void showExercise(const model::Exercise &exercise);

    QLabel *mBrief = nullptr;
    QListWidget *mGoals = nullptr;
    QLabel *mVerdict = nullptr;
    QLabel *mHints = nullptr;
    QPushButton *mNextHint = nullptr;
    QPushButton *mReveal = nullptr;
    std::optional<model::Exercise> mExercise;
    QList<engine::GoalResult> mResults;
    int mHintsShown = 0;
    QFutureWatcher<QList<engine::GoalResult>> mChecking;
};

} // namespace archstudio::ui
