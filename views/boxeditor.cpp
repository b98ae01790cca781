// The box form: add or edit a box and the host computer it names.
#include "boxeditor.h"

#include "format.h"
#include "formfields.h"
#include "units.h"
#include "usablesettingitems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Headroom {

namespace {
constexpr int kNoHost = 0; // the host combo's first entry: a complete computer
const QStringList kBackends = {QStringLiteral("CUDA"), QStringLiteral("Metal"), QStringLiteral("ROCm"),
                               QStringLiteral("Vulkan")};

LimitSpinBox *gib(QWidget *parent, const Limits::Limit &limit)
{
    return new LimitSpinBox(limit, QStringLiteral(" GiB"), 2, false, parent);
}
} // namespace

BoxEditor::BoxEditor(const HardwareSpec &original, const std::optional<HostSpec> &host, const QList<HostSpec> &hosts,
                     QWidget *parent)
    : QDialog(parent)
    , m_original(original)
    , m_hosts(hosts)
    , m_name(new QLineEdit(original.name, this))
    , m_vendor(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_backend(new QComboBox(this))
    , m_devices(new QSpinBox(this))
    , m_interconnect(new QComboBox(this))
    , m_memory(gib(this, Limits::kMemoryGb))
    , m_usableDefault(new QCheckBox(tr("Headroom's default rule"), this))
    , m_usable(gib(this, Limits::kUsableGb))
    , m_usableSetting(new QComboBox(this))
    , m_bandwidth(new LimitSpinBox(Limits::kBandwidthGbs, QStringLiteral(" GB/s"), 0, false, this))
    , m_tflops(new LimitSpinBox(Limits::kTflops, QStringLiteral(" TFLOPS"), 1, true, this))
    , m_loadWatts(new LimitSpinBox(Limits::kPowerW, QStringLiteral(" W"), 0, true, this))
    , m_idleWatts(new LimitSpinBox(Limits::kPowerW, QStringLiteral(" W"), 0, true, this))
    , m_price(new LimitSpinBox(Limits::kPriceUsd, QString(), 0, true, this))
    , m_source(new QLineEdit(this))
    , m_hostChoice(new QComboBox(this))
    , m_hostBox(new QGroupBox(tr("Host computer around the card"), this))
    , m_hostName(new QLineEdit(this))
    , m_hostPrice(new LimitSpinBox(Limits::kPriceUsd, QString(), 0, true, this))
    , m_hostRam(gib(this, Limits::kRamGb))
    , m_hostRamBandwidth(new LimitSpinBox(Limits::kRamBandwidthGbs, QStringLiteral(" GB/s"), 1, false, this))
    , m_hostLoadWatts(new LimitSpinBox(Limits::kPowerW, QStringLiteral(" W"), 0, true, this))
    , m_hostIdleWatts(new LimitSpinBox(Limits::kPowerW, QStringLiteral(" W"), 0, true, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("boxEditor"));
    setWindowTitle(original.name.isEmpty() ? tr("Add a box") : tr("Box: %1").arg(original.name));
    m_name->setObjectName(QStringLiteral("boxNameField"));
    m_memory->setObjectName(QStringLiteral("boxMemoryField"));
    m_kind->setObjectName(QStringLiteral("boxKindField"));
    m_usable->setObjectName(QStringLiteral("boxUsableField"));
    m_usableDefault->setObjectName(QStringLiteral("boxUsableDefaultCheck"));
    m_bandwidth->setObjectName(QStringLiteral("boxBandwidthField"));
    m_price->setObjectName(QStringLiteral("boxPriceField"));
    m_hostChoice->setObjectName(QStringLiteral("boxHostCombo"));
    m_price->setPrefix(QStringLiteral("$"));
    m_hostPrice->setPrefix(QStringLiteral("$"));

    for (const auto &[v, text] :
         {std::pair{Vendor::Nvidia, QStringLiteral("NVIDIA")}, std::pair{Vendor::Amd, QStringLiteral("AMD")},
          std::pair{Vendor::Apple, QStringLiteral("Apple")}, std::pair{Vendor::Intel, QStringLiteral("Intel")},
          std::pair{Vendor::Other, tr("Other")}})
        m_vendor->addItem(text, int(v));
    m_vendor->setCurrentIndex(m_vendor->findData(int(original.vendor)));
    m_kind->addItem(tr("Discrete GPU(s)"), int(HardwareKind::DiscreteGpu));
    m_kind->addItem(tr("Unified memory (CPU and GPU share it)"), int(HardwareKind::UnifiedMemory));
    m_kind->addItem(tr("Multi-GPU node"), int(HardwareKind::MultiGpuNode));
    m_kind->setCurrentIndex(m_kind->findData(int(original.kind)));
    m_backend->addItems(kBackends);
    m_backend->setCurrentText(original.backend);
    m_backend->setToolTip(tr("The runtime family whose measured efficiency calibrates decode speed"));
    m_devices->setRange(int(Limits::kGpus.min), int(Limits::kGpus.max));
    m_devices->setValue(original.gpus);
    for (const Interconnect link :
         {Interconnect::None, Interconnect::PCIe, Interconnect::NVLink, Interconnect::NVSwitch, Interconnect::Network})
        m_interconnect->addItem(interconnectName(link), int(link));
    m_interconnect->setCurrentIndex(m_interconnect->findData(int(original.interconnect)));

    m_memory->setValue(Units::bytesToGiB(original.memoryBytesPerGpu));
    m_usable->setValue(Units::bytesToGiB(original.usableBytesPerGpu));
    m_usableDefault->setChecked(original.usableSource.grade == Grade::Derived &&
                                original.usableSource.source.startsWith(QStringLiteral("Headroom")));
    m_usable->setEnabled(!m_usableDefault->isChecked());
    // A unified box's usable memory depends on how it is set up: each sourced setting fills the
    // field; typing another value makes it "your value".
    m_usableSetting->setObjectName(QStringLiteral("boxUsableSettingCombo"));
    m_usableSetting->addItem(tr("Your value"), QString());
    addUsableSettingItems(m_usableSetting, original);
    const UsableVariant *current = original.usableVariant(original.usableSetting);
    for (const UsableVariant &v : original.usableVariants) { // a catalog box is at its default setting
        if (!current && v.bytesPerDevice == original.usableBytesPerGpu)
            current = &v;
    }
    if (current && !m_usableDefault->isChecked())
        m_usableSetting->setCurrentIndex(m_usableSetting->findData(current->setting));
    m_bandwidth->setValue(original.bandwidthBytesPerSecond / Units::kGB);
    m_tflops->setKnownValue(original.tflops);
    m_loadWatts->setKnownValue(original.loadWatts);
    m_idleWatts->setKnownValue(original.idleWatts);
    if (const auto price = original.purchasePrice())
        m_price->setValue(price->lowUsd);
    m_source->setPlaceholderText(tr("entered in Headroom"));
    m_source->setToolTip(tr("Where the values you change come from (a quote, a datasheet URL): saved with them"));

    m_hostChoice->addItem(tr("None: a complete computer"));
    for (const HostSpec &h : hosts)
        m_hostChoice->addItem(h.name, h.id);
    m_hostChoice->addItem(tr("A new host…"), QStringLiteral("\x1fnew"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Backend:"), m_backend);
    form->addRow(tr("&Devices:"), m_devices);
    form->addRow(tr("&Link between devices:"), m_interconnect);
    form->addRow(tr("&Memory per device:"), m_memory);
    form->addRow(tr("&Usable per device:"), m_usable);
    form->addRow(QString(), m_usableDefault);
    if (!original.usableVariants.isEmpty())
        form->addRow(tr("Usable &setting:"), m_usableSetting);
    else
        m_usableSetting->hide();
    form->addRow(tr("Memory &bandwidth per device:"), m_bandwidth);
    form->addRow(tr("&Compute per device (FP16, FP32 accumulate):"), m_tflops);
    form->addRow(tr("Power under &load:"), m_loadWatts);
    form->addRow(tr("Power at &idle:"), m_idleWatts);
    form->addRow(tr("&Price (street):"), m_price);
    form->addRow(tr("&Source of your values:"), m_source);
    form->addRow(tr("&Host:"), m_hostChoice);

    auto *hostForm = new QFormLayout(m_hostBox);
    hostForm->addRow(tr("Name:"), m_hostName);
    hostForm->addRow(tr("Price:"), m_hostPrice);
    hostForm->addRow(tr("System RAM:"), m_hostRam);
    hostForm->addRow(tr("RAM bandwidth (for offload):"), m_hostRamBandwidth);
    hostForm->addRow(tr("Power under load:"), m_hostLoadWatts);
    hostForm->addRow(tr("Power at idle:"), m_hostIdleWatts);

    m_problem->setObjectName(QStringLiteral("boxEditorProblem"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hostBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_usableDefault, &QCheckBox::toggled, m_usable, &QWidget::setDisabled);
    connect(m_usableSetting, &QComboBox::currentIndexChanged, this, [this] {
        if (const UsableVariant *v = m_original.usableVariant(m_usableSetting->currentData().toString())) {
            m_usableDefault->setChecked(false);
            m_usable->setValue(Units::bytesToGiB(v->bytesPerDevice));
        }
    });
    connect(m_usable, &QDoubleSpinBox::valueChanged, this, [this] {
        const UsableVariant *v = m_original.usableVariant(m_usableSetting->currentData().toString());
        if (v && !m_usable->shows(Units::bytesToGiB(v->bytesPerDevice)))
            m_usableSetting->setCurrentIndex(0); // typed over the setting: the user's own value
    });
    connect(m_usableDefault, &QCheckBox::toggled, this, [this](bool rule) {
        if (rule)
            m_usableSetting->setCurrentIndex(0);
    });
    connect(m_hostChoice, &QComboBox::currentIndexChanged, this, &BoxEditor::showHost);
    for (QDoubleSpinBox *spin : {static_cast<QDoubleSpinBox *>(m_memory), static_cast<QDoubleSpinBox *>(m_usable)})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &BoxEditor::check);
    connect(m_usableDefault, &QCheckBox::toggled, this, &BoxEditor::check);
    connect(m_name, &QLineEdit::textChanged, this, &BoxEditor::check);
    connect(m_hostName, &QLineEdit::textChanged, this, &BoxEditor::check);

    int hostIndex = kNoHost;
    if (host) {
        hostIndex = m_hostChoice->findData(host->id);
        if (hostIndex < 0) { // a host the list does not hold (a detected one): edit it as new
            hostIndex = m_hostChoice->count() - 1;
            m_newHost = *host;
            m_newHost.id.clear();
        }
    }
    m_hostChoice->setCurrentIndex(hostIndex);
    showHost(hostIndex);
    if (host) {
        m_hostName->setText(host->name);
        m_hostPrice->setKnownValue(host->priceUsd);
        m_hostRam->setValue(Units::bytesToGiB(host->ramBytes));
        m_hostRamBandwidth->setValue(host->ramBandwidthBytesPerSecond / Units::kGB);
        m_hostLoadWatts->setKnownValue(host->loadWatts);
        m_hostIdleWatts->setKnownValue(host->idleWatts);
    }
    check();
}

void BoxEditor::showHost(int index)
{
    m_hostBox->setVisible(index != kNoHost);
    if (index <= kNoHost || index >= m_hostChoice->count() - 1) {
        check();
        return;
    }
    const HostSpec &h = m_hosts.at(index - 1);
    m_hostName->setText(h.name);
    m_hostPrice->setKnownValue(h.priceUsd);
    m_hostRam->setValue(Units::bytesToGiB(h.ramBytes));
    m_hostRamBandwidth->setValue(h.ramBandwidthBytesPerSecond / Units::kGB);
    m_hostLoadWatts->setKnownValue(h.loadWatts);
    m_hostIdleWatts->setKnownValue(h.idleWatts);
    check();
}

LimitSpinBox *BoxEditor::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Memory: return m_memory;
    case Field::Bandwidth: return m_bandwidth;
    case Field::HostRamBandwidth: return m_hostRamBandwidth;
    }
    return m_bandwidth;
}

void BoxEditor::requireEntry(Field field)
{
    LimitSpinBox *spin = fieldWidget(field);
    spin->setValue(spin->minimum());
    spin->setSpecialValueText(tr("enter a value"));
    m_required.append(field);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field] {
        m_required.removeAll(field);
        check();
    });
    check();
}

