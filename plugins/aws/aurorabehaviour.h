#pragma once

#include "awscommon.h"

namespace archstudio::aws {

/// An Aurora cluster's shared volume: six copies over three zones, a 4-of-6 write quorum.
class AuroraClusterBehaviour : public engine::KindBehaviour
{
public:
    QString kind() const override { return QStringLiteral("aurora-cluster"); }
    std::unique_ptr<const KindData> compile(const KindContext &context) const override;
    ComponentModel describe(const KindContext &context) const override;
    QList<LineItem> price(const KindContext &context, const ComponentLoad &load) const override;
    QList<Finding> review(const KindContext &context, const ComponentLoad &load, double utilization,
                          const QList<LineItem> &bill) const override;
};

/// A writer or reader instance of an Aurora cluster (provisioned or Serverless v2).
class AuroraInstanceBehaviour : public engine::KindBehaviour
{
public:
    QString kind() const override { return QStringLiteral("aurora-instance"); }
    QStringList referenceProperties() const override { return {QStringLiteral("cluster")}; }
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
