// The model form: add or edit a model.
#include "modeleditor.h"

#include "formfields.h"
#include "quantization.h"
#include "tokenspinbox.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Headroom {

namespace {
constexpr Limits::Limit kScore{"score", 0.1, 100, Limits::Kind::Number, "%"};

QSpinBox *countSpin(const Limits::Limit &limit, int value, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(int(limit.min), int(limit.max));
    spin->setValue(value);
    return spin;
}

std::optional<BenchmarkScore> scoreFrom(const LimitSpinBox *field, const QCheckBox *vendor,
                                        const std::optional<BenchmarkScore> &before, const QString &source)
{
    const std::optional<double> percent = field->knownValue();
    if (!percent)
        return std::nullopt;
    if (before && field->shows(before->percent) && before->vendorReported == vendor->isChecked())
        return before;
    BenchmarkScore score;
    score.percent = *percent;
    score.vendorReported = vendor->isChecked();
    score.provenance = userProvenance(source);
    return score;
}
} // namespace

ModelEditor::ModelEditor(const ModelSpec &original, QWidget *parent)
    : QDialog(parent)
    , m_original(original)
    , m_name(new QLineEdit(original.name, this))
    , m_lab(new QLineEdit(original.lab, this))
    , m_licence(new QLineEdit(original.licence, this))
    , m_total(new LimitSpinBox(Limits::kParamsB, tr(" B"), 3, false, this))
    , m_active(new LimitSpinBox(Limits::kParamsActiveB, tr(" B"), 3, false, this))
    , m_layers(countSpin(Limits::kLayers, original.layers, this))
    , m_context(new TokenSpinBox(Limits::kContext, this))
    , m_format(new QComboBox(this))
    , m_fullLayers(countSpin(Limits::kAttnLayers, original.attention.fullLayers, this))
    , m_kvHeads(countSpin(Limits::kHeads, std::max(1, original.attention.kvHeads), this))
    , m_headDim(countSpin(Limits::kHeadDim, std::max(1, original.attention.headDim), this))
    , m_swaLayers(countSpin(Limits::kSwaLayers, original.attention.swaLayers, this))
    , m_swaWindow(new TokenSpinBox(Limits::kWindow, this))
    , m_verified(new LimitSpinBox(kScore, QStringLiteral(" %"), 1, true, this))
    , m_verifiedVendor(new QCheckBox(tr("reported by the lab"), this))
    , m_pro(new LimitSpinBox(kScore, QStringLiteral(" %"), 1, true, this))
    , m_proVendor(new QCheckBox(tr("reported by the lab"), this))
    , m_source(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("modelEditor"));
    setWindowTitle(original.name.isEmpty() ? tr("Add a model") : tr("Model: %1").arg(original.name));
    m_name->setObjectName(QStringLiteral("modelNameField"));
    m_total->setObjectName(QStringLiteral("modelTotalField"));
    m_active->setObjectName(QStringLiteral("modelActiveField"));
    m_total->setValue(original.paramsTotal / Units::kBillion);
    m_active->setValue(original.paramsActive / Units::kBillion);
    m_total->setToolTip(tr("Every parameter, all experts included: all of them stay in memory"));
    m_active->setToolTip(tr("Parameters read for each token (a mixture of experts reads only its active experts): "
                            "they set the decode speed"));
    m_context->setValue(std::max(1, original.maxContext));
    m_swaWindow->setValue(std::max(1, original.attention.swaWindow));
    for (const QuantFormat &f : Quantization::namedFormats())
        m_format->addItem(f.name);
    m_format->setCurrentText(original.nativeFormat.isEmpty() ? QStringLiteral("BF16") : original.nativeFormat);
    m_format->setToolTip(tr("The format the lab released the weights in"));
    if (original.sweVerified) {
        m_verified->setValue(original.sweVerified->percent);
        m_verifiedVendor->setChecked(original.sweVerified->vendorReported);
    }
    if (original.swePro) {
        m_pro->setValue(original.swePro->percent);
        m_proVendor->setChecked(original.swePro->vendorReported);
    }
    m_source->setPlaceholderText(tr("entered in Headroom"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Lab:"), m_lab);
    form->addRow(tr("Li&cence:"), m_licence);
    form->addRow(tr("&Total parameters:"), m_total);
    form->addRow(tr("&Active parameters:"), m_active);
    form->addRow(tr("La&yers:"), m_layers);
    form->addRow(tr("Maximum &context:"), m_context);
    form->addRow(tr("Release &format:"), m_format);
    auto *attention = new QGroupBox(tr("Attention (sizes the KV cache)"), this);
    auto *attentionForm = new QFormLayout(attention);
    attentionForm->addRow(tr("Full-attention layers:"), m_fullLayers);
    attentionForm->addRow(tr("KV heads:"), m_kvHeads);
    attentionForm->addRow(tr("Head dimension:"), m_headDim);
    attentionForm->addRow(tr("Sliding-window layers:"), m_swaLayers);
    attentionForm->addRow(tr("Window:"), m_swaWindow);
    const AttentionLayout &a = original.attention;
    if (a.mlaLayers + a.linearLayers > 0 || !a.compressed.isEmpty()) {
        auto *kept = new QLabel(tr("Latent, linear and compressed attention layers are kept as %1 has them.")
                                    .arg(original.name.toHtmlEscaped()),
                                attention);
        kept->setWordWrap(true);
        attentionForm->addRow(kept);
    }
    auto *scores = new QGroupBox(tr("SWE-bench (two different exams, never one axis)"), this);
    auto *scoreForm = new QFormLayout(scores);
    auto *verifiedRow = new QHBoxLayout;
    verifiedRow->addWidget(m_verified);
    verifiedRow->addWidget(m_verifiedVendor);
    auto *proRow = new QHBoxLayout;
    proRow->addWidget(m_pro);
    proRow->addWidget(m_proVendor);
    scoreForm->addRow(tr("SWE-bench &Verified:"), verifiedRow);
    scoreForm->addRow(tr("SWE-bench &Pro:"), proRow);

    m_problem->setObjectName(QStringLiteral("modelEditorProblem"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(attention);
    layout->addWidget(scores);
    auto *sourceForm = new QFormLayout;
    sourceForm->addRow(tr("&Source of your values:"), m_source);
    layout->addLayout(sourceForm);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ModelEditor::check);
    connect(m_total, &QDoubleSpinBox::valueChanged, this, &ModelEditor::check);
    connect(m_active, &QDoubleSpinBox::valueChanged, this, &ModelEditor::check);
    for (QSpinBox *spin : {m_layers, m_fullLayers, m_swaLayers})
        connect(spin, &QSpinBox::valueChanged, this, &ModelEditor::check);
    check();
}

QString ModelEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the model a name.");
    if (m_active->value() > m_total->value())
        return tr("Active parameters cannot exceed the total.");
    const AttentionLayout &a = m_original.attention;
    const int cacheLayers = m_fullLayers->value() + m_swaLayers->value() + a.mlaLayers + a.linearLayers;
    if (cacheLayers > m_layers->value())
        return tr("The attention layers add up to more than the model's %n layer(s).", nullptr, m_layers->value());
    return {};
}

void ModelEditor::check()
{
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : QStringLiteral("⚠ ") + why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

ModelSpec ModelEditor::model() const
{
    const ModelSpec &o = m_original;
    const QString source = m_source->text();
    ModelSpec m = o;
    m.name = m_name->text().trimmed();
    m.lab = m_lab->text().trimmed();
    m.licence = m_licence->text().trimmed();
    m.licenceSource = keptOrUser(o.licence, m.licence, o.licenceSource, source);
    const auto billions = [](const LimitSpinBox *field, double before) {
        return field->valueOr(before / Units::kBillion) * Units::kBillion;
    };
    m.paramsTotal = billions(m_total, o.paramsTotal);
    m.paramsActive = std::min(billions(m_active, o.paramsActive), m.paramsTotal);
    m.paramsSource = keptOrUser(std::pair(o.paramsTotal, o.paramsActive), std::pair(m.paramsTotal, m.paramsActive),
                                o.paramsSource, source);
    m.layers = m_layers->value();
    m.maxContext = m_context->value();
    m.attention.fullLayers = m_fullLayers->value();
    m.attention.kvHeads = m_kvHeads->value();
    m.attention.headDim = m_headDim->value();
    m.attention.swaLayers = m_swaLayers->value();
    m.attention.swaWindow = m.attention.swaLayers > 0 ? m_swaWindow->value() : 0;
    const auto geometry = [](const ModelSpec &x) {
        const AttentionLayout &a = x.attention;
        return QList<int>{x.layers, x.maxContext, a.fullLayers, a.kvHeads, a.headDim, a.swaLayers, a.swaWindow};
    };
    m.geometrySource = keptOrUser(geometry(o), geometry(m), o.geometrySource, source);
    m.nativeFormat = m_format->currentText();
    m.nativeFormatSource = keptOrUser(o.nativeFormat, m.nativeFormat, o.nativeFormatSource, source);
    m.sweVerified = scoreFrom(m_verified, m_verifiedVendor, o.sweVerified, source);
    m.swePro = scoreFrom(m_pro, m_proVendor, o.swePro, source);
    return m;
}

} // namespace Headroom
