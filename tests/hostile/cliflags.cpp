// CLI row, numbers: every bounded flag of every command with hostile and edge values. A value
// outside the one table of limits (what --help states) must be refused naming the flag; one inside
// may still be refused for a reason of the pair (a box too small), but never crash, hang or print
// JSON without "format".
#include "inputlimits.h"
#include "rows.h"

#include <QLocale>

#include <cmath>

namespace Hostile {

namespace {

using Headroom::Limits::Kind;
using Headroom::Limits::Limit;

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 17);
}

// Values outside `limit` however it is read: no number, not finite, out of bounds, a fraction.
QStringList invalidValues(const Limit &l)
{
    QStringList values = {
        QStringLiteral("nan"),      QStringLiteral("NaN"),   QStringLiteral("inf"),       QStringLiteral("-inf"),
        QStringLiteral("abc"),      QStringLiteral("0x10"),  QStringLiteral("1e400"),     QStringLiteral("12abc"),
        QString::fromUtf8("１２"),  QStringLiteral("1_000"), QStringLiteral("5 5"),       QStringLiteral("1e308"),
        QStringLiteral("5e"),       QStringLiteral("e5"),    QStringLiteral("1..2"),      QStringLiteral("0x1p3"),
        QStringLiteral("Infinity"), QStringLiteral("-nan"),  QString::fromUtf8("\u0663"), QStringLiteral("1\n"),
        QStringLiteral("\x1b[2J"),  QStringLiteral("")};
    values << number(l.min - std::max(1.0, std::abs(l.min)));
    values << number(l.max * 10 + 10);
    if (l.kind != Kind::Number)
        values << number(std::floor(l.min) + 0.5) << QStringLiteral("1.5");
    if (l.kind == Kind::Tokens)
        values << QStringLiteral("0.3k") << QStringLiteral("1.0001k") << QStringLiteral("0.1M");
    if (l.kind == Kind::Workload) // decimal: 0.3k is 300 tokens, so the fractions are finer
        values << QStringLiteral("0.0003k") << QStringLiteral("1.0000001M") << QStringLiteral("0.0000001M");
    return values;
}

QStringList validValues(const Limit &l)
{
    QStringList values = {number(l.min), number(l.max)};
    const double middle = l.kind == Kind::Number ? (l.min + l.max) / 2 : std::floor((l.min + l.max) / 2);
    values << number(middle);
    if (l.kind == Kind::Tokens) {
        for (const char *t : {"1.5k", "32k", "1M", "2.5M"}) {
            const double v = QString::fromLatin1(t).chopped(1).toDouble() *
                             (QLatin1Char(t[std::strlen(t) - 1]) == QLatin1Char('k') ? 1024.0 : 1048576.0);
            if (l.contains(v))
                values << QLatin1String(t);
        }
    }
    if (l.kind == Kind::Workload)
        values << QStringLiteral("500k") << QStringLiteral("2M") << QStringLiteral("0.3k");
    return values;
}

struct Target
{
    QString command;
    QStringList base; // arguments that run without the flag
    const Limit *limit;
    bool json; // the command prints JSON
};

// `base` with `flag value` set (replaced when the base gives it already).
QStringList withValue(QStringList base, const QString &flag, const QString &value)
{
    const qsizetype at = base.indexOf(flag);
    if (at >= 0 && at + 1 < base.size())
        base[at + 1] = value;
    else
        base << flag << value;
    return base;
}

