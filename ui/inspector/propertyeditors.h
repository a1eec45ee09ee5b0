#pragma once

#include "propertyeditor.h"

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace archstudio::ui {

/// Number and Integer: a spin box with the schema's range and the unit as suffix. Every step
/// of a gesture is reported uncommitted and the gesture is committed on editingFinished.
/// Integers are reported as qint64 and reals as double, so a re-save is byte-stable.
class NumberEditor : public PropertyEditor
{
    Q_OBJECT

public:
    NumberEditor(const model::PropertySchema &schema, QWidget *parent);

private:
    void display(const std::optional<model::PropertyValue> &value) override;
    model::PropertyValue current() const;
    void setRange(double minimum, double maximum);
    double minimum() const;
    double maximum() const;

    QAbstractSpinBox *mSpinBox;
    /// A step was reported that editingFinished has not committed yet.
    bool mDirty = false;
};

/// Boolean: a check box that says Yes or No.
class BoolEditor : public PropertyEditor
{
    Q_OBJECT

public:
    BoolEditor(const model::PropertySchema &schema, QWidget *parent);

private:
    void display(const std::optional<model::PropertyValue> &value) override;

    QCheckBox *mCheckBox;
};

/// Enum, ComponentRef and ZoneRef: a combo box of the choices. A value that is not among them
/// (a zone of another region) is listed too, so the editor never shows something else.
class ChoiceEditor : public PropertyEditor
{
    Q_OBJECT

public:
    ChoiceEditor(const model::PropertySchema &schema, QWidget *parent);

private:
    void display(const std::optional<model::PropertyValue> &value) override;
    void choicesChanged() override;

    QComboBox *mComboBox;
};

/// String: a line edit, or an editable combo box of the catalog's classes (withCatalogList).
/// Text is committed when the user picks an entry or finishes typing; emptying it resets.
class TextEditor : public PropertyEditor
{
    Q_OBJECT

public:
    TextEditor(const model::PropertySchema &schema, bool withCatalogList, QWidget *parent);

private:
    void display(const std::optional<model::PropertyValue> &value) override;
    void choicesChanged() override;
    void commit(const QString &text);

    QComboBox *mComboBox = nullptr;
    QLineEdit *mLineEdit = nullptr;
};

/// RegionList: a checkable list of the design's regions, written in the design's order.
class RegionListEditor : public PropertyEditor
{
    Q_OBJECT

public:
    RegionListEditor(const model::PropertySchema &schema, QWidget *parent);

private:
    void display(const std::optional<model::PropertyValue> &value) override;

    QListWidget *mList;
};

} // namespace archstudio::ui