QString BoxEditor::problem() const
{
    if (m_required.contains(Field::Memory))
        return tr("Headroom could not detect the memory: enter it.");
    if (m_required.contains(Field::Bandwidth))
        return tr("Headroom could not detect the memory bandwidth and found no catalog box like this one: enter it "
                  "from the vendor’s datasheet.");
    if (m_required.contains(Field::HostRamBandwidth) && m_hostChoice->currentIndex() != kNoHost)
        return tr("No tool reports the system RAM’s bandwidth: enter it (dual-channel DDR5-5600 is about 90 GB/s), "
                  "or choose no host.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the box a name.");
    if (!m_usableDefault->isChecked() && m_usable->value() > m_memory->value())
        return tr("Usable memory cannot be more than the memory.");
    // A box with next to nothing usable is not a box the catalog can hold: saved, it would make the
    // user's catalog unreadable at the next start.
    if (const double usable = Units::bytesToGiB(box().usableBytesPerGpu); usable < Limits::kUsableGb.min)
        return tr("That leaves %1 GiB usable per device: enter the usable memory yourself, or more memory.")
            .arg(QLocale().toString(usable, 'f', 2));
    if (m_hostChoice->currentIndex() != kNoHost && m_hostName->text().trimmed().isEmpty())
        return tr("Give the host a name.");
    return {};
}

