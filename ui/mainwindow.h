#pragma once

#include "core/engine/evaluation.h"
#include "core/io/designfile.h"

#include <QMainWindow>

#include <optional>

class QLabel;

namespace archstudio::document {
class Document;
class EvaluationScheduler;
} // namespace archstudio::document

namespace archstudio::ui {

/// The studio's main window. For now it shows the open design's name and summary, and its
/// live totals (cost, availability, RTO) in the status bar, evaluated in the background; the
/// canvas, panels and annotations arrive with the studio issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design; on failure shows the problems and keeps the current design.
    /// Returns true when the file was opened.
    bool openFile(const QString &path);

    const std::optional<io::DesignFile> &designFile() const { return mFile; }
    QString filePath() const { return mPath; }

    /// The problems of the last failed open, as shown to the user (for tests and logs).
    QString lastError() const { return mLastError; }

    document::Document *document() const { return mDocument; }
    document::EvaluationScheduler *scheduler() const { return mScheduler; }

private:
    void createActions();
    void openWithDialog();
    void updateView();
    void showEvaluation(const engine::Evaluation &evaluation);
    void showBusy(bool busy);

    std::optional<io::DesignFile> mFile;
    QString mPath;
    QString mLastError;
    QLabel *mTitle = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mCost = nullptr;
    QLabel *mAvailability = nullptr;
    QLabel *mRecovery = nullptr;
    document::Document *mDocument = nullptr;
    document::EvaluationScheduler *mScheduler = nullptr;
};

} // namespace archstudio::ui
