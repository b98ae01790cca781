// Runs the tools that know this computer (nvidia-smi, rocm-smi, sysctl) with a deadline.
#include "machineprobe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Headroom {

namespace {

constexpr int kToolTimeoutMs = 5000;

// The tool's standard output, or an empty string with the reason in `step`.
QString runTool(const QString &tool, const QStringList &arguments, QList<ProbeStep> *steps)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty()) {
        steps->append({tool, QStringLiteral("missing")});
        return {};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(path, arguments, QIODevice::ReadOnly);
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        steps->append({tool, QStringLiteral("timeout")});
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        steps->append({tool, QStringLiteral("failed")});
        return {};
    }
    steps->append({tool, QStringLiteral("ok")});
    // A runaway tool cannot flood us: GPU listings are a few hundred bytes.
    return QString::fromUtf8(process.readAllStandardOutput().left(1 << 20));
}

QString readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(1 << 20)); // /proc files report size 0: read, do not stat
}

void probeAmdSysfs(MachineDetect::Machine *machine, QList<ProbeStep> *steps)
{
    const QDir drm(QStringLiteral("/sys/class/drm"));
    int found = 0;
    for (const QString &card : drm.entryList({QStringLiteral("card[0-9]*")}, QDir::Dirs | QDir::System)) {
        const QString device = drm.filePath(card + QStringLiteral("/device/"));
        if (readSmallFile(device + QStringLiteral("vendor")).trimmed() != QLatin1String("0x1002"))
            continue;
        if (const auto gpu =
                MachineDetect::parseAmdSysfs(readSmallFile(device + QStringLiteral("product_name")),
                                             readSmallFile(device + QStringLiteral("mem_info_vram_total")))) {
            machine->gpus.append(*gpu);
            ++found;
        }
    }
    steps->append(
        {QStringLiteral("/sys/class/drm"), found > 0 ? QStringLiteral("ok") : QStringLiteral("nothing found")});
}

} // namespace

ProbeResult probeThisComputer()
{
    ProbeResult r;
    MachineDetect::Machine &m = r.machine;
    const QString nvidia = runTool(
        QStringLiteral("nvidia-smi"),
        {QStringLiteral("--query-gpu=name,memory.total"), QStringLiteral("--format=csv,noheader,nounits")}, &r.steps);
    m.gpus.append(MachineDetect::parseNvidiaSmi(nvidia));
    const QString rocm = runTool(QStringLiteral("rocm-smi"),
                                 {QStringLiteral("--showproductname"), QStringLiteral("--showmeminfo"),
                                  QStringLiteral("vram"), QStringLiteral("--json")},
                                 &r.steps);
    const QList<MachineDetect::Gpu> amd = MachineDetect::parseRocmSmi(rocm);
    m.gpus.append(amd);
#ifdef Q_OS_LINUX
    if (amd.isEmpty())
        probeAmdSysfs(&m, &r.steps);
    const QString meminfo = readSmallFile(QStringLiteral("/proc/meminfo"));
    m.systemRamBytes = MachineDetect::parseMeminfo(meminfo);
    r.steps.append(
        {QStringLiteral("/proc/meminfo"), m.systemRamBytes ? QStringLiteral("ok") : QStringLiteral("failed")});
    m.cpu = MachineDetect::parseCpuinfo(readSmallFile(QStringLiteral("/proc/cpuinfo")));
    // GB10 (DGX Spark) reports no memory of its own: it shares the system RAM.
    for (const MachineDetect::Gpu &gpu : std::as_const(m.gpus)) {
        if (gpu.vendor == Vendor::Nvidia && !gpu.memoryBytes && gpu.name.contains(QLatin1String("GB10")))
            m.unified = true;
    }
#endif
#ifdef Q_OS_MACOS
    const MachineDetect::Machine mac = MachineDetect::parseSysctl(
        runTool(QStringLiteral("sysctl"), {QStringLiteral("hw.memsize"), QStringLiteral("machdep.cpu.brand_string")},
                &r.steps));
    m.gpus.append(mac.gpus);
    m.systemRamBytes = mac.systemRamBytes;
    m.cpu = mac.cpu;
    m.unified = mac.unified;
#endif
    return r;
}

} // namespace Headroom
