#pragma once

#include <QMessageBox>

#include <functional>

namespace archstudio::ui {

/// How the studio asks a question ("save changes?", "recover?", "delete the variant?"): tests
/// answer without a modal box. Unset, a message box asks.
using Prompt = std::function<QMessageBox::StandardButton(const QString &question)>;

} // namespace archstudio::ui
