#pragma once

#include "costs.h"

#include <QGroupBox>

class QComboBox;
class QSpinBox;

namespace Headroom {

// One column of the compare view: a box with its GPU count, a model, a weights format,
// a KV precision and (when the compare view unlinks it) its own context length.
class SideEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideEditor)

public:
    SideEditor(const QString &title, const QString &prefix, const Catalog &catalog, QWidget *parent = nullptr);

    [[nodiscard]] Costs::Side side(double sharedContext, bool linked) const;
    void setSide(const QString &modelId, const QString &hardwareId, const Scenario &scenario);
    void setHardware(const QString &hardwareId);
    void setModel(const QString &modelId);
    [[nodiscard]] QString modelId() const;
    [[nodiscard]] QString hardwareId() const;
    void setContextEditable(bool editable);

Q_SIGNALS:
    void changed();

private:
    const Catalog &m_catalog;
    QComboBox *m_hardware;
    QSpinBox *m_gpus;
    QComboBox *m_model;
    QComboBox *m_quant;
    QComboBox *m_kv;
    QSpinBox *m_context;
};

} // namespace Headroom
