#include "propertyeditor.h"

#include "objecteditor.h"
#include "propertyeditors.h"

#include <QWidget>

namespace archstudio::ui {

PropertyEditor::PropertyEditor(model::PropertySchema schema, QWidget *widget)
    : QObject(widget), mSchema(std::move(schema)), mWidget(widget)
{
    mWidget->setToolTip(mSchema.help);
}

void PropertyEditor::setValue(const std::optional<model::PropertyValue> &value)
{
    if (mShown && sameValue(value, mValue) && value.has_value() == mValue.has_value())
        return;
    mShown = true;
    mValue = value;
    mUpdating = true;
    display(mValue);
    mUpdating = false;
}

void PropertyEditor::setChoices(const Choices &choices)
{
    if (choices == mChoices)
        return;
    mChoices = choices;
    mUpdating = true;
    choicesChanged();
    if (mShown)
        display(mValue);
    mUpdating = false;
}

void PropertyEditor::setFieldChoices(const QString &, const Choices &) {}

PropertyEditor *createPropertyEditor(const model::PropertySchema &schema, const QString &path,
                                     const CatalogListTest &withCatalogList, QWidget *parent)
{
    PropertyEditor *editor = nullptr;
    switch (schema.type) {
    case model::PropertyType::Number:
    case model::PropertyType::Integer:
        editor = new NumberEditor(schema, parent);
        break;
    case model::PropertyType::Boolean:
        editor = new BoolEditor(schema, parent);
        break;
    case model::PropertyType::String:
        editor = new TextEditor(schema, withCatalogList(path), parent);
        break;
    case model::PropertyType::Enum:
    case model::PropertyType::ComponentRef:
    case model::PropertyType::ZoneRef:
        editor = new ChoiceEditor(schema, parent);
        break;
    case model::PropertyType::RegionList:
        editor = new RegionListEditor(schema, parent);
        break;
    case model::PropertyType::Object:
        editor = new ObjectEditor(schema, path, withCatalogList, parent);
        break;
    }
    editor->widget()->setObjectName(QStringLiteral("property.") + path);
    return editor;
}

bool sameValue(const std::optional<model::PropertyValue> &a,
               const std::optional<model::PropertyValue> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    // Type matters except between numbers: a file's 2 and the spin box's 2.0 are one value.
    const auto isNumber = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ||
               v.typeId() == QMetaType::Double;
    };
    if (isNumber(*a) && isNumber(*b))
        return a->toDouble() == b->toDouble();
    return a->typeId() == b->typeId() && *a == *b;
}

} // namespace archstudio::ui
