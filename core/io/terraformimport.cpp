#include "terraformimport.h"

#include "terraformplan.h"

#include "core/model/designvalidator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace archstudio::io {

namespace {

using engine::TerraformResource;
using model::ComponentId;

/// A component id from a Terraform address: "module.db.aws_db_instance.main[\"eu\"]" becomes
/// "module.db.aws_db_instance.main-eu".
QString idFromAddress(const QString &address)
{
    QString id;
    for (const QChar c : address) {
        const bool kept = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                          c == QLatin1Char('_') || c == QLatin1Char('-');
        if (kept)
            id += c;
        else if (!id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("resource") : id;
}

class ImportContext final : public engine::TerraformImportContext
{
public:
    ImportContext(const engine::KindSet &kinds, ImportResult &result)
        : mKinds(kinds), mResult(result)
    {}

    const model::KindRegistry &schemas() const override { return mKinds.schemas(); }
    const catalog::Catalog &catalog() const override { return mKinds.catalog(); }

    ComponentId componentId(const QString &address) override
    {
        if (const auto it = mIds.constFind(address); it != mIds.cend())
            return *it;
        const QString base = idFromAddress(address);
        QString id = base;
        // The next suffix to try is remembered: thousands of addresses may share a base.
        if (mTakenIds.contains(id)) {
            int &next = mNextSuffix[base];
            next = std::max(next, 2);
            do {
                id = QStringLiteral("%1-%2").arg(base).arg(next++);
            } while (mTakenIds.contains(id));
        }
        mTakenIds.insert(id);
        mIds.insert(address, ComponentId(id));
        return ComponentId(id);
    }

    void addComponent(const QString &source, model::Component component) override
    {
        if (!take(source))
            return;
        if (component.id.isEmpty())
            component.id = componentId(source);
        useRegion(component.placement.region.value());
        if (component.placement.zone)
            useZone(component.placement.region.value(), *component.placement.zone);
        for (const model::ZoneId &zone : std::as_const(component.placement.zones))
            useZone(component.placement.region.value(), zone);
        if (const model::KindSchema *schema = schemas().schema(component.kind)) {
            for (const model::PropertySchema &p : schema->properties) {
                const QVariant value = component.properties.value(p.name);
                if (!value.isValid())
                    continue;
                if (p.type == model::PropertyType::ZoneRef)
                    useZone(component.placement.region.value(), model::ZoneId(value.toString()));
                else if (p.type == model::PropertyType::RegionList)
                    for (const QVariant &region : value.toList())
                        useRegion(region.toString());
            }
        }
        mResult.imported.append({source, component.id, component.kind});
        mKindOf.insert(component.id, component.kind);
        mComponents.append(std::move(component));
    }

    void representedBy(const QString &source, const ComponentId &component) override
    {
        if (!take(source))
            return;
        mResult.imported.append({source, component, mKindOf.value(component)});
    }

    void skip(const QString &source, const QString &reason) override
    {
        if (take(source))
            mResult.skipped.append({source, reason});
    }

    void warn(const QString &message) override { mResult.warnings.append(message); }

    QString regionOfZone(const QString &zone) const override
    {
        const catalog::ZoneNaming &naming = catalog().regionConventions().zones;
        for (const QString &region : catalog().regions()) {
            if (naming.belongsTo(zone, region))
                return region;
        }
        return {};
    }

    QList<model::ZoneId> usualZones(const QString &region) const override
    {
        const catalog::ZoneNaming &naming = catalog().regionConventions().zones;
        const double figure = catalog().value(QStringLiteral("region.zones")).value_or(1.0);
        const int count = std::clamp(int(std::lround(figure)), 1, naming.capacity());
        QList<model::ZoneId> zones;
        for (int i = 0; i < count; ++i)
            zones.append(model::ZoneId(naming.code(region, i)));
        return zones;
    }

    QString fallbackRegion() const override
    {
        const catalog::RegionConventions &conventions = catalog().regionConventions();
        if (!conventions.reference.isEmpty())
            return conventions.reference;
        const QStringList offered = catalog().regionsInOfferOrder();
        return offered.isEmpty() ? QStringLiteral("us-east-1") : offered.first();
    }

    bool taken(const QString &address) const { return mTaken.contains(address); }

    /// The regions used, each with its usual zones and every zone used, in order.
    QList<model::Region> regions() const
    {
        QList<model::Region> regions;
        for (const QString &code : mRegionOrder) {
            model::Region region{model::RegionId(code), usualZones(code)};
            for (const model::ZoneId &zone : mZones.value(code)) {
                if (!region.hasZone(zone))
                    region.zones.append(zone);
            }
            regions.append(region);
        }
        return regions;
    }

    QList<model::Component> components() const { return mComponents; }

private:
    bool take(const QString &source)
    {
        if (mTaken.contains(source))
            return false;
        mTaken.insert(source);
        return true;
    }
    void useRegion(const QString &code)
    {
        if (!code.isEmpty() && !mRegionSet.contains(code)) {
            mRegionSet.insert(code);
            mRegionOrder.append(code);
        }
    }
    void useZone(const QString &region, const model::ZoneId &zone)
    {
        useRegion(region);
        if (!zone.isEmpty() && !mZones[region].contains(zone))
            mZones[region].append(zone);
    }

    const engine::KindSet &mKinds;
    ImportResult &mResult;
    QHash<QString, ComponentId> mIds;
    QSet<QString> mTakenIds;
    QHash<QString, int> mNextSuffix;
    QSet<QString> mTaken;
    QStringList mRegionOrder;
    QSet<QString> mRegionSet;
    QHash<ComponentId, QString> mKindOf;
    QHash<QString, QList<model::ZoneId>> mZones;
    QList<model::Component> mComponents;
};

} // namespace

ImportResult importTerraformPlan(const QByteArray &json, const QString &fileName,
                                 const engine::KindSet &kinds)
{
    ImportResult result;
    const TerraformPlanParse parsed = parseTerraformPlan(json);
    if (!parsed.plan) {
        result.error = QStringLiteral("%1: %2").arg(fileName, parsed.error);
        return result;
    }
    const TerraformPlan &plan = *parsed.plan;
    result.skipped = plan.skipped;

    ImportContext context(kinds, result);
    for (const engine::LoadedPlugin &plugin : kinds.plugins()) {
        if (!plugin.terraformMapper)
            continue;
        QList<TerraformResource> left;
        for (const TerraformResource &r : plan.resources) {
            if (!context.taken(r.address))
                left.append(r);
        }
        if (!left.isEmpty())
            plugin.terraformMapper->map(left, context);
    }
    for (const TerraformResource &r : plan.resources) {
        if (!context.taken(r.address))
            context.skip(r.address, QCoreApplication::translate(
                                        "Io", "%1 is not a resource ArchStudio models.")
                                        .arg(r.type));
    }

    model::Design design;
    design.name = QFileInfo(fileName).completeBaseName();
    if (design.name.isEmpty())
        design.name = QCoreApplication::translate("Io", "Imported Terraform plan");
    design.description =
        plan.isState ? QCoreApplication::translate("Io", "Imported from the Terraform state %1.")
                           .arg(QFileInfo(fileName).fileName())
                     : QCoreApplication::translate("Io", "Imported from the Terraform plan %1.")
                           .arg(QFileInfo(fileName).fileName());
    design.catalog = QStringLiteral("aws");
    design.regions = context.regions();
    design.components = context.components();
    if (design.components.isEmpty())
        result.warnings.append(
            QCoreApplication::translate(
                "Io", "%1 holds no resource ArchStudio models: the design is empty.")
                .arg(fileName));

    const model::Problems problems = model::DesignValidator(kinds.schemas()).validate(design);
    for (const model::Problem &p : problems) {
        if (p.isError()) {
            result.error =
                QCoreApplication::translate("Io", "%1: the imported design is not valid: %2")
                    .arg(fileName, p.toString());
            result.imported.clear();
            return result;
        }
    }
    result.design = std::move(design);
    return result;
}

} // namespace archstudio::io
