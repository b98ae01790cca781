// The explored scenario's controls: context and weights sliders, KV, sequences, GPUs, prompt.
#include "scenariocontrols.h"

#include "catalogstore.h"
#include "problemlabel.h"
#include "session.h"
#include "tokenspinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace Headroom {

namespace {

// Layers whose routed experts sit in the host's RAM: "auto" places only what does not fit, "all" is
// llama.cpp's --cpu-moe, a number its --n-cpu-moe.
class CpuMoeSpinBox : public QSpinBox
{
public:
    explicit CpuMoeSpinBox(QWidget *parent)
        : QSpinBox(parent)
    {
        setRange(Scenario::kAutomaticPlacement, Scenario::kAllLayers);
        setSpecialValueText(ScenarioControls::tr("auto"));
    }

protected:
    QString textFromValue(int value) const override
    {
        return value == Scenario::kAllLayers ? ScenarioControls::tr("all") : QSpinBox::textFromValue(value);
    }
    int valueFromText(const QString &text) const override
    {
        return text.trimmed() == ScenarioControls::tr("all") ? Scenario::kAllLayers : QSpinBox::valueFromText(text);
    }
    QValidator::State validate(QString &text, int &pos) const override
    {
        const QString all = ScenarioControls::tr("all");
        if (all.startsWith(text.trimmed(), Qt::CaseInsensitive) && !text.trimmed().isEmpty())
            return text.trimmed() == all ? QValidator::Acceptable : QValidator::Intermediate;
        return QSpinBox::validate(text, pos);
    }
};

} // namespace

namespace {
// Slider position 0 is "as released"; then the common formats, most bits first.
QStringList sliderNames()
{
    return QStringList{QString()} + Quantization::sliderSteps();
}
} // namespace

QList<int> ScenarioControls::contextSteps()
{
    QList<int> steps;
    for (int t = 4096; t <= 1024 * 1024; t *= 2)
        steps.append(t);
    return steps;
}

