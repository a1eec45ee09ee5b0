#include "findingmodel.h"

#include "findingdelegate.h"

#include "core/render/figureformat.h"

#include <algorithm>
#include <cmath>

namespace archstudio::ui {

namespace {

/// Changes of availability smaller than this are noise of the model, not an effect.
constexpr double kNoAvailabilityChange = 1e-9;

bool sameFindings(const QList<engine::Warning> &a, const QList<engine::Warning> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const auto &x, const auto &y) {
        return x.rule == y.rule && x.component == y.component;
    });
}

} // namespace

FindingModel::FindingModel(QObject *parent) : QAbstractListModel(parent) {}

bool FindingModel::setFindings(const QList<engine::Warning> &warnings, const model::Design &design)
{
    const QHash<model::ComponentId, QString> namesById = model::displayNamesById(design);
    QStringList names;
    names.reserve(warnings.size());
    for (const engine::Warning &warning : warnings)
        names.append(namesById.value(warning.component, warning.component.value()));
    if (mWarnings.isEmpty() || !sameFindings(mWarnings, warnings)) {
        beginResetModel();
        mWarnings = warnings;
        mNames = std::move(names);
        endResetModel();
        return true;
    }
    mWarnings = warnings;
    mNames = std::move(names);
    emit dataChanged(index(0), index(rowCount() - 1));
    return false;
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mWarnings.size());
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const engine::Warning &warning = mWarnings.at(index.row());
    const QString &name = mNames.at(index.row());
    switch (role) {
    case FindingDelegate::ComponentIdRole:
        return warning.component.value();
    case FindingDelegate::ComponentNameRole:
        return name;
    case FindingDelegate::RuleRole:
        return warning.rule;
    case FindingDelegate::MessageRole:
        return warning.message;
    case FindingDelegate::FixRole:
        return warning.fix;
    case FindingDelegate::EffectRole:
        return effectText(warning);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        // Screen readers and tooltips get the whole finding in one sentence.
        QStringList parts{name + QStringLiteral(": ") + warning.message};
        if (!warning.fix.isEmpty())
            parts << tr("Fix: %1").arg(warning.fix);
        if (const QString effect = effectText(warning); !effect.isEmpty())
            parts << effect;
        return parts.join(role == Qt::DisplayRole ? QStringLiteral(". ") : QStringLiteral("\n"));
    }
    default:
        return {};
    }
}

QString FindingModel::effectText(const engine::Warning &warning)
{
    QStringList parts;
    if (warning.costDeltaUsd) {
        // Rounding decides: a change that shows as "$0.00/mo" is no change to people.
        const QString cost = render::costDeltaPerMonth(*warning.costDeltaUsd);
        parts << (cost == render::costDeltaPerMonth(0.0) ? tr("same cost") : cost);
    }
    if (warning.availabilityDelta) {
        const double delta = *warning.availabilityDelta;
        if (std::abs(delta) < kNoAvailabilityChange) {
            parts << tr("availability unchanged");
        } else {
            // Downtime is what people feel; the points are for comparing fixes.
            const QString downtime = render::downtimePerMonth(1.0 - std::abs(delta));
            parts << (delta > 0 ? tr("%1 less downtime a month (%2)")
                                : tr("%1 more downtime a month (%2)"))
                         .arg(downtime, render::percentagePoints(delta));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace archstudio::ui
