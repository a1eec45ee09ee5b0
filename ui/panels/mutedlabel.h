#pragma once

#include <QLabel>

namespace archstudio::ui {

/// A small, word-wrapped label in the palette's muted colour for captions, notes and
/// placeholders. It follows palette changes, so switching to dark mode at runtime keeps it
/// readable.
class MutedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit MutedLabel(const QString &text = {}, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyMutedColor();
};

} // namespace archstudio::ui
