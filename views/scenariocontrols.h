#pragma once

#include "scenario.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace Headroom {

// Context (log-scale slider snapping to useful steps, plus an exact spin box), weights
// format, KV precision, concurrent sequences and GPU count. Emits scenarioChanged on any edit.
class ScenarioControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioControls)

public:
    explicit ScenarioControls(QWidget *parent = nullptr);

    [[nodiscard]] Scenario scenario() const;
    void setScenario(const Scenario &scenario);
    void setMaxGpus(int gpus);

    // The context steps the slider snaps to: 4K … 1M tokens, doubling.
    [[nodiscard]] static QList<int> contextSteps();

Q_SIGNALS:
    void scenarioChanged();

private:
    void syncContextSlider(int tokens);
    void updateQuantLabel();

    QSlider *m_contextSlider;
    QSpinBox *m_contextSpin;
    QSlider *m_quantSlider;
    QLabel *m_quantLabel;
    QComboBox *m_kvCombo;
    QSpinBox *m_batchSpin;
    QSpinBox *m_gpuSpin;
    bool m_updating = false;
};

} // namespace Headroom
