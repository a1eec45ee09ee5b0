#pragma once

#include "core/model/problem.h"

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace archstudio::ui {

/// The validator's problems about one row (or one component), each with an error or warning
/// icon and its message in the warning colour. Hidden when there is nothing to say.
class ProblemList : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemList(QWidget *parent = nullptr);

    /// Shows problems; messages are the validator's, unchanged, so they match the CLI's.
    void setProblems(const model::Problems &problems);
    QStringList messages() const { return mMessages; }
    const model::Problems &problems() const { return mProblems; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QVBoxLayout *mLayout;
    model::Problems mProblems;
    QStringList mMessages;
};

} // namespace archstudio::ui
