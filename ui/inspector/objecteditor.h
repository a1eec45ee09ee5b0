#pragma once

#include "propertyeditor.h"

#include <QMap>

class QCheckBox;

namespace archstudio::ui {

/// Object (DynamoDB's "dax"): a check box that turns the object on (a map of its fields) or
/// off (null), and the fields' own editors beneath it while it is on. A field's edit is
/// reported as the whole object with that field changed.
class ObjectEditor : public PropertyEditor
{
    Q_OBJECT

public:
    ObjectEditor(const model::PropertySchema &schema, const QString &path,
                 const CatalogListTest &withCatalogList, QWidget *parent);

    void setFieldChoices(const QString &field, const Choices &choices) override;
    PropertyEditor *fieldEditor(const QString &field) const { return mFields.value(field); }

private:
    void display(const std::optional<model::PropertyValue> &value) override;
    /// What switching the object on writes: each field's default, first choice or minimum.
    QVariantMap initialValue() const;
    QVariantMap currentMap() const;

    QCheckBox *mEnabled;
    QWidget *mFieldsBox;
    QMap<QString, PropertyEditor *> mFields;
};

} // namespace archstudio::ui
