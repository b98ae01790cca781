// What this computer has, parsed from its tools' output, and the catalog box it matches.
#include "machinedetect.h"

#include "units.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Headroom::MachineDetect {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

// Words that say nothing about which chip it is. "laptop", "ti", "super", "max", "pro" are kept:
// they change the chip and its bandwidth.
const QSet<QString> &noiseWords()
{
    static const QSet<QString> words = {
        QStringLiteral("nvidia"),    QStringLiteral("geforce"), QStringLiteral("amd"),
        QStringLiteral("radeon"),    QStringLiteral("apple"),   QStringLiteral("intel"),
        QStringLiteral("r"),         QStringLiteral("tm"),      QStringLiteral("graphics"),
        QStringLiteral("gpu"),       QStringLiteral("edition"), QStringLiteral("workstation"),
        QStringLiteral("blackwell"), QStringLiteral("hbm3"),    QStringLiteral("hbm3e"),
        QStringLiteral("hbm2e"),     QStringLiteral("each"),    QStringLiteral("node")};
    return words;
}

// The words that name a chip: "NVIDIA GeForce RTX 4090" → {rtx, 4090}; sizes ("24GB") and
// product lines around a chip ("Mac Studio", "MacBook Pro") are dropped.
QSet<QString> chipWords(QString name)
{
    name = name.toLower();
    name.remove(QRegularExpression(QStringLiteral("mac ?book pro|mac studio|mac mini")));
    QSet<QString> words;
    static const QRegularExpression word(QStringLiteral("[a-z0-9+]+"));
    static const QRegularExpression size(QStringLiteral("^\\d+(gb|gib|tb)$"));
    for (auto it = word.globalMatch(name); it.hasNext();) {
        const QString w = it.next().captured();
        if (!noiseWords().contains(w) && !size.match(w).hasMatch())
            words.insert(w);
    }
    return words;
}

bool namesModel(const QSet<QString> &words)
{
    for (const QString &w : words) {
        if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }))
            return true;
    }
    return false;
}

void addCounted(QList<Gpu> *gpus, const Gpu &gpu)
{
    for (Gpu &g : *gpus) {
        if (g.name == gpu.name && g.memoryBytes == gpu.memoryBytes) {
            ++g.count;
            return;
        }
    }
    gpus->append(gpu);
}

std::optional<double> positiveNumber(const QString &text, double scale)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value * scale > 1e15)
        return std::nullopt;
    return value * scale;
}

Provenance measured(const QString &what, const QString &asOf)
{
    return {QStringLiteral("detected on this computer (%1)").arg(what), asOf, {}, Grade::Measured};
}

} // namespace

QList<Gpu> parseNvidiaSmi(const QString &csv)
{
    QList<Gpu> gpus;
    for (const QString &line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int comma = line.lastIndexOf(QLatin1Char(','));
        if (comma <= 0)
            continue;
        Gpu gpu;
        gpu.name = line.left(comma).trimmed();
        if (gpu.name.isEmpty())
            continue;
        gpu.vendor = Vendor::Nvidia;
        gpu.memoryBytes = positiveNumber(line.mid(comma + 1), kMiB);
        addCounted(&gpus, gpu);
    }
    return gpus;
}

QList<Gpu> parseRocmSmi(const QString &json)
{
    QList<Gpu> gpus;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("card")))
            continue;
        const QJsonObject card = it.value().toObject();
        Gpu gpu;
        gpu.vendor = Vendor::Amd;
        gpu.name = card.value(QStringLiteral("Card Series")).toString();
        if (gpu.name.isEmpty())
            gpu.name = card.value(QStringLiteral("Card series")).toString();
        if (gpu.name.isEmpty())
            gpu.name = card.value(QStringLiteral("Card model")).toString();
        gpu.memoryBytes = positiveNumber(card.value(QStringLiteral("VRAM Total Memory (B)")).toString(), 1.0);
        if (!gpu.name.isEmpty())
            addCounted(&gpus, gpu);
    }
    return gpus;
}

std::optional<Gpu> parseAmdSysfs(const QString &productName, const QString &vramTotalBytes)
{
    Gpu gpu;
    gpu.vendor = Vendor::Amd;
    gpu.name = productName.trimmed();
    gpu.memoryBytes = positiveNumber(vramTotalBytes, 1.0);
    if (gpu.name.isEmpty() && !gpu.memoryBytes)
        return std::nullopt;
    if (gpu.name.isEmpty())
        gpu.name = QStringLiteral("AMD GPU");
    return gpu;
}

Machine parseSysctl(const QString &text)
{
    Machine machine;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("hw.memsize"))
            machine.systemRamBytes = positiveNumber(value, 1.0);
        else if (key == QLatin1String("machdep.cpu.brand_string"))
            machine.cpu = value;
    }
    if (machine.cpu.startsWith(QLatin1String("Apple M"))) {
        machine.unified = true;
        machine.gpus.append(Gpu{machine.cpu, Vendor::Apple, machine.systemRamBytes, 1});
    }
    return machine;
}

