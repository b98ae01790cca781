#include "sideeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Headroom {

SideEditor::SideEditor(const QString &title, const QString &prefix, const Catalog &catalog, QWidget *parent)
    : QGroupBox(title, parent)
    , m_catalog(catalog)
    , m_hardware(new QComboBox(this))
    , m_gpus(new QSpinBox(this))
    , m_model(new QComboBox(this))
    , m_quant(new QComboBox(this))
    , m_kv(new QComboBox(this))
    , m_context(new QSpinBox(this))
{
    m_hardware->setObjectName(prefix + QStringLiteral("HardwareCombo"));
    m_gpus->setObjectName(prefix + QStringLiteral("GpuSpin"));
    m_model->setObjectName(prefix + QStringLiteral("ModelCombo"));
    m_quant->setObjectName(prefix + QStringLiteral("QuantCombo"));
    m_kv->setObjectName(prefix + QStringLiteral("KvCombo"));
    m_context->setObjectName(prefix + QStringLiteral("ContextSpin"));
    for (const HardwareSpec &h : catalog.hardware) {
        if (!h.isCloud())
            m_hardware->addItem(h.name, h.id);
    }
    for (const ModelSpec &m : catalog.models)
        m_model->addItem(m.name, m.id);
    for (const QuantFormat &q : Quantization::namedFormats())
        m_quant->addItem(q.name, q.name);
    for (int i = 0; i < kvTypeCount(); ++i)
        m_kv->addItem(kvTypeName(KvType(i)), i);
    m_gpus->setRange(0, 8);
    m_gpus->setSpecialValueText(tr("as sold"));
    m_context->setRange(1, int(Scenario::kMaxContextTokens));
    m_context->setGroupSeparatorShown(true);
    m_context->setSuffix(tr(" tokens"));
    m_context->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Box:"), m_hardware);
    form->addRow(tr("GPUs:"), m_gpus);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Weights:"), m_quant);
    form->addRow(tr("KV cache:"), m_kv);
    form->addRow(tr("Context:"), m_context);

    for (QComboBox *combo : {m_hardware, m_model, m_quant, m_kv})
        connect(combo, &QComboBox::currentIndexChanged, this, &SideEditor::changed);
    for (QSpinBox *spin : {m_gpus, m_context})
        connect(spin, &QSpinBox::valueChanged, this, &SideEditor::changed);
}

Costs::Side SideEditor::side(double sharedContext, bool linked) const
{
    Costs::Side s;
    s.model = *m_catalog.findModel(modelId());
    s.hardware = *m_catalog.findHardware(hardwareId());
    s.scenario.quant = *Quantization::parse(m_quant->currentData().toString());
    s.scenario.kvType = KvType(m_kv->currentData().toInt());
    s.scenario.contextTokens = linked ? sharedContext : m_context->value();
    s.scenario.gpus = m_gpus->value();
    return s;
}

void SideEditor::setSide(const QString &modelId, const QString &hardwareId, const Scenario &scenario)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_hardware), QSignalBlocker(m_model), QSignalBlocker(m_quant),
                                       QSignalBlocker(m_kv),       QSignalBlocker(m_gpus),  QSignalBlocker(m_context)};
    m_hardware->setCurrentIndex(std::max(0, m_hardware->findData(hardwareId)));
    m_model->setCurrentIndex(std::max(0, m_model->findData(modelId)));
    m_quant->setCurrentIndex(std::max(0, m_quant->findData(scenario.quant.name)));
    m_kv->setCurrentIndex(int(scenario.kvType));
    m_gpus->setValue(scenario.gpus);
    m_context->setValue(int(scenario.contextTokens));
    Q_EMIT changed();
}

void SideEditor::setHardware(const QString &hardwareId)
{
    m_hardware->setCurrentIndex(std::max(0, m_hardware->findData(hardwareId)));
}

void SideEditor::setModel(const QString &modelId)
{
    m_model->setCurrentIndex(std::max(0, m_model->findData(modelId)));
}

QString SideEditor::modelId() const
{
    return m_model->currentData().toString();
}

QString SideEditor::hardwareId() const
{
    return m_hardware->currentData().toString();
}

void SideEditor::setContextEditable(bool editable)
{
    m_context->setEnabled(editable);
}

} // namespace Headroom
