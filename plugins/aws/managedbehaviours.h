#pragma once

#include "awscommon.h"

namespace archstudio::aws {

/// A DynamoDB table: regional, on-demand or provisioned, optionally a global table.
class DynamoDbBehaviour : public engine::KindBehaviour
{
public:
    QString kind() const override { return QStringLiteral("dynamodb"); }
    std::unique_ptr<const KindData> compile(const KindContext &context) const override;
    ComponentModel describe(const KindContext &context) const override;
    QList<engine::CatalogKeyedValue>
    catalogKeyedValues(const model::Component &component,
                       const engine::ComponentLookup &find) const override;
    QList<LineItem> price(const KindContext &context, const ComponentLoad &load) const override;
    QList<Finding> review(const KindContext &context, const ComponentLoad &load, double utilization,
                          const QList<LineItem> &bill) const override;
};

/// An ElastiCache cache: node-based shards and replicas, or Serverless.
class ElastiCacheBehaviour : public engine::KindBehaviour
{
public:
    QString kind() const override { return QStringLiteral("elasticache"); }
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

} // namespace archstudio::aws
