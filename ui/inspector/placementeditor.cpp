#include "placementeditor.h"

#include "inspectorstyle.h"
#include "problemlist.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>

#include <algorithm>

namespace archstudio::ui {

namespace {

ProblemList *addProblemRow(QFormLayout *form, const QString &name, QWidget *parent)
{
    auto *problems = new ProblemList(parent);
    problems->setObjectName(QStringLiteral("problems.placement.") + name);
    form->addRow(problems);
    form->setRowVisible(problems, false);
    return problems;
}

} // namespace

PlacementEditor::PlacementEditor(QFormLayout *form, QWidget *parent) : QObject(parent), mForm(form)
{
    mRegion = new QLabel(parent);
    mRegion->setObjectName(QStringLiteral("componentRegion"));
    mRegion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Region"), mRegion);
    mRegionProblems = addProblemRow(form, QStringLiteral("region"), parent);

    mZone = new QComboBox(parent);
    mZone->setObjectName(QStringLiteral("componentZone"));
    mZone->setToolTip(tr("The Availability Zone the component runs in"));
    mZone->setPlaceholderText(tr("choose a zone"));
    auto *zoneLabel = new QLabel(tr("&Zone"), parent);
    zoneLabel->setBuddy(mZone);
    form->addRow(zoneLabel, inspectorstyle::withResetGutter(mZone, parent));
    mZoneProblems = addProblemRow(form, QStringLiteral("zone"), parent);

    mZones = new QListWidget(parent);
    mZones->setObjectName(QStringLiteral("componentZones"));
    mZones->setToolTip(tr("The Availability Zones the workload runs in"));
    mZones->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *zonesLabel = new QLabel(tr("&Zones"), parent);
    zonesLabel->setBuddy(mZones);
    form->addRow(zonesLabel, inspectorstyle::withResetGutter(mZones, parent));
    mZonesProblems = addProblemRow(form, QStringLiteral("zones"), parent);

    connect(mZone, &QComboBox::activated, this, [this](int index) {
        emit zoneChosen(model::ZoneId(mZone->itemData(index).toString()));
    });
    connect(mZones, &QListWidget::itemChanged, this, [this] {
        if (mUpdating)
            return;
        QList<model::ZoneId> zones;
        for (int i = 0; i < mZones->count(); ++i) {
            if (mZones->item(i)->checkState() == Qt::Checked)
                zones << model::ZoneId(mZones->item(i)->data(Qt::UserRole).toString());
        }
        emit zonesChosen(zones);
    });
}

void PlacementEditor::display(const model::Design &design, const model::Component &component,
                              model::PlacementKind kind)
{
    mUpdating = true;
    const model::Placement &placement = component.placement;
    mRegion->setText(placement.region.value());
    const model::Region *region = design.findRegion(placement.region);
    // The boxes sit in gutter rows (withResetGutter); the row is found by its field widget.
    mForm->setRowVisible(mZone->parentWidget(), kind == model::PlacementKind::Zone);
    mForm->setRowVisible(mZones->parentWidget(), kind == model::PlacementKind::Zones);
    if (kind == model::PlacementKind::Zone)
        showZone(region, placement);
    else if (kind == model::PlacementKind::Zones)
        showZones(region, placement);
    mUpdating = false;
}

void PlacementEditor::showZone(const model::Region *region, const model::Placement &placement)
{
    QStringList codes;
    if (region) {
        for (const model::ZoneId &zone : region->zones)
            codes << zone.value();
    }
    // A zone of another region is listed too, so the box shows what the design says; the
    // inline problem explains it.
    const QString current = placement.zone ? placement.zone->value() : QString();
    if (!current.isEmpty() && !codes.contains(current))
        codes << current;
    QStringList shown;
    for (int i = 0; i < mZone->count(); ++i)
        shown << mZone->itemData(i).toString();
    if (shown != codes) {
        mZone->clear();
        for (const QString &code : codes)
            mZone->addItem(code, code);
    }
    mZone->setCurrentIndex(current.isEmpty() ? -1 : int(codes.indexOf(current)));
}

void PlacementEditor::showZones(const model::Region *region, const model::Placement &placement)
{
    QList<model::ZoneId> zones = region ? region->zones : QList<model::ZoneId>();
    QList<model::ZoneId> checked = placement.zones;
    if (placement.zone && !checked.contains(*placement.zone))
        checked.prepend(*placement.zone);
    for (const model::ZoneId &zone : checked) {
        if (!zones.contains(zone))
            zones << zone;
    }
    // Items are rebuilt only when the zones themselves change: this runs while the list
    // reports the click that changed a check box, and that item must survive it.
    QStringList listed;
    for (int i = 0; i < mZones->count(); ++i)
        listed << mZones->item(i)->data(Qt::UserRole).toString();
    QStringList codes;
    for (const model::ZoneId &zone : zones)
        codes << zone.value();
    if (listed != codes) {
        mZones->clear();
        for (const QString &code : std::as_const(codes)) {
            auto *item = new QListWidgetItem(code, mZones);
            item->setData(Qt::UserRole, code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    for (int i = 0; i < mZones->count(); ++i) {
        const bool on = checked.contains(model::ZoneId(codes.at(i)));
        mZones->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    const int rows = std::max(1, mZones->count());
    const int rowHeight =
        mZones->count() ? mZones->sizeHintForRow(0) : mZones->fontMetrics().height();
    mZones->setFixedHeight(rows * rowHeight + 2 * mZones->frameWidth() + 2);
}

void PlacementEditor::setProblems(const model::Problems &region, const model::Problems &zone,
                                  const model::Problems &zones)
{
    const auto show = [this](ProblemList *list, const model::Problems &problems) {
        list->setProblems(problems);
        mForm->setRowVisible(list, !problems.isEmpty());
    };
    show(mRegionProblems, region);
    show(mZoneProblems, zone);
    show(mZonesProblems, zones);
}

} // namespace archstudio::ui
