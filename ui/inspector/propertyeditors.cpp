#include "propertyeditors.h"

#include "inspectorstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace archstudio::ui {

namespace {

/// Shows 250 rather than 250.000 and 0.85 rather than 0.850, yet accepts three decimals.
class TidyDoubleSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        if (!isGroupSeparatorShown())
            text.remove(locale().groupSeparator());
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

/// A spin box's width follows its widest value; an unbounded range must not widen the panel.
void letShrink(QWidget *widget)
{
    widget->setMinimumWidth(widget->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    widget->setSizePolicy(QSizePolicy::Ignored, widget->sizePolicy().verticalPolicy());
}

QAbstractSpinBox *makeSpinBox(const model::PropertySchema &schema, QWidget *parent)
{
    QAbstractSpinBox *box = nullptr;
    if (schema.type == model::PropertyType::Integer) {
        auto *spin = new QSpinBox(parent);
        spin->setSuffix(inspectorstyle::unitSuffix(schema.unit));
        box = spin;
    } else {
        auto *spin = new TidyDoubleSpinBox(parent);
        spin->setDecimals(3);
        spin->setSuffix(inspectorstyle::unitSuffix(schema.unit));
        // A share between 0 and 1 moves in hundredths; everything else in whole units.
        const bool fraction =
            schema.minimum && schema.maximum && *schema.maximum - *schema.minimum <= 1.0;
        spin->setSingleStep(fraction ? 0.01 : 1.0);
        box = spin;
    }
    box->setAccelerated(true);
    letShrink(box);
    return box;
}

QComboBox *makeComboBox(bool editable, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(editable);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

QString defaultAsText(const model::PropertySchema &schema)
{
    return schema.defaultValue.isValid() ? schema.defaultValue.toString()
                                         : inspectorstyle::fallbackText(schema);
}

} // namespace

NumberEditor::NumberEditor(const model::PropertySchema &schema, QWidget *parent)
    : PropertyEditor(schema, makeSpinBox(schema, parent)),
      mSpinBox(static_cast<QAbstractSpinBox *>(widget()))
{
    const auto stepped = [this] {
        if (isUpdating())
            return;
        mDirty = true;
        emit edited(current(), false);
    };
    if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox))
        connect(spin, &QSpinBox::valueChanged, this, stepped);
    else
        connect(static_cast<QDoubleSpinBox *>(mSpinBox), &QDoubleSpinBox::valueChanged, this,
                stepped);
    connect(mSpinBox, &QAbstractSpinBox::editingFinished, this, [this] {
        if (!std::exchange(mDirty, false))
            return; // tabbing through must not write the default into the design
        emit edited(current(), true);
    });
}

model::PropertyValue NumberEditor::current() const
{
    if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox))
        return QVariant::fromValue(qint64(spin->value()));
    return static_cast<QDoubleSpinBox *>(mSpinBox)->value();
}

double NumberEditor::minimum() const
{
    if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox))
        return spin->minimum();
    return static_cast<QDoubleSpinBox *>(mSpinBox)->minimum();
}

double NumberEditor::maximum() const
{
    if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox))
        return spin->maximum();
    return static_cast<QDoubleSpinBox *>(mSpinBox)->maximum();
}

void NumberEditor::setRange(double low, double high)
{
    if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox))
        spin->setRange(int(std::max(low, double(std::numeric_limits<int>::min()))),
                       int(std::min(high, double(std::numeric_limits<int>::max()))));
    else
        static_cast<QDoubleSpinBox *>(mSpinBox)->setRange(low, high);
}