ScenarioControls::ScenarioControls(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_contextSlider(new QSlider(Qt::Horizontal, this))
    , m_contextSpin(new TokenSpinBox(Limits::kContext, this))
    , m_quantSlider(new QSlider(Qt::Horizontal, this))
    , m_formatCombo(new QComboBox(this))
    , m_kvCombo(new QComboBox(this))
    , m_batchSpin(new QSpinBox(this))
    , m_gpuSpin(new QSpinBox(this))
    , m_parallelCombo(new QComboBox(this))
    , m_promptSpin(new TokenSpinBox(Limits::kPrompt, this))
    , m_extended(new QCheckBox(tr("Rope-scaled context"), this))
    , m_offload(new QCheckBox(tr("Allow CPU offload"), this))
    , m_cpuMoeSpin(new CpuMoeSpinBox(this))
    , m_problem(new ProblemLabel(QStringLiteral("scenarioProblem"), this))
{
    m_contextSlider->setObjectName(QStringLiteral("contextSlider"));
    m_contextSlider->setRange(0, int(contextSteps().size()) - 1);
    m_contextSlider->setPageStep(1);
    m_contextSlider->setTickPosition(QSlider::TicksBelow);
    m_contextSlider->setToolTip(tr("Context length on a log scale: 4K to 1M tokens"));
    m_contextSpin->setObjectName(QStringLiteral("contextSpin"));

    m_quantSlider->setObjectName(QStringLiteral("quantSlider"));
    m_quantSlider->setRange(0, int(sliderNames().size()) - 1);
    m_quantSlider->setPageStep(1);
    m_quantSlider->setTickPosition(QSlider::TicksBelow);
    m_quantSlider->setToolTip(tr("Weights format: \"as released\" on the left, then from 16 bits down to about 3"));
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(tr("As released"), QString());
    m_formatCombo->setItemData(0,
                               tr("Each model at its release format where that is 4-bit (gpt-oss MXFP4, Kimi INT4, "
                                  "NVFP4 releases), else Q4_K_M"),
                               Qt::ToolTipRole);
    for (const QuantFormat &f : Quantization::namedFormats()) {
        m_formatCombo->addItem(tr("%1 · %2 bits").arg(f.name).arg(f.bitsPerWeight, 0, 'f', 2), f.name);
        m_formatCombo->setItemData(m_formatCombo->count() - 1, f.basis, Qt::ToolTipRole);
    }

    m_kvCombo->setObjectName(QStringLiteral("kvCombo"));
    for (int i = 0; i < kvTypeCount(); ++i)
        m_kvCombo->addItem(kvTypeName(KvType(i)), i);
    m_kvCombo->setToolTip(tr("Precision of the KV cache elements"));
    m_batchSpin->setObjectName(QStringLiteral("batchSpin"));
    m_batchSpin->setRange(int(Limits::kBatch.min), int(Limits::kBatch.max));
    m_batchSpin->setToolTip(tr("Concurrent sequences, each with its own KV cache"));
    m_gpuSpin->setObjectName(QStringLiteral("gpuSpin"));
    m_gpuSpin->setSpecialValueText(tr("as sold"));
    m_gpuSpin->setToolTip(tr("GPUs per box, for every box in the matrix; \"as sold\" uses each box's own count. "
                             "Boxes that cannot hold that many say so."));
    m_parallelCombo->setObjectName(QStringLiteral("parallelCombo"));
    m_parallelCombo->addItem(tr("Auto"), int(Scenario::Parallel::Auto));
    m_parallelCombo->addItem(tr("Layer split"), int(Scenario::Parallel::LayerSplit));
    m_parallelCombo->addItem(tr("Tensor parallel"), int(Scenario::Parallel::TensorParallel));
    m_parallelCombo->setToolTip(
        tr("How several GPUs share a model. Auto: tensor parallel over NVLink or NVSwitch (an all-reduce per "
           "layer per token, so single-stream speed saturates), else llama.cpp's layer split (the cards take "
           "turns: more memory, no more speed)."));
    m_promptSpin->setObjectName(QStringLiteral("promptSpin"));
    m_promptSpin->setToolTip(tr("Prompt tokens processed before the first answer token: sets the time to first "
                                "token"));
    m_offload->setObjectName(QStringLiteral("offloadCheck"));
    m_offload->setToolTip(tr("Let weights that do not fit the GPU sit in the host computer's RAM, experts first "
                             "(llama.cpp --n-cpu-moe). It runs, slowly: every token reads them over the host's "
                             "memory bus."));
    m_cpuMoeSpin->setObjectName(QStringLiteral("cpuMoeSpin"));
    m_cpuMoeSpin->setToolTip(
        tr("Layers whose routed experts sit in the host's RAM, as llama.cpp's --n-cpu-moe (\"all\": --cpu-moe). "
           "\"auto\" puts there only what does not fit the GPU. A number keeps that many layers' experts there "
           "even where they would fit; what stays must fit the GPU. Each such layer hands its activations to the "
           "CPU and back every token."));
    m_extended->setObjectName(QStringLiteral("extendedContextCheck"));
    m_extended->setToolTip(tr("Allow a model's longer, rope-scaled context where its card documents one "
                              "(quality may drop at short contexts)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Context:"), m_contextSpin), 0, 0);
    grid->addWidget(m_contextSlider, 0, 1);
    grid->addWidget(m_contextSpin, 0, 2);
    grid->addWidget(label(tr("&Weights:"), m_quantSlider), 0, 3);
    grid->addWidget(m_quantSlider, 0, 4);
    grid->addWidget(m_formatCombo, 0, 5);
    auto *second = new QHBoxLayout;
    second->addWidget(label(tr("&KV cache:"), m_kvCombo));
    second->addWidget(m_kvCombo);
    second->addSpacing(16);
    second->addWidget(label(tr("&Sequences:"), m_batchSpin));
    second->addWidget(m_batchSpin);
    second->addSpacing(16);
    second->addWidget(label(tr("&GPUs:"), m_gpuSpin));
    second->addWidget(m_gpuSpin);
    second->addWidget(label(tr("Spl&it:"), m_parallelCombo));
    second->addWidget(m_parallelCombo);
    second->addSpacing(16);
    second->addWidget(label(tr("&Prompt:"), m_promptSpin));
    second->addWidget(m_promptSpin);
    second->addStretch(1);
    grid->addLayout(second, 1, 0, 1, 6);
    // Where the weights may go: a row of its own, so the window still fits a laptop in German.
    auto *third = new QHBoxLayout;
    third->addWidget(m_offload);
    third->addWidget(label(tr("E&xperts on CPU:"), m_cpuMoeSpin));
    third->addWidget(m_cpuMoeSpin);
    third->addSpacing(16);
    third->addWidget(m_extended);
    third->addStretch(1);
    grid->addLayout(third, 2, 0, 1, 6);
    grid->addWidget(m_problem, 3, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);

    showScenario();

    connect(m_contextSlider, &QSlider::valueChanged, this, [this](int step) {
        if (m_updating)
            return;
        m_updating = true;
        m_contextSpin->setValue(contextSteps().at(step));
        m_updating = false;
        commit();
    });
    connect(m_contextSpin, &QSpinBox::valueChanged, this, [this](int tokens) {
        if (m_updating)
            return;
        syncContextSlider(tokens);
        commit();
    });
    connect(m_quantSlider, &QSlider::valueChanged, this, [this](int step) {
        if (m_updating)
            return;
        m_updating = true;
        m_formatCombo->setCurrentIndex(std::max(0, m_formatCombo->findData(sliderNames().at(step))));
        m_updating = false;
        commit();
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        syncWeightsSlider();
        commit();
    });
    for (QSpinBox *spin : {m_batchSpin, m_gpuSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ScenarioControls::commit);
    for (QComboBox *combo : {m_kvCombo, m_parallelCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ScenarioControls::commit);
    connect(m_promptSpin, &QSpinBox::valueChanged, this, &ScenarioControls::commit);
    connect(m_cpuMoeSpin, &QSpinBox::valueChanged, this, &ScenarioControls::commit);
    for (QCheckBox *check : {m_extended, m_offload})
        connect(check, &QCheckBox::toggled, this, &ScenarioControls::commit);
    for (TokenSpinBox *field : {m_contextSpin, m_promptSpin})
        connect(field, &TokenSpinBox::refused, m_problem, &ProblemLabel::say);
    connect(session, &Session::scenarioChanged, this, &ScenarioControls::showScenario);
    connect(session, &Session::selectionChanged, this, &ScenarioControls::limitGpus);
}

void ScenarioControls::commit()
{
    if (m_updating)
        return;
    Scenario s = m_session->scenario();
    s.contextTokens = m_contextSpin->value();
    s.quant = Quantization::parse(m_formatCombo->currentData().toString());
    s.kvType = KvType(m_kvCombo->currentData().toInt());
    s.batch = m_batchSpin->value();
    s.gpus = m_gpuSpin->value();
    s.extendedContext = m_extended->isChecked();
    s.parallel = Scenario::Parallel(m_parallelCombo->currentData().toInt());
    s.promptTokens = m_promptSpin->value();
    s.allowOffload = m_offload->isChecked();
    // A count of layers is an offload placement: it needs the host, so only with offload allowed.
    s.cpuMoeLayers = s.allowOffload ? m_cpuMoeSpin->value() : Scenario::kAutomaticPlacement;
    if (!contextHoldsPromptAndAnswer(s)) {
        // Said, and not taken: the fields go back to what the session holds.
        m_problem->say(ProblemLabel::contextTooShort(s.contextTokens, s.promptTokens, s.answerTokens) +
                       QLatin1Char(' ') +
                       tr("The context stays %1 tokens and the prompt %2.")
                           .arg(QLocale().toString(qint64(m_session->scenario().contextTokens)),
                                QLocale().toString(qint64(m_session->scenario().promptTokens))));
        showScenario();
        return;
    }
    m_problem->clear();
    m_session->setScenario(s);
}

void ScenarioControls::showScenario()
{
    const Scenario &s = m_session->scenario();
    m_updating = true;
    m_contextSpin->setValue(int(s.contextTokens));
    syncContextSlider(int(s.contextTokens));
    m_formatCombo->setCurrentIndex(std::max(0, m_formatCombo->findData(s.quant ? s.quant->name : QString())));
    syncWeightsSlider();
    m_kvCombo->setCurrentIndex(int(s.kvType));
    m_batchSpin->setValue(s.batch);
    limitGpus();
    m_gpuSpin->setValue(s.gpus);
    m_extended->setChecked(s.extendedContext);
    m_parallelCombo->setCurrentIndex(std::max(0, m_parallelCombo->findData(int(s.parallel))));
    m_promptSpin->setValue(int(s.promptTokens));
    m_offload->setChecked(s.allowOffload);
    m_cpuMoeSpin->setValue(s.cpuMoeLayers);
    m_cpuMoeSpin->setEnabled(s.allowOffload);
    limitContextSlider();
    m_updating = false;
}

// The slider's lowest stop is the shortest doubling that holds the prompt and the answer: every
// stop is a context the scenario can have.
void ScenarioControls::limitContextSlider()
{
    const Scenario &s = m_session->scenario();
    const QList<int> steps = contextSteps();
    int lowest = int(steps.size()) - 1;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i) >= smallestContextTokens(s.promptTokens, s.answerTokens)) {
            lowest = i;
            break;
        }
    }
    const bool was = m_updating;
    m_updating = true;
    m_contextSlider->setMinimum(lowest);
    syncContextSlider(int(s.contextTokens));
    m_updating = was;
}

