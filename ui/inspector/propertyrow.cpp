#include "propertyrow.h"

#include "inspectorstyle.h"
#include "problemlist.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace archstudio::ui {

PropertyRow::PropertyRow(const model::PropertySchema &schema,
                         const CatalogListTest &withCatalogList, QFormLayout *form, QWidget *parent)
    : QObject(parent), mForm(form)
{
    auto *field = new QWidget(parent);
    auto *layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    mEditor = createPropertyEditor(schema, schema.name, withCatalogList, field);
    layout->addWidget(mEditor->widget(), 1);

    mReset = inspectorstyle::createResetButton(field);
    mReset->setObjectName(QStringLiteral("reset.") + schema.name);
    mReset->setToolTip(
        schema.defaultValue.isValid()
            ? tr("Reset to the default (%1)").arg(inspectorstyle::defaultText(schema))
            : tr("Reset to %1").arg(inspectorstyle::fallbackText(schema)));
    mReset->setAccessibleName(tr("Reset %1").arg(inspectorstyle::propertyLabel(schema)));
    layout->addWidget(mReset, 0, Qt::AlignTop);

    // An object's check box names it ("Use DAX"): a label beside it would say it twice.
    mLabel = new QLabel(schema.type == model::PropertyType::Object
                            ? QString()
                            : inspectorstyle::propertyLabel(schema),
                        parent);
    mLabel->setToolTip(schema.help);
    mLabel->setBuddy(mEditor->widget());
    form->addRow(mLabel, field);

    mProblems = new ProblemList(parent);
    mProblems->setObjectName(QStringLiteral("problems.") + schema.name);
    form->addRow(mProblems);

    connect(mEditor, &PropertyEditor::edited, this,
            [this](const model::PropertyValue &value, bool commit) {
                emit edited(name(), value, commit);
            });
    connect(mEditor, &PropertyEditor::cleared, this, [this] { emit resetRequested(name()); });
    connect(mReset, &QToolButton::clicked, this, [this] { emit resetRequested(name()); });
}

void PropertyRow::setShown(bool shown)
{
    if (shown == mShown)
        return;
    mShown = shown;
    mForm->setRowVisible(mLabel, shown);
}

void PropertyRow::setValue(const std::optional<model::PropertyValue> &value)
{
    mEditor->setValue(value);
    mReset->setVisible(value.has_value());
}

void PropertyRow::setProblems(const model::Problems &problems)
{
    mProblems->setProblems(problems);
    mForm->setRowVisible(mProblems, !problems.isEmpty());
}

} // namespace archstudio::ui
