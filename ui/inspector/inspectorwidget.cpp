#include "inspectorwidget.h"
#include "core/engine/kindset.h"
#include "ui/widgetstyle.h"

#include "componentproblems.h"
#include "inspectorstyle.h"
#include "placementeditor.h"
#include "problemlist.h"
#include "propertyrow.h"
#include "wheelguard.h"

#include "core/catalog/catalogfile.h"
#include "core/document/commands/editdesigncommand.h"
#include "core/document/commands/setpropertycommand.h"
#include "core/document/designdelta.h"
#include "core/document/document.h"
#include "core/engine/catalogvalues.h"
#include "core/model/designvalidator.h"
#include "core/model/kindregistry.h"

#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archstudio::ui {

namespace {

/// The placement a component has now: ElastiCache Serverless is regional although its kind
/// lives in a zone; a kind no plugin knows keeps what its file says.
model::PlacementKind placementOf(const model::Component &component, const model::KindSchema *schema)
{
    if (!schema) {
        if (component.placement.zone)
            return model::PlacementKind::Zone;
        return component.placement.zones.isEmpty() ? model::PlacementKind::Region
                                                   : model::PlacementKind::Zones;
    }
    if (!schema->regionalWhenProperty.isEmpty() &&
        component.properties.value(schema->regionalWhenProperty).toString() ==
            schema->regionalWhenValue)
        return model::PlacementKind::Region;
    return schema->placement;
}

} // namespace

