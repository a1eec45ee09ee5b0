#pragma once

#include "ui/prompt.h"

#include <QObject>

class QComboBox;
class QMenu;
class QWidget;

namespace archstudio::document {
class Document;
class EvaluationScheduler;
} // namespace archstudio::document

namespace archstudio::ui {

class VariantComparison;

/// A design's variants as a studio window offers them: switching, adding, renaming, deleting
/// and comparing them, each change one undo step; the toolbar's variant box and the Variant
/// menu, kept up to date with the design; and an exercise's model answer, kept out of sight
/// until the student asks for it.
class VariantController : public QObject
{
    Q_OBJECT

public:
    /// scheduler: its load factor is the comparison's; window: the parent of every dialog.
    VariantController(document::Document *document, document::EvaluationScheduler *scheduler,
                      QWidget *window);

    void setPrompt(Prompt prompt) { mPrompt = std::move(prompt); }
    /// The toolbar's variant box and the Variant menu: filled now and on every change.
    void attach(QComboBox *combo, QMenu *menu);

    /// Makes the named variant the one edited, as one undoable step.
    bool switchVariant(const QString &name);
    /// Keeps a copy of the variant being edited under a new name, and edits the copy.
    void newVariantFromCurrent(const QString &name);
    bool renameVariant(const QString &from, const QString &to);
    bool deleteVariant(const QString &name);
    /// Asks, then shows the exercise's model answer (the variant model::kModelAnswerVariant);
    /// false when there is none or the user declines.
    bool revealModelAnswer();
    /// Analysis > Compare Variants…: the comparison dialog, or why there is nothing to compare.
    void compareVariants();
    /// File > Compare with File…: the design in path (before) against the variant being
    /// edited (after), in the comparison dialog with what changed; the design is not touched.
    /// Returns the dialog, or null when the file cannot be read (its problems are shown).
    VariantComparison *compareWithFile(const QString &path);
    /// The file dialog, then compareWithFile().
    void compareWithFileDialog();

    /// The variants offered, in the design's order: the model answer only once revealed.
    QStringList offeredVariants() const;

signals:
    /// For the status bar; timeout in milliseconds.
    void statusMessage(const QString &message, int timeout);

private:
    void updateControls();
    void askNewVariant();
    void askRenameVariant();
    void askDeleteVariant();

    document::Document *mDocument;
    document::EvaluationScheduler *mScheduler;
    QWidget *mWindow;
    Prompt mPrompt;
    QComboBox *mCombo = nullptr;
    QMenu *mMenu = nullptr;
    bool mModelAnswerRevealed = false; ///< the exercise's model answer shows among the variants
};

} // namespace archstudio::ui
