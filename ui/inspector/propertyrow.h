#pragma once

#include "propertyeditor.h"

#include "core/model/problem.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QToolButton;

namespace archstudio::ui {

class ProblemList;

/// One property in the inspector's form: its label (with the help as tooltip), its editor, a
/// reset button that removes the design's explicit value, and the validator's problems about
/// it beneath, across the whole row.
class PropertyRow : public QObject
{
    Q_OBJECT

public:
    PropertyRow(const model::PropertySchema &schema, const CatalogListTest &withCatalogList,
                QFormLayout *form, QWidget *parent);

    const QString &name() const { return mEditor->schema().name; }
    PropertyEditor *editor() const { return mEditor; }
    QToolButton *resetButton() const { return mReset; }
    ProblemList *problems() const { return mProblems; }

    /// The design's value, or std::nullopt when it does not set the property.
    void setValue(const std::optional<model::PropertyValue> &value);
    void setProblems(const model::Problems &problems);
    /// Shows or hides the row: one that does not apply (KindSchema::applies) is hidden.
    void setShown(bool shown);
    bool isShown() const { return mShown; }

signals:
    void edited(const QString &name, const archstudio::model::PropertyValue &value, bool commit);
    void resetRequested(const QString &name);

private:
    PropertyEditor *mEditor;
    QLabel *mLabel;
    QToolButton *mReset;
    ProblemList *mProblems;
    QFormLayout *mForm;
    bool mShown = true;
};

} // namespace archstudio::ui
