#include "objecteditor.h"

#include "inspectorstyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace archstudio::ui {

ObjectEditor::ObjectEditor(const model::PropertySchema &schema, const QString &path,
                           const CatalogListTest &withCatalogList, QWidget *parent)
    : PropertyEditor(schema, new QWidget(parent))
{
    auto *layout = new QVBoxLayout(widget());
    layout->setContentsMargins(0, 0, 0, 0);
    // The box says what ticking it does; the row's own label is left empty (PropertyRow).
    mEnabled = new QCheckBox(tr("Use %1").arg(inspectorstyle::propertyLabel(schema)), widget());
    mEnabled->setObjectName(QStringLiteral("property.%1.enabled").arg(path));
    mEnabled->setToolTip(schema.help);
    layout->addWidget(mEnabled);

    mFieldsBox = new QWidget(widget());
    auto *form = new QFormLayout(mFieldsBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(mFieldsBox);
    for (const model::PropertySchema &field : schema.fields) {
        PropertyEditor *editor = createPropertyEditor(field, path + QLatin1Char('.') + field.name,
                                                      withCatalogList, mFieldsBox);
        auto *label = new QLabel(inspectorstyle::propertyLabel(field), mFieldsBox);
        label->setToolTip(field.help);
        label->setBuddy(editor->widget());
        form->addRow(label, editor->widget());
        mFields.insert(field.name, editor);
        connect(editor, &PropertyEditor::edited, this,
                [this, name = field.name](const model::PropertyValue &value, bool commit) {
                    QVariantMap map = currentMap();
                    map.insert(name, value);
                    emit edited(map, commit);
                });
        connect(editor, &PropertyEditor::cleared, this, [this, name = field.name] {
            QVariantMap map = currentMap();
            map.remove(name);
            emit edited(map, true);
        });
    }

    connect(mEnabled, &QCheckBox::clicked, this, [this](bool on) {
        emit edited(on ? model::PropertyValue(initialValue()) : QVariant::fromValue(nullptr), true);
    });
}

void ObjectEditor::setFieldChoices(const QString &field, const Choices &choices)
{
    if (PropertyEditor *editor = mFields.value(field))
        editor->setChoices(choices);
}

QVariantMap ObjectEditor::currentMap() const
{
    return value() ? value()->toMap() : QVariantMap();
}

QVariantMap ObjectEditor::initialValue() const
{
    QVariantMap map;
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        const model::PropertySchema &field = (*it)->schema();
        if (field.defaultValue.isValid())
            map.insert(field.name, field.defaultValue);
        else if (!(*it)->choices().isEmpty())
            map.insert(field.name, (*it)->choices().constFirst().value);
        else if (field.type == model::PropertyType::Integer)
            map.insert(field.name, QVariant::fromValue(qint64(field.minimum.value_or(0))));
        else if (field.type == model::PropertyType::Number)
            map.insert(field.name, field.minimum.value_or(0.0));
        else if (field.type == model::PropertyType::Boolean)
            map.insert(field.name, false);
    }
    return map;
}

void ObjectEditor::display(const std::optional<model::PropertyValue> &value)
{
    const bool on = value && value->typeId() == QMetaType::QVariantMap;
    mEnabled->setChecked(on);
    inspectorstyle::setShowsDefault(mEnabled, !value);
    widget()->setProperty("showsDefault", !value);
    mFieldsBox->setVisible(on);
    const QVariantMap map = on ? value->toMap() : QVariantMap();
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it) {
        const auto field = map.constFind(it.key());
        (*it)->setValue(field == map.cend() ? std::nullopt
                                            : std::optional<model::PropertyValue>(*field));
    }
}

} // namespace archstudio::ui
