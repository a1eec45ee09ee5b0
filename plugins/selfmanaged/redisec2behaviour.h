#pragma once

#include "core/engine/kindbehaviour.h"

namespace archstudio::selfmanaged {

/// Redis on EC2, cache-aside: a primary instance (with an EBS volume when it persists) and
/// asynchronous replicas that stand by in other zones. No upsize(): one Redis primary runs
/// commands on one thread, so a larger instance does not serve more.
class RedisEc2Behaviour : public engine::KindBehaviour
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
    std::optional<engine::Patch> makeRedundant(const engine::KindContext &context) const override;
};

} // namespace archstudio::selfmanaged
