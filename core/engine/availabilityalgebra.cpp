#include "availabilityalgebra.h"

#include <cmath>

namespace archstudio::engine {

namespace {
constexpr double kSecondsPerYear = 8760.0 * 3600.0;
} // namespace

double series(const QList<double> &availabilities)
{
    double product = 1.0;
    for (double a : availabilities)
        product *= a;
    return product;
}

double parallel(const QList<double> &availabilities)
{
    if (availabilities.isEmpty())
        return 0.0;
    double allDown = 1.0;
    for (double a : availabilities)
        allDown *= 1.0 - a;
    return 1.0 - allDown;
}

double kOfN(int k, const QList<double> &availabilities)
{
    const int n = int(availabilities.size());
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    // up[j]: probability that exactly j of the parts seen so far are up.
    QList<double> up(n + 1, 0.0);
    up[0] = 1.0;
    for (int i = 0; i < n; ++i) {
        const double a = availabilities.at(i);
        for (int j = i + 1; j >= 1; --j)
            up[j] = up[j] * (1.0 - a) + up[j - 1] * a;
        up[0] *= 1.0 - a;
    }
    double atLeastK = 0.0;
    for (int j = k; j <= n; ++j)
        atLeastK += up[j];
    return atLeastK;
}

double steadyState(double ratePerYear, double recoverySeconds)
{
    if (ratePerYear <= 0.0 || recoverySeconds <= 0.0)
        return 1.0;
    const double mttf = kSecondsPerYear / ratePerYear;
    return mttf / (mttf + recoverySeconds);
}

double downtimeMinutesPerMonth(double availability)
{
    return (1.0 - availability) * 730.0 * 60.0;
}

double downtimeMinutesPerYear(double availability)
{
    return (1.0 - availability) * 8760.0 * 60.0;
}

double nines(double availability)
{
    return availability >= 1.0 ? INFINITY : -std::log10(1.0 - availability);
}

} // namespace archstudio::engine
