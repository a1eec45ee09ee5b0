#pragma once

#include "awscommon.h"

namespace archstudio::aws {

/// An RDS instance: Single-AZ, Multi-AZ instance (one standby) or Multi-AZ DB cluster.
class RdsBehaviour : public engine::KindBehaviour
{
public:
    QString kind() const override { return QStringLiteral("rds"); }
    std::unique_ptr<const KindData> compile(const KindContext &context) const override;
    ComponentModel describe(const KindContext &context) const override;
    QList<engine::CatalogKeyedValue>
    catalogKeyedValues(const model::Component &component,
                       const engine::ComponentLookup &find) const override;
    QList<LineItem> price(const KindContext &context, const ComponentLoad &load) const override;
    QList<Finding> review(const KindContext &context, const ComponentLoad &load, double utilization,
                          const QList<LineItem> &bill) const override;
    std::optional<Patch> upsize(const KindContext &context) const override;
    std::optional<Patch> makeRedundant(const KindContext &context) const override;
};

/// An asynchronous read replica of an RDS instance, in its region or another.
class RdsReplicaBehaviour : public engine::KindBehaviour
{
public:
    QString kind() const override { return QStringLiteral("rds-replica"); }
    std::unique_ptr<const KindData> compile(const KindContext &context) const override;
    ComponentModel describe(const KindContext &context) const override;
    QList<engine::CatalogKeyedValue>
    catalogKeyedValues(const model::Component &component,
                       const engine::ComponentLookup &find) const override;
    QList<LineItem> price(const KindContext &context, const ComponentLoad &load) const override;
    QList<Finding> review(const KindContext &context, const ComponentLoad &load, double utilization,
                          const QList<LineItem> &bill) const override;
    std::optional<Patch> upsize(const KindContext &context) const override;
};

} // namespace archstudio::aws