void NumberEditor::display(const std::optional<model::PropertyValue> &value)
{
    const model::PropertySchema &s = schema();
    const bool integer = s.type == model::PropertyType::Integer;
    const double unbounded = integer ? double(std::numeric_limits<int>::max()) : 1e12;
    double low = s.minimum.value_or(-unbounded);
    double high = s.maximum.value_or(unbounded);
    // A value other than the one the spin box shows comes from elsewhere (an undo): the
    // gesture in progress, if any, is over. The user's own steps arrive here unchanged.
    const auto changesShown = [this](double next) {
        if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox))
            return spin->value() != int(std::lround(next));
        return static_cast<QDoubleSpinBox *>(mSpinBox)->value() != next;
    };

    if (!value && !s.defaultValue.isValid()) {
        // No value and no default: one step below the range stands for "absent" and reads
        // "auto" (or "the source's"); the first step up gives the property its minimum.
        const double below = low - 1.0;
        if (changesShown(below))
            mDirty = false;
        setRange(below, high);
        mSpinBox->setSpecialValueText(inspectorstyle::fallbackText(s));
        if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox))
            spin->setValue(spin->minimum());
        else
            static_cast<QDoubleSpinBox *>(mSpinBox)->setValue(below);
        inspectorstyle::setShowsDefault(mSpinBox, true);
        return;
    }

    const double shown = value ? value->toDouble() : s.defaultValue.toDouble();
    if (changesShown(shown))
        mDirty = false;
    // The design's value is shown even out of range; the inline problem says what is wrong.
    low = std::min(low, shown);
    high = std::max(high, shown);
    mSpinBox->setSpecialValueText({});
    if (minimum() != low || maximum() != high)
        setRange(low, high);
    if (auto *spin = qobject_cast<QSpinBox *>(mSpinBox)) {
        if (spin->value() != int(std::lround(shown)))
            spin->setValue(int(std::lround(shown)));
    } else {
        auto *dspin = static_cast<QDoubleSpinBox *>(mSpinBox);
        if (dspin->value() != shown)
            dspin->setValue(shown);
    }
    inspectorstyle::setShowsDefault(mSpinBox, !value);
}

BoolEditor::BoolEditor(const model::PropertySchema &schema, QWidget *parent)
    : PropertyEditor(schema, new QCheckBox(parent)), mCheckBox(static_cast<QCheckBox *>(widget()))
{
    // clicked, not toggled: only the user's clicks and key presses are edits.
    connect(mCheckBox, &QCheckBox::clicked, this, [this](bool checked) {
        mCheckBox->setText(checked ? tr("Yes") : tr("No"));
        emit edited(checked, true);
    });
}

void BoolEditor::display(const std::optional<model::PropertyValue> &value)
{
    const bool checked = value ? value->toBool() : schema().defaultValue.toBool();
    mCheckBox->setChecked(checked);
    mCheckBox->setText(checked ? tr("Yes") : tr("No"));
    inspectorstyle::setShowsDefault(mCheckBox, !value);
}

ChoiceEditor::ChoiceEditor(const model::PropertySchema &schema, QWidget *parent)
    : PropertyEditor(schema, makeComboBox(false, parent)),
      mComboBox(static_cast<QComboBox *>(widget()))
{
    if (schema.type == model::PropertyType::Enum) {
        Choices allowed;
        for (const QString &value : schema.allowedValues)
            allowed.append({value, value});
        setChoices(allowed);
    }
    connect(mComboBox, &QComboBox::activated, this,
            [this](int index) { emit edited(mComboBox->itemData(index).toString(), true); });
}

void ChoiceEditor::choicesChanged()
{
    mComboBox->clear();
    for (const Choice &choice : choices())
        mComboBox->addItem(choice.text, choice.value);
}

void ChoiceEditor::display(const std::optional<model::PropertyValue> &value)
{
    // Items beyond the choices stood for a value that is not among them; drop the old one.
    while (mComboBox->count() > choices().size())
        mComboBox->removeItem(mComboBox->count() - 1);
    const QString shown = value ? value->toString() : schema().defaultValue.toString();
    int index = shown.isEmpty() ? -1 : mComboBox->findData(shown);
    if (index < 0 && !shown.isEmpty()) {
        mComboBox->addItem(shown, shown);
        index = mComboBox->count() - 1;
    }
    mComboBox->setPlaceholderText(value ? QString() : inspectorstyle::fallbackText(schema()));
    mComboBox->setCurrentIndex(index);
    inspectorstyle::setShowsDefault(mComboBox, !value);
}

