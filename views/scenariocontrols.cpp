#include "scenariocontrols.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace Headroom {

namespace {
// The slider spans F16 down to Q2_K (F32 is never a deployment choice).
QList<QuantFormat> sliderFormats()
{
    QList<QuantFormat> formats = Quantization::namedFormats();
    formats.removeIf([](const QuantFormat &f) { return f.name == QLatin1String("F32"); });
    return formats;
}
} // namespace

QList<int> ScenarioControls::contextSteps()
{
    QList<int> steps;
    for (int t = 4096; t <= 1024 * 1024; t *= 2)
        steps.append(t);
    return steps;
}

ScenarioControls::ScenarioControls(QWidget *parent)
    : QWidget(parent)
    , m_contextSlider(new QSlider(Qt::Horizontal, this))
    , m_contextSpin(new QSpinBox(this))
    , m_quantSlider(new QSlider(Qt::Horizontal, this))
    , m_quantLabel(new QLabel(this))
    , m_kvCombo(new QComboBox(this))
    , m_batchSpin(new QSpinBox(this))
    , m_gpuSpin(new QSpinBox(this))
{
    m_contextSlider->setObjectName(QStringLiteral("contextSlider"));
    m_contextSlider->setRange(0, int(contextSteps().size()) - 1);
    m_contextSlider->setPageStep(1);
    m_contextSlider->setTickPosition(QSlider::TicksBelow);
    m_contextSlider->setToolTip(tr("Context length on a log scale: 4K to 1M tokens"));
    m_contextSpin->setObjectName(QStringLiteral("contextSpin"));
    m_contextSpin->setRange(1, int(Scenario::kMaxContextTokens));
    m_contextSpin->setGroupSeparatorShown(true);
    m_contextSpin->setSuffix(tr(" tokens"));
    m_contextSpin->setAccelerated(true);

    const QList<QuantFormat> formats = sliderFormats();
    m_quantSlider->setObjectName(QStringLiteral("quantSlider"));
    m_quantSlider->setRange(0, int(formats.size()) - 1);
    m_quantSlider->setPageStep(1);
    m_quantSlider->setTickPosition(QSlider::TicksBelow);
    m_quantSlider->setToolTip(tr("Weights format, from 16 bits (left) to about 3 bits (right)"));
    m_quantLabel->setObjectName(QStringLiteral("quantLabel"));
    m_quantLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("IQ3_XXS · 16.00 bits/weight")));

    m_kvCombo->setObjectName(QStringLiteral("kvCombo"));
    for (int i = 0; i < kvTypeCount(); ++i)
        m_kvCombo->addItem(kvTypeName(KvType(i)), i);
    m_kvCombo->setToolTip(tr("Precision of the KV cache elements"));
    m_batchSpin->setObjectName(QStringLiteral("batchSpin"));
    m_batchSpin->setRange(1, 256);
    m_batchSpin->setToolTip(tr("Concurrent sequences, each with its own KV cache"));
    m_gpuSpin->setObjectName(QStringLiteral("gpuSpin"));
    m_gpuSpin->setRange(0, 8);
    m_gpuSpin->setSpecialValueText(tr("as sold"));
    m_gpuSpin->setToolTip(tr("GPUs in tensor parallel; \"as sold\" uses the box's own count"));

    // Two rows across the window: the sliders first, then the smaller choices.
    auto *grid = new QGridLayout(this);
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
    grid->addWidget(m_quantLabel, 0, 5);
    auto *second = new QHBoxLayout;
    second->addWidget(label(tr("&KV cache:"), m_kvCombo));
    second->addWidget(m_kvCombo);
    second->addSpacing(16);
    second->addWidget(label(tr("&Sequences:"), m_batchSpin));
    second->addWidget(m_batchSpin);
    second->addSpacing(16);
    second->addWidget(label(tr("&GPUs:"), m_gpuSpin));
    second->addWidget(m_gpuSpin);
    second->addStretch(1);
    grid->addLayout(second, 1, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);

    setScenario(Scenario{});

    connect(m_contextSlider, &QSlider::valueChanged, this, [this](int step) {
        if (m_updating)
            return;
        m_updating = true;
        m_contextSpin->setValue(contextSteps().at(step));
        m_updating = false;
        Q_EMIT scenarioChanged();
    });
    connect(m_contextSpin, &QSpinBox::valueChanged, this, [this](int tokens) {
        if (m_updating)
            return;
        syncContextSlider(tokens);
        Q_EMIT scenarioChanged();
    });
    connect(m_quantSlider, &QSlider::valueChanged, this, [this] {
        updateQuantLabel();
        if (!m_updating)
            Q_EMIT scenarioChanged();
    });
    for (QSpinBox *spin : {m_batchSpin, m_gpuSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT scenarioChanged();
        });
    }
    connect(m_kvCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT scenarioChanged();
    });
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

void ScenarioControls::updateQuantLabel()
{
    const QuantFormat f = sliderFormats().at(m_quantSlider->value());
    m_quantLabel->setText(tr("%1 · %2 bits/weight").arg(f.name).arg(f.bitsPerWeight, 0, 'f', 2));
    m_quantLabel->setToolTip(f.basis);
}

Scenario ScenarioControls::scenario() const
{
    Scenario s;
    s.contextTokens = m_contextSpin->value();
    s.quant = sliderFormats().at(m_quantSlider->value());
    s.kvType = KvType(m_kvCombo->currentData().toInt());
    s.batch = m_batchSpin->value();
    s.gpus = m_gpuSpin->value();
    return s;
}

void ScenarioControls::setScenario(const Scenario &s)
{
    m_updating = true;
    m_contextSpin->setValue(int(s.contextTokens));
    syncContextSlider(int(s.contextTokens));
    const QList<QuantFormat> formats = sliderFormats();
    for (int i = 0; i < formats.size(); ++i) {
        if (formats.at(i).name == s.quant.name)
            m_quantSlider->setValue(i);
    }
    updateQuantLabel();
    m_kvCombo->setCurrentIndex(int(s.kvType));
    m_batchSpin->setValue(s.batch);
    m_gpuSpin->setValue(s.gpus);
    m_updating = false;
}

void ScenarioControls::setMaxGpus(int gpus)
{
    m_gpuSpin->setMaximum(std::max(1, gpus));
}

} // namespace Headroom
