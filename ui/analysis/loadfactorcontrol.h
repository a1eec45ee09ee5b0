#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace archstudio::ui {

/// The what-if load control: a slider on a log scale from 0.1x to 10x and a spin box, both
/// setting the factor every workload's traffic is multiplied by.
class LoadFactorControl : public QWidget
{
    Q_OBJECT

public:
    explicit LoadFactorControl(QWidget *parent = nullptr);

    double loadFactor() const { return mFactor; }
    void setLoadFactor(double factor);

    static constexpr double kMinimum = 0.1;
    static constexpr double kMaximum = 10.0;

signals:
    void loadFactorChanged(double factor);

private:
    double mFactor = 1.0;
    QSlider *mSlider = nullptr;
    QDoubleSpinBox *mSpin = nullptr;
};

} // namespace archstudio::ui
