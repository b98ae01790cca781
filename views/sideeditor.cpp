// One side of the comparison: a box, its GPUs and usable setting, a model, weights, KV and context.
#include "sideeditor.h"

#include "catalogstore.h"
#include "format.h"
#include "problemlabel.h"
#include "session.h"
#include "tokenspinbox.h"
#include "usablesettingitems.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Headroom {

SideEditor::SideEditor(int index, Session *session, QWidget *parent)
    : QGroupBox(index == 0 ? tr("Box A") : tr("Box B"), parent)
    , m_index(index)
    , m_session(session)
    , m_hardware(new QComboBox(this))
    , m_gpus(new QSpinBox(this))
    , m_usable(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_quant(new QComboBox(this))
    , m_kv(new QComboBox(this))
    , m_context(new TokenSpinBox(Limits::kContext, this))
{
    const QString prefix = index == 0 ? QStringLiteral("a") : QStringLiteral("b");
    m_hardware->setObjectName(prefix + QStringLiteral("HardwareCombo"));
    m_gpus->setObjectName(prefix + QStringLiteral("GpuSpin"));
    m_usable->setObjectName(prefix + QStringLiteral("UsableSettingCombo"));
    m_usable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_usable->setMinimumContentsLength(12);
    m_model->setObjectName(prefix + QStringLiteral("ModelCombo"));
    m_quant->setObjectName(prefix + QStringLiteral("QuantCombo"));
    m_kv->setObjectName(prefix + QStringLiteral("KvCombo"));
    m_context->setObjectName(prefix + QStringLiteral("ContextSpin"));
    m_quant->addItem(tr("As released"), QString());
    for (const QuantFormat &q : Quantization::namedFormats())
        m_quant->addItem(q.name, q.name);
    for (int i = 0; i < kvTypeCount(); ++i)
        m_kv->addItem(kvTypeName(KvType(i)), i);
    m_gpus->setSpecialValueText(tr("as sold"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Box:"), m_hardware);
    form->addRow(tr("GPUs:"), m_gpus);
    form->addRow(tr("Usable:"), m_usable);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Weights:"), m_quant);
    form->addRow(tr("KV cache:"), m_kv);
    form->addRow(tr("Context:"), m_context);

    fillLists();
    showSide();
    for (QComboBox *combo : {m_hardware, m_usable, m_model, m_quant, m_kv})
        connect(combo, &QComboBox::currentIndexChanged, this, &SideEditor::commit);
    for (QSpinBox *spin : {m_gpus, static_cast<QSpinBox *>(m_context)})
        connect(spin, &QSpinBox::valueChanged, this, &SideEditor::commit);
    connect(m_context, &TokenSpinBox::refused, this, &SideEditor::refused);
    connect(session, &Session::compareChanged, this, &SideEditor::showSide);
    connect(&session->store(), &CatalogStore::hardwareChanged, this, &SideEditor::showSide); // "the box's own"
    connect(&session->store(), &CatalogStore::reset, this, [this] {
        fillLists();
        showSide();
    });
}

void SideEditor::fillLists()
{
    const QSignalBlocker hardwareBlocker(m_hardware), modelBlocker(m_model);
    const CatalogStore &store = m_session->store();
    m_hardware->clear();
    m_model->clear();
    for (int i = 0; i < store.hardwareCount(); ++i)
        m_hardware->addItem(store.hardware(i).name, store.hardware(i).id);
    for (int i = 0; i < store.modelCount(); ++i)
        m_model->addItem(store.model(i).name, store.model(i).id);
}

// "The box's own" first, then each named setting with its size; the tooltip says where each is from.
void SideEditor::fillUsableSettings(const QString &hardwareId)
{
    const QSignalBlocker blocker(m_usable);
    m_usable->clear();
    const int row = m_session->store().hardwareRow(hardwareId);
    if (row < 0)
        return;
    const HardwareSpec &h = m_session->store().hardware(row);
    m_usable->addItem(tr("The box's own: %1").arg(Format::bytes(h.usableBytesPerGpu)), QString());
    m_usable->setItemData(0, tr("The usable memory in the catalog or that you typed (%1)").arg(h.usableRule),
                          Qt::ToolTipRole);
    addUsableSettingItems(m_usable, h);
    m_usable->setEnabled(!h.usableVariants.isEmpty());
    m_usable->setToolTip(h.usableVariants.isEmpty()
                             ? tr("This box has one usable figure: no settings to choose from")
                             : tr("How the box is set up decides how much memory the GPU may use"));
}

void SideEditor::showSide()
{
    const CompareState &state = m_session->compare();
    const CompareSide &side = state.sides[m_index];
    m_updating = true;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_hardware), QSignalBlocker(m_model), QSignalBlocker(m_quant),
                                       QSignalBlocker(m_kv),       QSignalBlocker(m_gpus),  QSignalBlocker(m_context),
                                       QSignalBlocker(m_usable)};
    m_hardware->setCurrentIndex(std::max(0, m_hardware->findData(side.hardwareId)));
    fillUsableSettings(side.hardwareId);
    m_usable->setCurrentIndex(std::max(0, m_usable->findData(side.usableSetting)));
    m_model->setCurrentIndex(std::max(0, m_model->findData(side.modelId)));
    m_quant->setCurrentIndex(
        std::max(0, m_quant->findData(side.scenario.quant ? side.scenario.quant->name : QString())));
    m_kv->setCurrentIndex(int(side.scenario.kvType));
    const int box = m_session->store().hardwareRow(side.hardwareId);
    if (box >= 0) {
        const HardwareSpec &h = m_session->store().hardware(box);
        m_gpus->setRange(0, std::max(h.maxGpus, h.gpus));
    }
    m_gpus->setValue(side.scenario.gpus);
    // Linked: the field shows the shared context in force, and cannot be edited.
    m_context->setValue(int(state.contextFor(m_index)));
    m_context->setEnabled(!state.linkedContext);
    m_context->setToolTip(state.linkedContext ? tr("Linked: both sides use the shared context above")
                                              : tr("This side's own context"));
    m_updating = false;
}

void SideEditor::commit()
{
    if (m_updating)
        return;
    CompareSide side = m_session->compare().sides[m_index];
    const QString previousBox = side.hardwareId;
    side.hardwareId = m_hardware->currentData().toString();
    // Another box: its own usable figure until the user picks one of its settings.
    side.usableSetting = side.hardwareId == previousBox ? m_usable->currentData().toString() : QString();
    side.modelId = m_model->currentData().toString();
    side.scenario.quant = Quantization::parse(m_quant->currentData().toString());
    side.scenario.kvType = KvType(m_kv->currentData().toInt());
    side.scenario.gpus = m_gpus->value();
    const CompareState &state = m_session->compare();
    if (!state.linkedContext) {
        const double answer = side.scenario.answerTokens;
        if (m_context->value() < smallestContextTokens(state.promptTokens, answer)) {
            Q_EMIT refused(ProblemLabel::contextTooShort(m_context->value(), state.promptTokens, answer));
            showSide();
            return;
        }
        side.scenario.contextTokens = m_context->value();
    }
    const int box = m_session->store().hardwareRow(side.hardwareId);
    if (box >= 0) { // a box that holds fewer GPUs than asked goes back to "as sold"
        const HardwareSpec &h = m_session->store().hardware(box);
        if (side.scenario.gpus > std::max(h.maxGpus, h.gpus))
            side.scenario.gpus = 0;
    }
    m_session->setCompareSide(m_index, side);
}

} // namespace Headroom
