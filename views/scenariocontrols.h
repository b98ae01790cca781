// The explored scenario's controls: context and weights sliders, KV, sequences, GPUs, prompt.
#pragma once

#include "scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace Headroom {

class ProblemLabel;
class Session;
class TokenSpinBox;

// The explored scenario's controls: context (a log-scale slider snapping to doublings, plus an
// exact field that reads 128k and 1M), weights (a slider over the common formats whose first
// step is "as released", plus the full format list), KV precision, sequences, GPUs and the
// opt-in rope-scaled context, how several GPUs share a model, the prompt to prefill and the
// opt-in CPU offload. It writes to the session and shows what the session holds. A value it cannot
// take (a typo, a context too short for the prompt and the answer) is said in words under the
// controls, and the session keeps what it had.
class ScenarioControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioControls)

public:
    explicit ScenarioControls(Session *session, QWidget *parent = nullptr);

    // The context steps the slider snaps to: 4K … 1M tokens, doubling.
    [[nodiscard]] static QList<int> contextSteps();

private:
    void showScenario();
    void commit();
    void syncContextSlider(int tokens);
    void limitContextSlider();
    void syncWeightsSlider();
    void limitGpus();

    Session *m_session;
    QSlider *m_contextSlider;
    TokenSpinBox *m_contextSpin;
    QSlider *m_quantSlider;
    QComboBox *m_formatCombo;
    QComboBox *m_kvCombo;
    QSpinBox *m_batchSpin;
    QSpinBox *m_gpuSpin;
    QComboBox *m_parallelCombo;
    TokenSpinBox *m_promptSpin;
    QCheckBox *m_extended;
    QCheckBox *m_offload;
    QSpinBox *m_cpuMoeSpin;
    ProblemLabel *m_problem;
    bool m_updating = false;
};

} // namespace Headroom
