#pragma once

#include "core/model/design.h"
#include "core/model/kindschema.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace archstudio::ui {

/// One entry of a picker: the value written to the design and the text shown for it.
struct Choice
{
    QString value;
    QString text;
    friend bool operator==(const Choice &, const Choice &) = default;
};
using Choices = QList<Choice>;

/// Edits one property of a component, as its schema describes it. It shows the design's value,
/// or the default greyed when the design does not set it, and reports what the user does as
/// edited() (the inspector turns that into an undo command); it never writes the model.
///
/// The editor is a child of its widget, so it lives exactly as long as the widget.
class PropertyEditor : public QObject
{
    Q_OBJECT

public:
    PropertyEditor(model::PropertySchema schema, QWidget *widget);

    const model::PropertySchema &schema() const { return mSchema; }
    QWidget *widget() const { return mWidget; }

    /// Shows value, or the default when it is std::nullopt (the property is absent). Does
    /// nothing when that is what the editor shows already, so a refresh after the user's own
    /// edit never disturbs what they are typing.
    void setValue(const std::optional<model::PropertyValue> &value);
    const std::optional<model::PropertyValue> &value() const { return mValue; }

    /// The values a picker offers (catalog classes, components, zones, regions); editors that
    /// are not pickers ignore them.
    void setChoices(const Choices &choices);
    const Choices &choices() const { return mChoices; }
    /// Choices of a nested field (an Object's "nodeType").
    virtual void setFieldChoices(const QString &field, const Choices &choices);

signals:
    /// The user changed the value; commit is false while a gesture goes on (an arrow held,
    /// digits typed) and true when it ends, so the inspector can merge it into one undo step.
    void edited(const archstudio::model::PropertyValue &value, bool commit);
    /// The user emptied a text field: the property should be absent again.
    void cleared();

protected:
    /// Puts value (or the default, when absent) into the widget without emitting anything.
    virtual void display(const std::optional<model::PropertyValue> &value) = 0;
    /// Called after the choices changed; pickers rebuild their items and display again.
    virtual void choicesChanged() {}

    /// True while display() runs, so widget signals it causes are not taken for the user's.
    bool isUpdating() const { return mUpdating; }

private:
    model::PropertySchema mSchema;
    QWidget *mWidget;
    std::optional<model::PropertyValue> mValue;
    Choices mChoices;
    bool mShown = false;
    bool mUpdating = false;
};

/// Whether the text property at a path ("instanceClass", "dax.nodeType") is picked from a
/// list of the catalog's classes rather than typed freely.
using CatalogListTest = std::function<bool(const QString &path)>;

/// The editor a property's type calls for: a spin box for numbers, a check box, a combo box
/// of allowed values, components, zones or catalog classes, a checkable list of regions, a
/// nested group for objects. The widget's object name is "property.<path>".
PropertyEditor *createPropertyEditor(const model::PropertySchema &schema, const QString &path,
                                     const CatalogListTest &withCatalogList, QWidget *parent);

/// Whether two property values are the same for display: 2 (an integer) and 2.0 are.
bool sameValue(const std::optional<model::PropertyValue> &a,
               const std::optional<model::PropertyValue> &b);

} // namespace archstudio::ui
