#include "loadfactorcontrol.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <cmath>

namespace archstudio::ui {

namespace {

/// Slider steps per decade: 0.1x, 1x and 10x are -100, 0 and 100.
constexpr int kStepsPerDecade = 100;

int sliderValue(double factor)
{
    return int(std::lround(std::log10(factor) * kStepsPerDecade));
}

} // namespace

LoadFactorControl::LoadFactorControl(QWidget *parent) : QWidget(parent)
{
    auto *label = new QLabel(tr("&Load:"), this);
    mSlider = new QSlider(Qt::Horizontal, this);
    mSlider->setRange(sliderValue(kMinimum), sliderValue(kMaximum));
    mSlider->setValue(0);
    mSlider->setFixedWidth(140);
    mSlider->setToolTip(tr("What if traffic changed? Every workload's load, 0.1x to 10x"));
    mSpin = new QDoubleSpinBox(this);
    mSpin->setRange(kMinimum, kMaximum);
    mSpin->setDecimals(2);
    mSpin->setSingleStep(0.1);
    mSpin->setSuffix(QStringLiteral("×"));
    mSpin->setValue(1.0);
    mSpin->setAccessibleName(tr("Load factor"));
    mSpin->setMaximumWidth(mSpin->fontMetrics().horizontalAdvance(QStringLiteral("10.00×")) + 40);
    label->setBuddy(mSpin);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(mSlider);
    layout->addWidget(mSpin);
    connect(mSlider, &QSlider::valueChanged, this,
            [this](int value) { setLoadFactor(std::pow(10.0, double(value) / kStepsPerDecade)); });
    connect(mSpin, &QDoubleSpinBox::valueChanged, this, &LoadFactorControl::setLoadFactor);
}

void LoadFactorControl::setLoadFactor(double factor)
{
    // Two decimals, as the spin box shows: the slider's steps land on round values.
    factor = std::round(std::clamp(factor, kMinimum, kMaximum) * 100.0) / 100.0;
    if (factor == mFactor)
        return;
    mFactor = factor;
    {
        const QSignalBlocker blockSlider(mSlider);
        const QSignalBlocker blockSpin(mSpin);
        mSlider->setValue(sliderValue(factor));
        mSpin->setValue(factor);
    }
    emit loadFactorChanged(factor);
}

} // namespace archstudio::ui
