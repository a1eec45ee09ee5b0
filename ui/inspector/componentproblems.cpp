#include "componentproblems.h"

#include <QRegularExpression>

namespace archstudio::ui {

namespace {

model::Problem withPrefix(model::Problem problem, const QString &prefix)
{
    if (!prefix.isEmpty())
        problem.message = prefix + QStringLiteral(": ") + problem.message;
    return problem;
}

} // namespace

ComponentProblems componentProblems(const model::Problems &all, qsizetype index,
                                    model::PlacementKind placement,
                                    const std::function<bool(const QString &)> &hasRow)
{
    static const QRegularExpression keyEnd(QStringLiteral("[.\\[]"));
    const QString prefix = model::indexPath(QStringLiteral("components"), index);
    const QString propertiesPrefix = QStringLiteral(".properties.");
    ComponentProblems sorted;
    for (const model::Problem &problem : all) {
        if (!problem.path.startsWith(prefix))
            continue;
        const QString rest = problem.path.mid(prefix.size());
        if (!rest.isEmpty() && rest.at(0) != QLatin1Char('.'))
            continue; // components[1] is not components[12]
        if (rest.startsWith(propertiesPrefix)) {
            const QString sub = rest.mid(propertiesPrefix.size());
            const qsizetype end = sub.indexOf(keyEnd);
            const QString name = end < 0 ? sub : sub.left(end);
            if (hasRow(name)) {
                // A nested field's problem names the field ("nodeType: missing; ..."); a list
                // item's message names the item already.
                const QString field =
                    end >= 0 && sub.at(end) == QLatin1Char('.') ? sub.mid(end + 1) : QString();
                sorted.byProperty[name].append(withPrefix(problem, field));
            } else {
                sorted.top.append(withPrefix(problem, sub));
            }
        } else if (rest == QStringLiteral(".placement.region")) {
            sorted.region.append(problem);
        } else if (rest == QStringLiteral(".placement.zone") &&
                   placement == model::PlacementKind::Zone) {
            sorted.zone.append(problem);
        } else if (rest.startsWith(QStringLiteral(".placement.zone")) &&
                   placement == model::PlacementKind::Zones) {
            sorted.zones.append(problem);
        } else {
            // The placement as a whole, the id and the kind: the message says what it is about.
            static const QStringList selfDescribing{QString(), QStringLiteral(".placement"),
                                                    QStringLiteral(".id"), QStringLiteral(".kind")};
            sorted.top.append(
                withPrefix(problem, selfDescribing.contains(rest) ? QString() : rest.mid(1)));
        }
    }
    return sorted;
}

} // namespace archstudio::ui
