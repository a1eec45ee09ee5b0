#pragma once

#include "core/engine/kindset.h"
#include "core/io/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QStackedWidget;

namespace archstudio::ui {

class ExportJob;

/// File > Export…: every format of render::exportFormats() plus the PDF report, with a
/// preview that follows the options, options remembered between sessions (QSettings
/// "export/…"), and the export itself run by an ExportJob with a cancellable progress dialog
/// for anything that takes longer than half a second.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const model::Design &design, std::shared_ptr<const engine::KindSet> kinds,
                 const QList<model::ComponentId> &selection, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Chooses a format by suffix; report picks the full report (PDF) over the diagram PDF.
    /// Returns false when there is no such format.
    bool selectFormat(const QString &suffix, bool report = false);
    const io::Exporter *exporter() const;
    io::ExportOptions options() const;
    /// What the preview shows now: a picture for diagrams and reports, text otherwise.
    QImage previewImage() const;
    QString previewText() const;

    /// Exports to path in the background; exported() tells when it is done.
    void exportTo(const QString &path);
    /// The file the design was opened from: exports are offered beside it, and never
    /// written over it.
    void setDocumentPath(const QString &path) { mDocumentPath = path; }
    /// Where the file chooser starts: beside the design's file, else the folder of the last
    /// export, else the home folder; named after the design, with the format's suffix.
    QString suggestedPath() const;

    QCheckBox *annotationsBox() const { return mAnnotations; }
    QCheckBox *selectionBox() const { return mSelectionOnly; }
    QDoubleSpinBox *scaleBox() const { return mScale; }

signals:
    void exported(const QString &path, const QString &error);

private:
    void chooseFileAndExport();
    void updateControls();
    void updatePreview();
    void restoreSettings();
    void saveSettings() const;

    struct Format
    {
        const io::Exporter *exporter;
        bool report;
    };
    QList<Format> mFormats;
    io::ExportInput mInput;
    QList<model::ComponentId> mSelection;
    QComboBox *mFormat = nullptr;
    QDoubleSpinBox *mScale = nullptr;
    QCheckBox *mTransparent = nullptr;
    QCheckBox *mAnnotations = nullptr;
    QCheckBox *mSelectionOnly = nullptr;
    QComboBox *mPageSize = nullptr;
    QComboBox *mOrientation = nullptr;
    QStackedWidget *mPreview = nullptr;
    QLabel *mPreviewImage = nullptr;
    QPlainTextEdit *mPreviewText = nullptr;
    QImage mPreviewPicture;
    ExportJob *mJob = nullptr;
    QString mDocumentPath;
    bool mInteractive = false; ///< the running export was started by the Export… button
    QProgressDialog *mProgress = nullptr;
};

/// Shows the dialog for the design (modal), exporting what the user chooses.
/// documentPath is the design's own file, which an export never writes over.
void showExportDialog(QWidget *parent, const model::Design &design,
                      std::shared_ptr<const engine::KindSet> kinds,
                      const QList<model::ComponentId> &selection, const QString &documentPath = {});

} // namespace archstudio::ui