TextEditor::TextEditor(const model::PropertySchema &schema, bool withCatalogList, QWidget *parent)
    : PropertyEditor(schema, withCatalogList ? static_cast<QWidget *>(makeComboBox(true, parent))
                                             : new QLineEdit(parent))
{
    mComboBox = qobject_cast<QComboBox *>(widget());
    mLineEdit = mComboBox ? mComboBox->lineEdit() : static_cast<QLineEdit *>(widget());
    mLineEdit->setPlaceholderText(defaultAsText(schema));
    if (mComboBox) {
        mComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
        connect(mComboBox, &QComboBox::activated, this,
                [this](int index) { commit(mComboBox->itemText(index)); });
    }
    connect(mLineEdit, &QLineEdit::editingFinished, this, [this] { commit(mLineEdit->text()); });
}

void TextEditor::commit(const QString &text)
{
    if (isUpdating())
        return;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (value())
            emit cleared();
        return;
    }
    if (!value() || value()->toString() != trimmed)
        emit edited(trimmed, true);
}

void TextEditor::choicesChanged()
{
    if (!mComboBox)
        return;
    mComboBox->clear();
    for (const Choice &choice : choices())
        mComboBox->addItem(choice.text, choice.value);
}

void TextEditor::display(const std::optional<model::PropertyValue> &value)
{
    const QString text = value ? value->toString() : QString();
    if (mComboBox) {
        const int index = text.isEmpty() ? -1 : mComboBox->findData(text);
        mComboBox->setCurrentIndex(index);
    }
    if (mLineEdit->text() != text)
        mLineEdit->setText(text);
    // The placeholder (the default) is greyed by Qt already; only record the state.
    mLineEdit->setPlaceholderText(defaultAsText(schema()));
    widget()->setProperty("showsDefault", !value);
}

RegionListEditor::RegionListEditor(const model::PropertySchema &schema, QWidget *parent)
    : PropertyEditor(schema, new QListWidget(parent)), mList(static_cast<QListWidget *>(widget()))
{
    mList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    mList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(mList, &QListWidget::itemChanged, this, [this] {
        if (isUpdating())
            return;
        QVariantList regions;
        for (int i = 0; i < mList->count(); ++i) {
            if (mList->item(i)->checkState() == Qt::Checked)
                regions << mList->item(i)->data(Qt::UserRole).toString();
        }
        emit edited(regions, true);
    });
}

void RegionListEditor::display(const std::optional<model::PropertyValue> &value)
{
    const QStringList checked = (value ? *value : schema().defaultValue).toStringList();
    Choices shown = choices();
    for (const QString &region : checked) {
        if (std::none_of(shown.cbegin(), shown.cend(),
                         [&](const Choice &c) { return c.value == region; }))
            shown.append({region, region});
    }
    // Rebuilt only when the regions change: this runs while the list reports the click that
    // changed a check box, and that item must survive it.
    bool same = mList->count() == shown.size();
    for (int i = 0; same && i < mList->count(); ++i)
        same = mList->item(i)->data(Qt::UserRole).toString() == shown.at(i).value;
    if (!same) {
        mList->clear();
        for (const Choice &choice : std::as_const(shown)) {
            auto *item = new QListWidgetItem(choice.text, mList);
            item->setData(Qt::UserRole, choice.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
    }
    for (int i = 0; i < mList->count(); ++i) {
        const bool on = checked.contains(shown.at(i).value);
        mList->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    const int rows = std::max(1, mList->count());
    const int rowHeight = mList->count() ? mList->sizeHintForRow(0) : mList->fontMetrics().height();
    mList->setFixedHeight(rows * rowHeight + 2 * mList->frameWidth() + 2);
    inspectorstyle::setShowsDefault(mList, !value);
}

} // namespace archstudio::ui
