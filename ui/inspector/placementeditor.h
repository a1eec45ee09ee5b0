#pragma once

#include "core/model/design.h"
#include "core/model/kindschema.h"
#include "core/model/problem.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;

namespace archstudio::ui {

class ProblemList;

/// Where a component lives, in the inspector: its region (read-only: a move to another region
/// is a canvas gesture), and its zone (a zonal component) or zones (a workload), editable.
/// Regional services show their region only.
class PlacementEditor : public QObject
{
    Q_OBJECT

public:
    PlacementEditor(QFormLayout *form, QWidget *parent);

    /// Shows component's placement; kind is the placement it has now (ElastiCache Serverless
    /// is regional although the kind is zonal).
    void display(const model::Design &design, const model::Component &component,
                 model::PlacementKind kind);
    void setProblems(const model::Problems &region, const model::Problems &zone,
                     const model::Problems &zones);

    QLabel *regionLabel() const { return mRegion; }
    QComboBox *zoneBox() const { return mZone; }
    QListWidget *zoneList() const { return mZones; }

signals:
    void zoneChosen(const archstudio::model::ZoneId &zone);
    void zonesChosen(const QList<archstudio::model::ZoneId> &zones);

private:
    void showZone(const model::Region *region, const model::Placement &placement);
    void showZones(const model::Region *region, const model::Placement &placement);

    QFormLayout *mForm;
    QLabel *mRegion;
    QComboBox *mZone;
    QListWidget *mZones;
    ProblemList *mRegionProblems;
    ProblemList *mZoneProblems;
    ProblemList *mZonesProblems;
    bool mUpdating = false;
};

} // namespace archstudio::ui
