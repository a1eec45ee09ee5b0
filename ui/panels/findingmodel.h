#pragma once

#include "core/engine/evaluation.h"
#include "core/model/design.h"

#include <QAbstractListModel>
#include <QStringList>

namespace archstudio::ui {

/// The design review's findings as a list model, one row per engine::Warning, read through
/// FindingDelegate's roles. A row's texts are put together only when a view asks for them. A
/// new evaluation with the same findings (same rule on the same component, in the same order)
/// updates them in place (one dataChanged), so the view keeps its current row, scroll position
/// and the heights it measured; other findings reset the model.
class FindingModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit FindingModel(QObject *parent = nullptr);

    /// Returns true when the rows were replaced (a reset), false when updated in place.
    bool setFindings(const QList<engine::Warning> &warnings, const model::Design &design);
    const engine::Warning &finding(int row) const { return mWarnings.at(row); }

    /// What a fix would change, for people: "+$109/mo · 1.8 min less downtime a month
    /// (+0.0040 pp)"; empty when the engine did not evaluate the fix.
    static QString effectText(const engine::Warning &warning);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<engine::Warning> mWarnings;
    QStringList mNames; ///< each finding's component's display name
};

} // namespace archstudio::ui
