#include "awsbehaviours.h"

#include "aurorabehaviour.h"
#include "managedbehaviours.h"
#include "rdsbehaviour.h"

namespace archstudio::aws {

QList<std::shared_ptr<const engine::KindBehaviour>> awsBehaviours()
{
    return {std::make_shared<RdsBehaviour>(),           std::make_shared<RdsReplicaBehaviour>(),
            std::make_shared<AuroraClusterBehaviour>(), std::make_shared<AuroraInstanceBehaviour>(),
            std::make_shared<DynamoDbBehaviour>(),      std::make_shared<ElastiCacheBehaviour>()};
}

} // namespace archstudio::aws
