// What would change a verdict: the smallest single change that makes a pair fit or run.
#include "fixes.h"

#include "engine.h"
#include "format.h"

#include <QCoreApplication>

namespace Headroom::Fixes {

namespace {

// The translation context lupdate and the runtime both read (a free function's tr() would
// take the namespace's name in lupdate and this one at run time).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Headroom::Fixes)
};

// The verdict a fix must reach to be worth showing.
bool reaches(const Estimate &e, Verdict goal)
{
    return e.ok() && verdictRuns(e.verdict) && verdictRank(e.verdict) >= verdictRank(goal);
}

} // namespace

QList<Fix> suggest(const ModelSpec &model, const HardwareSpec &hardware, const Scenario &scenario,
                   const DecodeCalibration &calibration, const HostSpec *host, const Estimate &current)
{
    QList<Fix> fixes;
    if (!current.ok() || current.verdict == Verdict::Comfortable)
        return fixes;
    const auto run = [&](const Scenario &s) { return Engine::estimate(model, hardware, s, calibration, host); };
    const auto offer = [&](Kind kind, const Scenario &s, Verdict goal) {
        const Estimate e = run(s);
        if (reaches(e, goal))
            fixes.append({kind, s, e});
        return reaches(e, goal);
    };

    if (current.verdict == Verdict::UnsupportedFormat) {
        Scenario s = scenario;
        s.quant = Quantization::parse(QStringLiteral("Q4_K_M"));
        offer(Kind::SupportedFormat, s, Verdict::Tight);
        return fixes;
    }
    if (current.verdict == Verdict::ExceedsModelContext) {
        Scenario s = scenario;
        s.contextTokens = current.contextLimitTokens;
        offer(Kind::ModelContext, s, Verdict::Tight);
        return fixes;
    }
    const Verdict goal = current.verdict == Verdict::Tight ? Verdict::Comfortable : Verdict::Tight;

    if (scenario.kvType == KvType::F16 || scenario.kvType == KvType::BF16) {
        Scenario s = scenario;
        s.kvType = KvType::Q8_0;
        offer(Kind::QuantizedKv, s, goal);
    }
    // The largest context that reaches the goal: memory grows with context, so bisect.
    {
        Scenario s = scenario;
        double good = 0, bad = scenario.contextTokens;
        for (int i = 0; i < 40 && bad - good > 1; ++i) {
            s.contextTokens = std::floor((good + bad) / 2);
            (reaches(run(s), goal) ? good : bad) = s.contextTokens;
        }
        if (good >= 1024) { // a context shorter than 1K is no working session
            s.contextTokens = good;
            offer(Kind::ShorterContext, s, goal);
        }
    }
    for (int n = Engine::devicesFor(hardware, scenario) * 2; n <= std::max(hardware.maxGpus, hardware.gpus); n *= 2) {
        Scenario s = scenario;
        s.gpus = n;
        if (offer(Kind::MoreGpus, s, goal))
            break;
    }
    const QStringList steps = Quantization::sliderSteps();
    const double bits = current.format.bitsPerWeight;
    for (const QString &name : steps) {
        const QuantFormat f = *Quantization::parse(name);
        if (f.bitsPerWeight >= bits)
            continue;
        Scenario s = scenario;
        s.quant = f;
        if (offer(Kind::SmallerWeights, s, goal))
            break;
    }
    // Last, because it costs speed: what does not fit runs from the host's RAM.
    // A count of expert layers the user gave that leaves too much on the GPU: automatic placement instead.
    const bool placedByHand = scenario.cpuMoeLayers != Scenario::kAutomaticPlacement;
    if (current.verdict == Verdict::NoFit && (!scenario.allowOffload || placedByHand) && host) {
        Scenario s = scenario;
        s.allowOffload = true;
        s.cpuMoeLayers = Scenario::kAutomaticPlacement;
        offer(Kind::CpuOffload, s, Verdict::Offload);
    }
    return fixes;
}

QString describe(const Fix &fix)
{
    switch (fix.kind) {
    case Kind::SupportedFormat:
    case Kind::SmallerWeights: return Text::tr("with %1 weights").arg(fix.estimate.format.name);
    case Kind::ModelContext:
        return Text::tr("at the model's %1 context").arg(Format::tokens(fix.scenario.contextTokens));
    case Kind::QuantizedKv: return Text::tr("with a q8_0 KV cache");
    case Kind::ShorterContext:
        return Text::tr("at %1 tokens of context").arg(Format::tokens(fix.scenario.contextTokens));
    case Kind::MoreGpus: return Text::tr("with %1 GPUs").arg(fix.scenario.gpus);
    case Kind::CpuOffload:
        return Text::tr("with %1 offloaded to system RAM").arg(Format::bytes(fix.estimate.offloadedBytes));
    }
    return {};
}

} // namespace Headroom::Fixes