void BoxEditor::check()
{
    const QString why = problem();
    m_problem->setText(why.isEmpty() ? QString() : QStringLiteral("⚠ ") + why); // a sign, not colour alone
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

HardwareSpec BoxEditor::box() const
{
    const HardwareSpec &o = m_original;
    const QString source = m_source->text();
    HardwareSpec h = o;
    h.name = m_name->text().trimmed();
    h.vendor = Vendor(m_vendor->currentData().toInt());
    h.kind = HardwareKind(m_kind->currentData().toInt());
    h.backend = m_backend->currentText();
    h.gpus = m_devices->value();
    h.maxGpus = std::max(o.maxGpus, h.gpus);
    h.interconnect = Interconnect(m_interconnect->currentData().toInt());

    h.memoryBytesPerGpu = Units::gibToBytes(m_memory->valueOr(Units::bytesToGiB(o.memoryBytesPerGpu)));
    h.memorySource = keptOrUser(o.memoryBytesPerGpu, h.memoryBytesPerGpu, o.memorySource, source);
    h.usableSetting.clear();
    // The sourced settings describe the memory they were measured on: another size drops them.
    const bool memoryKept = h.memoryBytesPerGpu == o.memoryBytesPerGpu;
    if (!memoryKept)
        h.usableVariants.clear();
    const UsableVariant *setting = memoryKept ? o.usableVariant(m_usableSetting->currentData().toString()) : nullptr;
    if (setting && !m_usableDefault->isChecked() && m_usable->shows(Units::bytesToGiB(setting->bytesPerDevice))) {
        const bool applied = applyUsableSetting(&h, setting->setting); // its size, label and source
        Q_ASSERT(applied);
        Q_UNUSED(applied);
    } else if (m_usableDefault->isChecked()) {
        h.usableBytesPerGpu = defaultUsableBytes(h.memoryBytesPerGpu, h.isUnified(), h.vendor);
        h.usableRule =
            h.isUnified()
                ? tr("default share of unified memory")
                : tr("the whole memory (the runtime counts as overhead; llama.cpp --fit's 1 GiB free is inside the comfortable margin)");
        h.usableSource = {QStringLiteral("Headroom's default rule"), QStringLiteral("2026-11"), {}, Grade::Derived};
    } else {
        h.usableBytesPerGpu = Units::gibToBytes(m_usable->valueOr(Units::bytesToGiB(o.usableBytesPerGpu)));
        if (h.usableBytesPerGpu != o.usableBytesPerGpu)
            h.usableRule = tr("your value");
        h.usableSource = keptOrUser(o.usableBytesPerGpu, h.usableBytesPerGpu, o.usableSource, source);
    }
    h.usableBytesPerGpu = std::min(h.usableBytesPerGpu, h.memoryBytesPerGpu);
    h.bandwidthBytesPerSecond = m_bandwidth->valueOr(o.bandwidthBytesPerSecond / Units::kGB) * Units::kGB;
    h.bandwidthSource = keptOrUser(o.bandwidthBytesPerSecond, h.bandwidthBytesPerSecond, o.bandwidthSource, source);
    h.tflops = m_tflops->knownValue();
    if (o.tflops && h.tflops)
        h.tflops = m_tflops->valueOr(*o.tflops);
    h.computeSource = keptOrUser(o.tflops, h.tflops, o.computeSource, source);
    h.loadWatts = m_loadWatts->knownValue();
    h.idleWatts = m_idleWatts->knownValue();
    h.powerSource =
        keptOrUser(std::pair(o.loadWatts, o.idleWatts), std::pair(h.loadWatts, h.idleWatts), o.powerSource, source);
    const std::optional<double> price = m_price->knownValue();
    const auto before = o.purchasePrice();
    if (!price) {
        h.prices.clear();
    } else if (!before || !m_price->shows(before->lowUsd)) {
        h.prices = {PriceQuote{PriceQuote::Kind::Street, *price, *price, userProvenance(source)}};
    }
    h.hostId = m_hostChoice->currentIndex() == kNoHost ? QString() : host()->id;
    return h;
}

std::optional<HostSpec> BoxEditor::host() const
{
    const int index = m_hostChoice->currentIndex();
    if (index == kNoHost)
        return std::nullopt;
    const bool isNew = index == m_hostChoice->count() - 1;
    HostSpec h = isNew ? m_newHost : m_hosts.at(index - 1);
    const HostSpec o = h;
    const QString source = m_source->text();
    h.name = m_hostName->text().trimmed();
    h.priceUsd = m_hostPrice->knownValue();
    h.priceSource = keptOrUser(o.priceUsd, h.priceUsd, o.priceSource, source);
    h.ramBytes = Units::gibToBytes(m_hostRam->valueOr(Units::bytesToGiB(o.ramBytes)));
    h.ramBandwidthBytesPerSecond = m_hostRamBandwidth->valueOr(o.ramBandwidthBytesPerSecond / Units::kGB) * Units::kGB;
    h.ramSource = keptOrUser(std::pair(o.ramBytes, o.ramBandwidthBytesPerSecond),
                             std::pair(h.ramBytes, h.ramBandwidthBytesPerSecond), o.ramSource, source);
    h.loadWatts = m_hostLoadWatts->knownValue();
    h.idleWatts = m_hostIdleWatts->knownValue();
    h.powerSource =
        keptOrUser(std::pair(o.loadWatts, o.idleWatts), std::pair(h.loadWatts, h.idleWatts), o.powerSource, source);
    return h;
}

} // namespace Headroom
