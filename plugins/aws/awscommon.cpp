#include "awscommon.h"

#include "awskinds.h"

#include <QCoreApplication>

namespace archstudio::aws {

namespace {

const QStringList kSizes{"micro",   "small",   "medium",   "large",    "xlarge",  "2xlarge",
                         "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"};

} // namespace

QVariant propOf(const model::Component &component, const QString &name)
{
    if (const model::KindSchema *schema = findAwsKindSchema(component.kind))
        return schema->valueOf(name, component.properties);
    const QVariant value = component.properties.value(name);
    return value.isNull() ? QVariant() : value;
}

const model::KindSchema &awsSchema(const QString &kind)
{
    const model::KindSchema *schema = findAwsKindSchema(kind);
    if (!schema)
        qFatal("awsSchema: no AWS kind %s", qPrintable(kind));
    return *schema;
}

int vcpus(const PriceBook &prices, const QString &instanceClass)
{
    return std::max(1, int(prices.value(QStringLiteral("vcpu.") + instanceClass, 2.0)));
}

QString nextSize(const QString &instanceClass)
{
    const QString size = instanceClass.section(QLatin1Char('.'), -1);
    const qsizetype index = kSizes.indexOf(size);
    if (index < 0 || index + 1 >= kSizes.size())
        return {};
    const QString next = kSizes.at(index + 1);
    return instanceClass.section(QLatin1Char('.'), 0, -2) + QLatin1Char('.') + next;
}

bool isBurstable(const QString &instanceClass)
{
    // The family (between the first and second dots) starts with t; no temporary strings,
    // as every instance-based component is asked.
    const qsizetype dot = instanceClass.indexOf(QLatin1Char('.'));
    return dot >= 0 && dot + 1 < instanceClass.size() &&
           instanceClass.at(dot + 1) == QLatin1Char('t');
}

QString nonBurstable(const QString &instanceClass)
{
    const QString prefix = instanceClass.section(QLatin1Char('.'), 0, 0);
    const QString size = instanceClass.section(QLatin1Char('.'), -1);
    // Burstable sizes below large have no general-purpose twin; large is the smallest.
    const bool small = kSizes.indexOf(size) < kSizes.indexOf(QStringLiteral("large"));
    return prefix + QStringLiteral(".m6g.") + (small ? QStringLiteral("large") : size);
}

Finding burstableFinding(const KindContext &context, const QString &property,
                         const QString &current, const QString &replacement)
{
    return {QStringLiteral("burstable-instance"),
            QCoreApplication::translate(
                "Aws", "%1 runs on burstable %2: its CPU credits can run out under sustained load")
                .arg(context.component.displayName(), current),
            QCoreApplication::translate("Aws", "Use %1").arg(replacement),
            Patch{context.component.id, {{property, replacement}}, std::nullopt}};
}

std::optional<model::ZoneId> otherZone(const KindContext &context,
                                       const QList<model::ZoneId> &avoid)
{
    if (const model::Region *region =
            context.design.findRegion(context.component.placement.region)) {
        for (const model::ZoneId &zone : region->zones) {
            if (!avoid.contains(zone))
                return zone;
        }
    }
    return std::nullopt;
}

engine::FailureMode instanceFailure(const PriceBook &prices, double recoverySeconds)
{
    return {prices.value(QStringLiteral("failure.instance.per-year")), recoverySeconds};
}

double costPerOperation(const PriceBook &prices, const QString &perServerKey)
{
    const double perSecond = prices.value(perServerKey);
    return perSecond > 0.0 ? 1.0 / perSecond : 0.0;
}

LineItem hoursLine(const PriceBook &prices, const QString &description, double instances,
                   const Figure &rate)
{
    return PriceBook::line(description, instances * prices.hoursPerMonth(), QStringLiteral("hour"),
                           rate);
}

QList<LineItem> billOf(LineItem line)
{
    QList<LineItem> bill;
    bill.reserve(3); // the engine may add cross-AZ and cross-region transfer
    bill.append(std::move(line));
    return bill;
}

} // namespace archstudio::aws
