#pragma once

namespace archstudio::engine {

/// Erlang C: the probability that an arrival to an M/M/c queue with c servers and offered
/// load a = lambda / mu (in Erlangs) has to wait. 1 when a >= c (the queue never drains).
double erlangC(int servers, double offeredLoad);

/// Waiting time of an M/M/c queue: P(W > t) = waitProbability * exp(-decayPerMs * t).
struct WaitTail
{
    double waitProbability = 0.0;
    double decayPerMs = 0.0; ///< c*mu - lambda, per millisecond
    bool saturated = false;  ///< utilisation >= 1: the wait is unbounded

    /// The q-quantile of the waiting time in ms (0 when fewer than 1-q arrivals wait).
    double quantileMs(double q) const;
    double meanMs() const;
};

/// The wait of an M/M/c queue with arrivals per second and mean service time in seconds.
WaitTail mmcWait(int servers, double arrivalsPerSecond, double meanServiceSeconds);

} // namespace archstudio::engine
