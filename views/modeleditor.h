// The model form: add or edit a model.
#pragma once

#include "modelspec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Headroom {

class LimitSpinBox;
class TokenSpinBox;

// Adds or edits one model: parameters (total, all experts resident; active, read per token),
// layers, context, release format, the attention layout that sizes its KV cache, and its two
// SWE-bench scores, kept apart. Attention kinds the form does not show (MLA, linear, compressed)
// are kept from the model it started from.
class ModelEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelEditor)

public:
    explicit ModelEditor(const ModelSpec &original, QWidget *parent = nullptr);

    [[nodiscard]] ModelSpec model() const;
    [[nodiscard]] QString problem() const;

private:
    void check();

    ModelSpec m_original;
    QLineEdit *m_name;
    QLineEdit *m_lab;
    QLineEdit *m_licence;
    LimitSpinBox *m_total;
    LimitSpinBox *m_active;
    QSpinBox *m_layers;
    TokenSpinBox *m_context;
    QComboBox *m_format;
    QSpinBox *m_fullLayers;
    QSpinBox *m_kvHeads;
    QSpinBox *m_headDim;
    QSpinBox *m_swaLayers;
    TokenSpinBox *m_swaWindow;
    LimitSpinBox *m_verified;
    QCheckBox *m_verifiedVendor;
    LimitSpinBox *m_pro;
    QCheckBox *m_proVendor;
    QLineEdit *m_source;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Headroom
