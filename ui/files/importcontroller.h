#pragma once

#include "core/io/importresult.h"
#include "ui/prompt.h"

#include <QObject>

class QWidget;

namespace archstudio::document {
class Document;
} // namespace archstudio::document

namespace archstudio::ui {

class FileController;

/// File › Import: a Terraform plan or a diagrams.net drawing becomes a new, untitled design,
/// laid out automatically; a report lists what was imported, what was skipped and why, and
/// what to check. An import brings no traffic, so it offers to add a workload linked to every
/// database (also Edit › Add Workload to Every Database).
class ImportController : public QObject
{
    Q_OBJECT

public:
    enum class Source { TerraformPlan, DrawioDiagram };

    ImportController(FileController *files, document::Document *document, QWidget *window);

    /// Answers the questions instead of dialogs (tests); the report is then not shown.
    void setPrompt(Prompt prompt) { mPrompt = std::move(prompt); }

    /// Imports path after asking about unsaved changes; false when it was not imported (the
    /// reason is shown and kept as lastResult().error).
    bool importFile(Source source, const QString &path);
    /// The file dialog for the source, then importFile().
    void importWithDialog(Source source);
    const io::ImportResult &lastResult() const { return mLast; }

    /// One undo step; false when there is no region or nothing to link to.
    bool addWorkloadToEveryDatabase();

signals:
    void statusMessage(const QString &message, int timeout);

private:
    /// The report; true when the user asks for a workload.
    bool showReport(const QString &path, bool offerWorkload);

    FileController *mFiles;
    document::Document *mDocument;
    QWidget *mWindow;
    Prompt mPrompt;
    io::ImportResult mLast;
};

} // namespace archstudio::ui
