#include "queueing.h"

#include "evaluation.h"

#include <cmath>

namespace archstudio::engine {

double erlangC(int servers, double offeredLoad)
{
    if (servers <= 0 || offeredLoad >= servers)
        return 1.0;
    if (offeredLoad <= 0.0)
        return 0.0;
    // Erlang B by its stable recurrence, then C from B: no factorials, no overflow.
    double b = 1.0;
    for (int k = 1; k <= servers; ++k)
        b = offeredLoad * b / (k + offeredLoad * b);
    const double rho = offeredLoad / servers;
    return b / (1.0 - rho + rho * b);
}

double WaitTail::quantileMs(double q) const
{
    if (saturated)
        return kUnbounded;
    const double exceed = 1.0 - q;
    if (waitProbability <= exceed || decayPerMs <= 0.0)
        return 0.0;
    return std::log(waitProbability / exceed) / decayPerMs;
}

double WaitTail::meanMs() const
{
    if (saturated)
        return kUnbounded;
    return decayPerMs > 0.0 ? waitProbability / decayPerMs : 0.0;
}

WaitTail mmcWait(int servers, double arrivalsPerSecond, double meanServiceSeconds)
{
    WaitTail tail;
    if (arrivalsPerSecond <= 0.0 || meanServiceSeconds <= 0.0 || servers <= 0)
        return tail;
    const double mu = 1.0 / meanServiceSeconds;
    const double offered = arrivalsPerSecond / mu;
    if (offered >= servers) {
        tail.saturated = true;
        tail.waitProbability = 1.0;
        return tail;
    }
    tail.waitProbability = erlangC(servers, offered);
    tail.decayPerMs = (servers * mu - arrivalsPerSecond) / 1000.0;
    return tail;
}

} // namespace archstudio::engine
