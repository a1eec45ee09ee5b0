#pragma once

#include "templatepreview.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace archstudio::ui {

/// File > New from Template, and the start page of a studio opened without a file: the
/// bundled reference architectures as pictures, and for the one selected its figures and when
/// to choose it. The pictures are drawn on a worker thread and appear as they are ready.
class TemplateChooser : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        NewFromTemplate, ///< the templates only
        StartPage,       ///< a blank design first, and "Show at startup"
    };
    /// kinds: what the previews are drawn and evaluated with.
    TemplateChooser(Mode mode, std::shared_ptr<const engine::KindSet> kinds,
                    QWidget *parent = nullptr);
    ~TemplateChooser() override;

    /// The template chosen; empty for a blank design.
    QString chosenTemplate() const;
    /// Selects a template by name (or the blank design with an empty name).
    void select(const QString &name);
    /// Whether every template's picture and figures have arrived (for tests).
    bool previewsReady() const;

    /// Whether the start page shows when the studio opens without a file (a setting).
    static bool showsAtStartup();

private:
    void showDetails();
    void addPreview(int index);

    Mode mMode;
    QListWidget *mList = nullptr;
    QLabel *mTitle = nullptr;
    QLabel *mFigures = nullptr;
    QLabel *mSummary = nullptr;
    QCheckBox *mAtStartup = nullptr;
    QFutureWatcher<TemplatePreview> mPreviews;
};

} // namespace archstudio::ui