std::optional<double> parseMeminfo(const QString &text)
{
    static const QRegularExpression total(QStringLiteral("^MemTotal:\\s+(\\d+)\\s*kB"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = total.match(text);
    return m.hasMatch() ? positiveNumber(m.captured(1), 1024.0) : std::nullopt;
}

QString parseCpuinfo(const QString &text)
{
    static const QRegularExpression model(QStringLiteral("^model name\\s*:\\s*(.+)$"),
                                          QRegularExpression::MultilineOption);
    return model.match(text).captured(1).trimmed();
}

const HardwareSpec *matchCatalog(const Gpu &gpu, const Catalog &catalog)
{
    const QSet<QString> detected = chipWords(gpu.name);
    if (!namesModel(detected))
        return nullptr;
    for (const HardwareSpec &h : catalog.hardware) {
        if (!chipWords(h.name).contains(detected))
            continue;
        // The same chip with other memory is another product (an M4 Max with 36 GB has less
        // bandwidth than the 128 GB one): only the same size counts as a match.
        if (gpu.memoryBytes && std::abs(*gpu.memoryBytes - h.memoryBytesPerGpu) > 0.1 * h.memoryBytesPerGpu)
            continue;
        return &h;
    }
    return nullptr;
}

Suggestion suggest(const Machine &machine, const Catalog &catalog, const QString &asOf)
{
    Suggestion s;
    if (machine.gpus.isEmpty())
        return s;
    // The GPUs most of the memory is on: several kinds of card in one computer are rare, and the
    // user edits the box anyway.
    const Gpu gpu = *std::max_element(machine.gpus.cbegin(), machine.gpus.cend(), [](const Gpu &a, const Gpu &b) {
        return a.memoryBytes.value_or(0) * a.count < b.memoryBytes.value_or(0) * b.count;
    });
    HardwareSpec box;
    const bool unified = machine.unified.value_or(false) || gpu.vendor == Vendor::Apple;
    box.name = QStringLiteral("This computer (%1)").arg(gpu.name);
    box.vendor = gpu.vendor;
    box.kind = unified ? HardwareKind::UnifiedMemory : HardwareKind::DiscreteGpu;
    box.backend = gpu.vendor == Vendor::Apple    ? QStringLiteral("Metal")
                  : gpu.vendor == Vendor::Nvidia ? QStringLiteral("CUDA")
                  : gpu.vendor == Vendor::Amd    ? QStringLiteral("ROCm")
                                                 : QStringLiteral("Vulkan");
    box.gpus = box.maxGpus = gpu.count;
    box.interconnect = gpu.count > 1 ? Interconnect::PCIe : Interconnect::None;
    const std::optional<double> memory =
        gpu.memoryBytes ? gpu.memoryBytes : (unified ? machine.systemRamBytes : std::nullopt);
    const HardwareSpec *match = matchCatalog(Gpu{gpu.name, gpu.vendor, memory, gpu.count}, catalog);
    if (memory) {
        box.memoryBytesPerGpu = *memory;
        box.memorySource = measured(
            gpu.vendor == Vendor::Apple ? QStringLiteral("sysctl hw.memsize") : QStringLiteral("the GPU driver"), asOf);
    } else if (match) {
        box.memoryBytesPerGpu = match->memoryBytesPerGpu;
        box.memorySource = match->memorySource;
    } else {
        s.unknown << QStringLiteral("memory");
    }
    if (match) {
        s.matchedId = match->id;
        box.bandwidthBytesPerSecond = match->bandwidthBytesPerSecond;
        box.bandwidthSource = match->bandwidthSource;
        box.bandwidthSource.estimatedFrom = QStringLiteral("catalog entry '%1'").arg(match->id);
        box.tflops = match->tflops;
        box.computeSource = match->computeSource;
        box.loadWatts = match->loadWatts;
        box.idleWatts = match->idleWatts;
        box.powerSource = match->powerSource;
        box.usableBytesPerGpu = match->usableBytesPerGpu;
        box.usableRule = match->usableRule;
        box.usableSource = match->usableSource;
    } else {
        s.unknown << QStringLiteral("bandwidth");
    }
    if (!match || box.usableBytesPerGpu > box.memoryBytesPerGpu || box.usableBytesPerGpu <= 0) {
        box.usableBytesPerGpu = defaultUsableBytes(box.memoryBytesPerGpu, box.isUnified(), box.vendor);
        box.usableRule = QStringLiteral("Headroom's default rule");
        box.usableSource = {QStringLiteral("Headroom's default rule"), QStringLiteral("2026-11"), {}, Grade::Derived};
    }
    s.box = box;
    if (!unified && machine.systemRamBytes) {
        HostSpec host;
        host.name = machine.cpu.isEmpty() ? QStringLiteral("This computer") : machine.cpu;
        host.ramBytes = *machine.systemRamBytes;
        host.ramSource = measured(QStringLiteral("system RAM"), asOf);
        s.host = host;
        s.unknown << QStringLiteral("host-ram-bandwidth");
    }
    return s;
}

} // namespace Headroom::MachineDetect
