#pragma once

#include <QList>

#include <algorithm>

namespace archstudio::ui {

/// A design choice on the cost/availability plane.
struct CostAvailability
{
    double monthlyCostUsd = 0.0;
    double availability = 0.0;
};

/// The indices of the choices no other choice beats: none is both cheaper (or as cheap) and
/// more available (or as available) with at least one strictly better. In increasing cost.
inline QList<int> paretoFront(const QList<CostAvailability> &points)
{
    QList<int> front;
    for (int i = 0; i < points.size(); ++i) {
        const CostAvailability &p = points.at(i);
        const bool dominated = std::any_of(points.cbegin(), points.cend(), [&](const auto &q) {
            return q.monthlyCostUsd <= p.monthlyCostUsd && q.availability >= p.availability &&
                   (q.monthlyCostUsd < p.monthlyCostUsd || q.availability > p.availability);
        });
        if (!dominated)
            front.append(i);
    }
    std::sort(front.begin(), front.end(), [&](int a, int b) {
        return points.at(a).monthlyCostUsd < points.at(b).monthlyCostUsd;
    });
    return front;
}

} // namespace archstudio::ui
