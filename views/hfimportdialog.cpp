// Asks where a Hugging Face model comes from: a repository id or a pasted config.json.
#include "hfimportdialog.h"

#include "inputlimits.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Headroom {

HfImportDialog::HfImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_repository(new QLineEdit(this))
    , m_config(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import from Hugging Face"));
    m_repository->setObjectName(QStringLiteral("hfRepositoryField"));
    m_repository->setPlaceholderText(QStringLiteral("Qwen/Qwen3-Coder-Next"));
    m_repository->setToolTip(tr("A repository on the Hub: its config.json and the sizes of its files are fetched "
                                "(HF_TOKEN for gated repositories, HF_ENDPOINT for a mirror)"));
    m_config->setObjectName(QStringLiteral("hfConfigField"));
    m_config->setPlaceholderText(tr("…or paste a config.json here"));
    auto *open = new QPushButton(tr("&Open a config.json…"), this);
    connect(open, &QPushButton::clicked, this, &HfImportDialog::openFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_repository);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_config, 1);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString HfImportDialog::repository() const
{
    QString text = m_repository->text().trimmed();
    // A pasted address works as well as the id.
    text.remove(QRegularExpression(QStringLiteral("^https?://[^/]+/")));
    return text;
}

QByteArray HfImportDialog::configText() const
{
    return m_config->toPlainText().toUtf8();
}

QString HfImportDialog::problem() const
{
    if (repository().isEmpty() && m_config->toPlainText().trimmed().isEmpty())
        return tr("Give a repository id or a config.json.");
    return {};
}

void HfImportDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a config.json"), {}, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_config->setPlainText(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return;
    }
    m_config->setPlainText(QString::fromUtf8(file.read(Limits::kMaxConfigJsonBytes)));
}

} // namespace Headroom
