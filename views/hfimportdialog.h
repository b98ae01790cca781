// Asks where a Hugging Face model comes from: a repository id or a pasted config.json.
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Headroom {

// Where a Hugging Face model comes from: a repository id to fetch ("Qwen/Qwen3-Coder-Next"), or a
// config.json pasted or opened from disk. One of the two; problem() says what is missing.
class HfImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HfImportDialog)

public:
    explicit HfImportDialog(QWidget *parent = nullptr);
    [[nodiscard]] QString repository() const; // empty when a config was pasted instead
    [[nodiscard]] QByteArray configText() const;
    [[nodiscard]] QString problem() const;

private:
    void openFile();

    QLineEdit *m_repository;
    QPlainTextEdit *m_config;
};

} // namespace Headroom