void ScenarioControls::limitGpus()
{
    // The selected box decides how many GPUs make sense; the matrix marks boxes that hold fewer.
    const int row = m_session->hardwareRow();
    int most = int(Limits::kGpus.max);
    if (row >= 0) {
        const HardwareSpec &h = m_session->store().hardware(row);
        most = std::max(h.maxGpus, h.gpus);
    }
    const bool was = m_updating;
    m_updating = true;
    m_gpuSpin->setRange(0, std::max(1, most));
    m_updating = was;
}

void ScenarioControls::syncContextSlider(int tokens)
{
    const QList<int> steps = contextSteps();
    int nearest = 0;
    for (int i = 0; i < steps.size(); ++i) {
        if (std::abs(std::log2(double(steps.at(i)) / tokens)) < std::abs(std::log2(double(steps.at(nearest)) / tokens)))
            nearest = i;
    }
    const bool was = m_updating;
    m_updating = true;
    m_contextSlider->setValue(nearest);
    m_updating = was;
}

void ScenarioControls::syncWeightsSlider()
{
    // A format off the slider's steps puts the handle at the step with the nearest bits; the
    // combo still names the exact format in force.
    const QStringList names = sliderNames();
    const QString current = m_formatCombo->currentData().toString();
    int step = int(names.indexOf(current));
    if (step < 0) {
        const double bits = Quantization::parse(current)->bitsPerWeight;
        double best = 1e9;
        for (int i = 1; i < names.size(); ++i) {
            const double distance = std::abs(Quantization::parse(names.at(i))->bitsPerWeight - bits);
            if (distance < best) {
                best = distance;
                step = i;
            }
        }
    }
    const bool was = m_updating;
    m_updating = true;
    m_quantSlider->setValue(step);
    m_updating = was;
}

} // namespace Headroom
