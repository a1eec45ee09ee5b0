#pragma once

#include "core/engine/kindbehaviour.h"

namespace archstudio::selfmanaged {

/// PostgreSQL on EC2: a primary instance with its EBS volume, and streaming replicas (each
/// an instance with its own volume) that stand by in other zones.
class PostgresEc2Behaviour : public engine::KindBehaviour
{
public:
    QString kind() const override;
    std::unique_ptr<const engine::KindData>
    compile(const engine::KindContext &context) const override;
    engine::ComponentModel describe(const engine::KindContext &context) const override;
    QList<engine::LineItem> price(const engine::KindContext &context,
                                  const engine::ComponentLoad &load) const override;
    QList<engine::Finding> review(const engine::KindContext &context,
                                  const engine::ComponentLoad &load, double utilization,
                                  const QList<engine::LineItem> &bill) const override;
    QList<engine::CatalogKeyedValue>
    catalogKeyedValues(const model::Component &component,
                       const engine::ComponentLookup &find) const override;
    std::optional<engine::Patch> upsize(const engine::KindContext &context) const override;
    std::optional<engine::Patch> makeRedundant(const engine::KindContext &context) const override;
};

} // namespace archstudio::selfmanaged
