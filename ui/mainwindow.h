#pragma once

#include "core/io/designfile.h"

#include <QMainWindow>

#include <optional>

class QLabel;

namespace archstudio::ui {

/// The studio's main window. For now it shows the open design's name and summary; the
/// canvas, panels and live annotations arrive with the studio issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens a design; on failure shows the problems and keeps the current design.
    /// Returns true when the file was opened.
    bool openFile(const QString &path);

    const std::optional<io::DesignFile> &designFile() const { return mFile; }
    QString filePath() const { return mPath; }

    /// The problems of the last failed open, as shown to the user (for tests and logs).
    QString lastError() const { return mLastError; }

private:
    void createActions();
    void openWithDialog();
    void updateView();

    std::optional<io::DesignFile> mFile;
    QString mPath;
    QString mLastError;
    QLabel *mTitle = nullptr;
    QLabel *mSummary = nullptr;
};

} // namespace archstudio::ui