QList<Target> targets()
{
    using namespace Headroom::Limits;
    const QStringList pair = {QStringLiteral("--model"), QStringLiteral("devstral-2"), QStringLiteral("--hardware"),
                              QStringLiteral("rtx-4090")};
    const QStringList adHocModel = {QStringLiteral("--params-total"), QStringLiteral("7"),
                                    QStringLiteral("--layers"),       QStringLiteral("32"),
                                    QStringLiteral("--kv-heads"),     QStringLiteral("8"),
                                    QStringLiteral("--head-dim"),     QStringLiteral("128"),
                                    QStringLiteral("--hardware"),     QStringLiteral("rtx-4090")};
    const QStringList adHocBox = {QStringLiteral("--model"),         QStringLiteral("devstral-2"),
                                  QStringLiteral("--memory-gb"),     QStringLiteral("48"),
                                  QStringLiteral("--bandwidth-gbs"), QStringLiteral("1000")};
    const QStringList offload = {
        QStringLiteral("--model"),  QStringLiteral("qwen3-coder-480b"),    QStringLiteral("--hardware"),
        QStringLiteral("rtx-5090"), QStringLiteral("--offload"),           QStringLiteral("--ram-gb"),
        QStringLiteral("512"),      QStringLiteral("--ram-bandwidth-gbs"), QStringLiteral("300")};
    const QStringList compare = {QStringLiteral("--model"),      QStringLiteral("devstral-2"),
                                 QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"),
                                 QStringLiteral("--b-hardware"), QStringLiteral("dgx-spark")};
    const QStringList chart = {QStringLiteral("--chart"),    QStringLiteral("bandwidth"), QStringLiteral("--model"),
                               QStringLiteral("devstral-2"), QStringLiteral("-o"),        QStringLiteral("c.svg")};
    const QStringList compareChart = {QStringLiteral("--chart"),    QStringLiteral("compare"),
                                      QStringLiteral("--model"),    QStringLiteral("devstral-2"),
                                      QStringLiteral("--hardware"), QStringLiteral("rtx-pro-6000"),
                                      QStringLiteral("--hardware"), QStringLiteral("dgx-spark"),
                                      QStringLiteral("-o"),         QStringLiteral("c.svg")};
    const QStringList report = compare + QStringList{QStringLiteral("-o"), QStringLiteral("r.pdf")};
    const QList<const Limit *> scenario = {&kContext, &kPrompt, &kAnswer, &kBatch, &kEfficiency};
    const QList<const Limit *> costs = {&kElectricity, &kTokensPerDay,     &kApiUsdPerM, &kHorizonMonths,
                                        &kHostUsd,     &kInputOutputRatio, &kShare,      &kSpeedFloor};
    QList<Target> all;
    for (const Limit *l : scenario) {
        all.append({QStringLiteral("estimate"), pair, l, true});
        all.append({QStringLiteral("compare"), compare, l, true});
        all.append({QStringLiteral("matrix"), {}, l, true});
        all.append({QStringLiteral("export"), chart, l, false});
    }
    all.append({QStringLiteral("estimate"), pair, &kGpus, true});
    all.append({QStringLiteral("compare"), compare, &kGpus, true});
    for (const Limit *l : {&kParamsB, &kParamsActiveB, &kLayers, &kAttnLayers, &kHeads, &kHeadDim, &kSwaLayers})
        all.append({QStringLiteral("estimate"), adHocModel, l, true});
    all.append({QStringLiteral("estimate"),
                adHocModel + QStringList{QStringLiteral("--swa-layers"), QStringLiteral("16")}, &kWindow, true});
    all.append({QStringLiteral("estimate"),
                adHocModel + QStringList{QStringLiteral("--mla-rank"), QStringLiteral("512")}, &kRopeDim, true});
    all.append({QStringLiteral("estimate"), adHocModel, &kRank, true});
    all.append({QStringLiteral("estimate"), pair, &kWeightsGb, true});
    all.append({QStringLiteral("estimate"), pair, &kUsableGb, true});
    for (const Limit *l : {&kMemoryGb, &kBandwidthGbs, &kTflops})
        all.append({QStringLiteral("estimate"), adHocBox, l, true});
    for (const Limit *l : {&kRamGb, &kRamBandwidthGbs})
        all.append({QStringLiteral("estimate"), offload, l, true});
    for (const Limit *l : costs) {
        all.append({QStringLiteral("compare"), compare, l, true});
        all.append({QStringLiteral("export"), compareChart, l, false});
        all.append({QStringLiteral("report"), report, l, false});
    }
    all.append({QStringLiteral("report"), report, &kContext, false});
    all.append({QStringLiteral("import"), {QStringLiteral("hf:org/name")}, &kTimeoutSeconds, true});
    return all;
}

} // namespace

QList<Case> cliFlagCases(const Context &)
{
    QList<Case> cases;
    for (const Target &t : targets()) {
        const QString flag = QStringLiteral("--") + QLatin1String(t.limit->flag);
        const auto add = [&](const QString &value, bool valid) {
            for (const bool json : {false, true}) {
                if (json && !t.json)
                    continue;
                QStringList args = QStringList{t.command} + withValue(t.base, flag, value);
                if (json)
                    args << QStringLiteral("--json");
                Case c;
                c.name = args.join(QLatin1Char(' '));
                c.args = args;
                // The import target's Hub is a closed port: a valid timeout is refused as offline.
                c.expect = valid ? either(flagsIn(args) << QStringLiteral("127.0.0.1")) : refused({flag});
                cases << c;
            }
        };
        for (const QString &v : invalidValues(*t.limit))
            add(v, false);
        for (const QString &v : validValues(*t.limit))
            add(v, true);
    }
    return cases;
}

} // namespace Hostile