InspectorWidget::InspectorWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inspector"));
    new WheelGuard(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    mStack = new QStackedWidget(this);
    outer->addWidget(mStack);

    mHint = new QLabel(tr("Select a component to edit its properties"), mStack);
    mHint->setObjectName(QStringLiteral("inspectorHint"));
    mHint->setAlignment(Qt::AlignCenter);
    mHint->setWordWrap(true);
    mHint->setMargin(12);
    QPalette hintPalette = mHint->palette();
    hintPalette.setColor(QPalette::WindowText, widgetstyle::mutedColor(hintPalette));
    mHint->setPalette(hintPalette);
    mStack->addWidget(mHint);

    auto *scroll = new QScrollArea(mStack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *header = new QHBoxLayout;
    mIcon = new QLabel(content);
    mIcon->setObjectName(QStringLiteral("componentIcon"));
    mIcon->setFixedSize(32, 32);
    header->addWidget(mIcon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    mKind = widgetstyle::createHeading({}, content);
    mKind->setObjectName(QStringLiteral("componentKind"));
    mId = new QLabel(content);
    mId->setObjectName(QStringLiteral("componentId"));
    mId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette idPalette = mId->palette();
    idPalette.setColor(QPalette::WindowText, widgetstyle::mutedColor(idPalette));
    mId->setPalette(idPalette);
    titles->addWidget(mKind);
    titles->addWidget(mId);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    mComponentProblems = new ProblemList(content);
    mComponentProblems->setObjectName(QStringLiteral("componentProblems"));
    layout->addWidget(mComponentProblems);

    mForm = new QFormLayout;
    mForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    mForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    mName = new QLineEdit(content);
    mName->setObjectName(QStringLiteral("componentName"));
    mName->setToolTip(tr("The component's name on the canvas and in reports"));
    auto *nameLabel = new QLabel(tr("&Name"), content);
    nameLabel->setBuddy(mName);
    mForm->addRow(nameLabel, inspectorstyle::withResetGutter(mName, content));
    mPlacement = new PlacementEditor(mForm, content);
    mPropertiesHeading = widgetstyle::createHeading(tr("Properties"), content);
    mPropertiesHeading->setContentsMargins(0, 8, 0, 0);
    mForm->addRow(mPropertiesHeading);
    mFirstPropertyRow = mForm->rowCount();
    layout->addLayout(mForm);
    layout->addStretch(1);
    scroll->setWidget(content);
    mStack->addWidget(scroll);

    connect(mName, &QLineEdit::editingFinished, this, &InspectorWidget::rename);
    connect(mPlacement, &PlacementEditor::zoneChosen, this, [this](const model::ZoneId &zone) {
        if (const model::Component *c = shownComponent()) {
            model::Placement placement = c->placement;
            placement.zone = zone;
            moveTo(placement, zone.value());
        }
    });
    connect(mPlacement, &PlacementEditor::zonesChosen, this,
            [this](const QList<model::ZoneId> &zones) {
                if (const model::Component *c = shownComponent()) {
                    model::Placement placement = c->placement;
                    placement.zone.reset();
                    placement.zones = zones;
                    QStringList codes;
                    for (const model::ZoneId &zone : zones)
                        codes << zone.value();
                    moveTo(placement,
                           codes.isEmpty() ? tr("no zone") : codes.join(QStringLiteral(", ")));
                }
            });
    clear();
}

InspectorWidget::~InspectorWidget()
{
    // Closing the window moves focus out of an editor, which reports a finished edit; by then
    // this is no longer an InspectorWidget, so nothing may reach it.
    mName->disconnect(this);
    mPlacement->disconnect(this);
    for (PropertyRow *r : std::as_const(mRows))
        r->disconnect(this);
}

void InspectorWidget::setDocument(document::Document *document)
{
    if (mDocument == document)
        return;
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (mDocument && !mCatalogSet)
        mCatalog = mDocument->kinds().catalog();
    if (mDocument) {
        // Any change may matter: a referenced component renamed or removed changes pickers and
        // problems, so the shown component is refreshed on every edit (a cheap update in place).
        connect(mDocument, &document::Document::edited, this, &InspectorWidget::refresh);
        connect(mDocument, &document::Document::designReplaced, this, &InspectorWidget::refresh);
        connect(mDocument, &QObject::destroyed, this, &InspectorWidget::clear);
    }
    refresh();
}

engine::CatalogValues InspectorWidget::catalogValues() const
{
    // What the catalog prices for the properties that name its prices (instance classes,
    // node types): the kinds' behaviours say which properties those are.
    return engine::CatalogValues(mCatalog, mDocument->kinds().behaviours());
}

void InspectorWidget::setCatalog(const catalog::Catalog &catalog)
{
    mCatalog = catalog;
    mCatalogSet = true;
    refresh();
}

void InspectorWidget::showComponent(const model::ComponentId &id)
{
    if (id == mComponent) {
        refresh();
        return;
    }
    // A name typed but not yet committed belongs to the component it was typed for.
    if (mName->isModified())
        rename();
    mComponent = id;
    refresh();
}

void InspectorWidget::clear()
{
    mComponent = {};
    mStack->setCurrentWidget(mHint);
}

void InspectorWidget::focusName()
{
    if (mStack->currentWidget() == mHint)
        return;
    mName->setFocus(Qt::ShortcutFocusReason);
    mName->selectAll();
}

PropertyRow *InspectorWidget::row(const QString &property) const
{
    for (PropertyRow *r : mRows) {
        if (r->name() == property)
            return r;
    }
    return nullptr;
}

const model::Component *InspectorWidget::shownComponent() const
{
    if (!mDocument || mComponent.isEmpty())
        return nullptr;
    return mDocument->design().findComponent(mComponent);
}

void InspectorWidget::buildRows(const model::KindSchema *schema)
{
    qDeleteAll(mRows);
    mRows.clear();
    while (mForm->rowCount() > mFirstPropertyRow)
        mForm->removeRow(mFirstPropertyRow);
    mPropertiesHeading->setVisible(schema && !schema->properties.isEmpty());
    if (!schema)
        return;
    QWidget *content = mName->parentWidget();
    const QString kind = schema->kind;
    const engine::CatalogValues values = catalogValues();
    const CatalogListTest listsValues = [kind, values](const QString &path) {
        return values.listsValues(kind, path);
    };
    for (const model::PropertySchema &property : schema->properties) {
        auto *r = new PropertyRow(property, listsValues, mForm, content);
        connect(r, &PropertyRow::edited, this, &InspectorWidget::setComponentProperty);
        connect(r, &PropertyRow::resetRequested, this, &InspectorWidget::resetProperty);
        mRows.append(r);
    }
}

void InspectorWidget::refresh()
{
    const model::Component *component = shownComponent();
    if (!component) {
        clear();
        return;
    }
    const model::Design &design = mDocument->design();
    const model::KindSchema *schema = mDocument->kinds().schemas().schema(component->kind);
    if (!mBuilt || component->kind != mBuiltKind) {
        buildRows(schema);
        mBuilt = true;
        mBuiltKind = component->kind;
    }

    const QString iconPath = schema ? schema->icon : QString();
    mIcon->setPixmap(iconPath.isEmpty() ? QPixmap() : QIcon(iconPath).pixmap(32, 32));
    mKind->setText(schema ? schema->displayName : tr("Unknown kind \"%1\"").arg(component->kind));
    mKind->setToolTip(schema ? schema->help : tr("No plugin knows this kind; it is kept as is"));
    mId->setText(component->id.value());
    if (component->name != mShownName || !mName->isModified()) {
        mName->setText(component->name);
        mShownName = component->name;
    }
    mName->setPlaceholderText(component->id.value());

    const model::PlacementKind placement = placementOf(*component, schema);
    mPlacement->display(design, *component, placement);
    refreshRows(design, *component);
    refreshProblems(design, design.indexOfComponent(mComponent), placement);
    mStack->setCurrentIndex(1);
}

void InspectorWidget::refreshRows(const model::Design &design, const model::Component &component)
{
    for (PropertyRow *r : std::as_const(mRows)) {
        const model::PropertySchema &schema = r->editor()->schema();
        const auto it = component.properties.constFind(schema.name);
        const model::PropertyValue current =
            it == component.properties.cend() ? model::PropertyValue() : *it;
        r->editor()->setChoices(choicesFor(schema, schema.name, current, design, component));
        for (const model::PropertySchema &field : schema.fields) {
            r->editor()->setFieldChoices(
                field.name, choicesFor(field, schema.name + QLatin1Char('.') + field.name,
                                       current.toMap().value(field.name), design, component));
        }
        r->setValue(it == component.properties.cend() ? std::nullopt
                                                      : std::optional<model::PropertyValue>(*it));
        // What does not apply is hidden, unless the design sets it: then it stays, with the
        // validator's warning under it and its reset button, so it can be removed.
        const model::KindSchema *kind = mDocument->kinds().schemas().schema(component.kind);
        r->setShown(!kind || kind->applies(schema.name, component.properties) ||
                    it != component.properties.cend());
    }
}

Choices InspectorWidget::choicesFor(const model::PropertySchema &schema, const QString &path,
                                    const model::PropertyValue &current,
                                    const model::Design &design,
                                    const model::Component &component) const
{
    Choices choices;
    switch (schema.type) {
    case model::PropertyType::Enum:
        for (const QString &value : schema.allowedValues)
            choices.append({value, value});
        break;
    case model::PropertyType::ComponentRef:
        for (const model::Component &other : design.components) {
            if (other.kind == schema.refKind && other.id != component.id)
                choices.append({other.id.value(), other.displayName()});
        }
        break;
    case model::PropertyType::ZoneRef:
        if (const model::Region *region = design.findRegion(component.placement.region)) {
            for (const model::ZoneId &zone : region->zones)
                choices.append({zone.value(), zone.value()});
        }
        break;
    case model::PropertyType::RegionList:
        // A global table's or database's other regions: the component's own is its primary.
        for (const model::Region &region : design.regions) {
            if (region.code != component.placement.region)
                choices.append({region.code.value(), region.code.value()});
        }
        break;
    case model::PropertyType::String: {
        const engine::CatalogValues values = catalogValues();
        if (!values.listsValues(component.kind, path))
            break;
        QStringList types = values.pricedValues(design, component, path);
        const QString value = current.typeId() == QMetaType::QString
                                  ? current.toString()
                                  : schema.defaultValue.toString();
        if (!value.isEmpty() && !types.contains(value)) {
            types << value;
            engine::sortByFamilyAndSize(types);
        }
        for (const QString &type : std::as_const(types))
            choices.append({type, type});
        break;
    }
    default:
        break;
    }
    return choices;
}

void InspectorWidget::refreshProblems(const model::Design &design, qsizetype index,
                                      model::PlacementKind placement)
{
    // The validator's problems, and the values of this component the catalog cannot price.
    const ComponentProblems problems = componentProblems(
        model::DesignValidator(mDocument->kinds().schemas()).validateComponent(design, index) +
            catalogValues().problems(design, index),
        index, placement, [this](const QString &name) { return row(name) != nullptr; });
    mComponentProblems->setProblems(problems.top);
    mPlacement->setProblems(problems.region, problems.zone, problems.zones);
    for (PropertyRow *r : std::as_const(mRows))
        r->setProblems(problems.byProperty.value(r->name()));
}

void InspectorWidget::setComponentProperty(const QString &name, const model::PropertyValue &value,
                                           bool commit)
{
    if (!shownComponent())
        return;
    mDocument->undoStack()->push(
        new document::SetPropertyCommand(mDocument, mComponent, name, value, commit));
}

void InspectorWidget::resetProperty(const QString &name)
{
    const model::Component *component = shownComponent();
    if (!component || !component->properties.contains(name))
        return;
    // SetPropertyCommand always stores a value (an invalid QVariant stays in the map and reads
    // as null), so removing the property is an edit of the whole component.
    model::Component after = *component;
    after.properties.remove(name);
    document::DesignDelta delta;
    delta.replaceComponent(mDocument->design(), after);
    const PropertyRow *r = row(name);
    const QString label = r ? inspectorstyle::propertyLabel(r->editor()->schema()).toLower() : name;
    mDocument->undoStack()->push(new document::EditDesignCommand(
        mDocument, tr("Reset %1 of %2").arg(label, component->displayName()), delta));
}

void InspectorWidget::rename()
{
    const model::Component *component = shownComponent();
    mName->setModified(false);
    if (!component || component->name == mName->text().trimmed())
        return;
    model::Component after = *component;
    after.name = mName->text().trimmed();
    document::DesignDelta delta;
    delta.replaceComponent(mDocument->design(), after);
    mDocument->undoStack()->push(new document::EditDesignCommand(
        mDocument, tr("Rename %1").arg(component->displayName()), delta));
}

void InspectorWidget::moveTo(const model::Placement &placement, const QString &where)
{
    const model::Component *component = shownComponent();
    if (!component || component->placement == placement)
        return;
    model::Component after = *component;
    after.placement = placement;
    document::DesignDelta delta;
    delta.replaceComponent(mDocument->design(), after);
    mDocument->undoStack()->push(new document::EditDesignCommand(
        mDocument, tr("Move %1 to %2").arg(component->displayName(), where), delta));
}

} // namespace archstudio::ui
