// The speed fit: each class's constants by Gauss–Newton on log time, pulled toward physical priors.
#include "speedfitdetail.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace Headroom::SpeedFit {

namespace {

// Physical priors: a decode step reaches about three quarters of peak bandwidth, a layer's
// kernels cost some microseconds to launch and synchronise, the host some tenths of a
// millisecond per token. The fit moves away from them only as far as the data pulls.
constexpr double kPriorEfficiency = 0.75;
constexpr double kPriorLogSigma = 0.5;
constexpr double kPriorLayerSeconds = 10e-6;
constexpr double kPriorLayerSigma = 20e-6;
constexpr double kPriorTokenSeconds = 0.3e-3;
constexpr double kPriorTokenSigma = 1.0e-3;
// The spread one measurement has around the model (run-to-run, builds, drivers): each row's log
// error is weighed against it, so a class with many rows follows its data and one with few
// stays near the priors.
constexpr double kDataLogSigma = 0.10;
constexpr double kPriorMoeSlowdown = 1.2;
// A layer split hands the hidden state to the next device once per token: a PCIe transfer and a
// synchronisation, some tens of microseconds. Used when no measurement of several devices is fitted.
constexpr double kPriorHopSeconds = 50e-6; // routed experts' scattered reads: a little slower than dense

} // namespace

namespace Detail {

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double at = q * (values.size() - 1);
    const qsizetype lo = qsizetype(std::floor(at));
    const qsizetype hi = std::min(values.size() - 1, lo + 1);
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (at - lo);
}

DecodeCalibration prior(const QString &speedClass)
{
    DecodeCalibration c;
    c.speedClass = speedClass;
    c.efficiency = kPriorEfficiency;
    c.kvEfficiency = kPriorEfficiency;
    c.moeEfficiency = 1.0 / kPriorMoeSlowdown;
    c.perLayerSeconds = kPriorLayerSeconds;
    c.perTokenSeconds = kPriorTokenSeconds;
    return c;
}

// One class's constants as the fit sees them: seconds per byte-at-full-bandwidth for weights and
// for the KV cache (attention over a long context costs more than its bytes), a multiplier for
// mixture-of-experts weights, and the fixed costs per layer and per token.
struct ClassFit
{
    double theta[5] = {1.0 / kPriorEfficiency, 1.0 / kPriorEfficiency, kPriorMoeSlowdown, kPriorLayerSeconds,
                       kPriorTokenSeconds};
    double cost = 0.0;
};
enum { WeightTime, KvTime, MoeSlowdown, LayerTime, TokenTime, ParameterCount };

struct Prior
{
    double centre;
    double sigma;
    bool logScale;
    double low;
    double high;
};
// Bounds keep every constant physical: an efficiency between 20 % and 100 %, a KV cache read no
// faster than the bandwidth, an MoE penalty between ×0.7 and ×3, non-negative fixed costs.
constexpr Prior kPriors[ParameterCount] = {
    {1.0 / kPriorEfficiency, kPriorLogSigma, true, 1.0, 5.0},  {1.0 / kPriorEfficiency, 1.0, true, 1.0, 40.0},
    {kPriorMoeSlowdown, kPriorLogSigma, true, 0.7, 3.0},       {kPriorLayerSeconds, kPriorLayerSigma, false, 0.0, 1e-3},
    {kPriorTokenSeconds, kPriorTokenSigma, false, 0.0, 20e-3},
};

// The centre each class is pulled toward: the physical priors for the pooled fit of every class,
// then the pooled fit for each class, so a class with few rows borrows from all the others.
using Centres = std::array<double, ParameterCount>;
Centres physicalCentres()
{
    Centres c{};
    for (int k = 0; k < ParameterCount; ++k)
        c[k] = kPriors[k].centre;
    return c;
}

double priorResidual(int k, double value, const Centres &centres)
{
    const Prior &p = kPriors[k];
    return p.logScale ? (std::log(value) - std::log(centres[k])) / p.sigma : (value - centres[k]) / p.sigma;
}
double priorGradient(int k, double value)
{
    const Prior &p = kPriors[k];
    return p.logScale ? 1.0 / (value * p.sigma) : 1.0 / p.sigma;
}

// Solves A x = b for a small dense system by Gaussian elimination with partial pivoting.
bool solve(double a[ParameterCount][ParameterCount], double b[ParameterCount], double x[ParameterCount])
{
    for (int col = 0; col < ParameterCount; ++col) {
        int pivot = col;
        for (int row = col + 1; row < ParameterCount; ++row) {
            if (std::abs(a[row][col]) > std::abs(a[pivot][col]))
                pivot = row;
        }
        if (!(std::abs(a[pivot][col]) > 1e-300))
            return false;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        for (int row = col + 1; row < ParameterCount; ++row) {
            const double f = a[row][col] / a[col][col];
            for (int k = col; k < ParameterCount; ++k)
                a[row][k] -= f * a[col][k];
            b[row] -= f * b[col];
        }
    }
    for (int row = ParameterCount - 1; row >= 0; --row) {
        double sum = b[row];
        for (int k = row + 1; k < ParameterCount; ++k)
            sum -= a[row][k] * x[k];
        x[row] = sum / a[row][row];
    }
    return true;
}

// Gauss–Newton on log time for one class, with the priors as extra residuals; steps are halved
// until the cost falls and kept inside the physical bounds.
ClassFit fitClass(const QList<const SpeedMeasurement *> &rows, double hopSeconds, const Centres &centres)
{
    struct Point
    {
        double weights; // seconds to read the active weights at full bandwidth
        double kv;      // … and the KV cache at the measured depth
        bool moe;
        double layers;
        double fixed; // seconds that do not depend on the class's constants
        double logMeasured;
    };
    QList<Point> points;
    points.reserve(rows.size());
    for (const SpeedMeasurement *m : rows) {
        const double kvBytes = m->kvBytesPerToken * m->depthTokens;
        const double weightBytes = workOf(*m).deviceBytes - kvBytes;
        points.append({weightBytes / m->bandwidth, kvBytes / m->bandwidth, m->isMoe(), double(m->layers),
                       (m->devices - 1) * hopSeconds, std::log(1.0 / m->tokensPerSecond)});
    }
    const auto timeOf = [](const double *t, const Point &p) {
        return t[WeightTime] * p.weights * (p.moe ? t[MoeSlowdown] : 1.0) + t[KvTime] * p.kv + t[LayerTime] * p.layers +
               t[TokenTime] + p.fixed;
    };
    const auto costOf = [&](const double *t) {
        double cost = 0.0;
        for (const Point &p : points) {
            const double r = (std::log(timeOf(t, p)) - p.logMeasured) / kDataLogSigma;
            cost += r * r;
        }
        for (int k = 0; k < ParameterCount; ++k)
            cost += priorResidual(k, t[k], centres) * priorResidual(k, t[k], centres);
        return cost;
    };
    ClassFit f;
    std::copy(centres.cbegin(), centres.cend(), f.theta);
    f.cost = costOf(f.theta);
    for (int iteration = 0; iteration < 60; ++iteration) {
        double jtj[ParameterCount][ParameterCount] = {}, jtr[ParameterCount] = {};
        const auto accumulate = [&](const double *g, double r) {
            for (int i = 0; i < ParameterCount; ++i) {
                jtr[i] -= g[i] * r;
                for (int j = 0; j < ParameterCount; ++j)
                    jtj[i][j] += g[i] * g[j];
            }
        };
        for (const Point &p : points) {
            const double t = timeOf(f.theta, p);
            const double moe = p.moe ? f.theta[MoeSlowdown] : 1.0;
            const double w = 1.0 / kDataLogSigma;
            const double g[ParameterCount] = {w * p.weights * moe / t, w * p.kv / t,
                                              p.moe ? w * f.theta[WeightTime] * p.weights / t : 0.0, w * p.layers / t,
                                              w / t};
            accumulate(g, w * (std::log(t) - p.logMeasured));
        }
        for (int k = 0; k < ParameterCount; ++k) {
            double g[ParameterCount] = {};
            g[k] = priorGradient(k, f.theta[k]);
            accumulate(g, priorResidual(k, f.theta[k], centres));
        }
        for (int k = 0; k < ParameterCount; ++k)
            jtj[k][k] *= 1.0 + 1e-6; // a touch of damping
        double delta[ParameterCount];
        if (!solve(jtj, jtr, delta))
            break;
        bool improved = false;
        for (double step = 1.0; step > 1e-4; step /= 2) {
            double next[ParameterCount];
            for (int k = 0; k < ParameterCount; ++k)
                next[k] = std::clamp(f.theta[k] + step * delta[k], kPriors[k].low, kPriors[k].high);
            const double cost = costOf(next);
            if (cost < f.cost - 1e-12) {
                std::copy(next, next + ParameterCount, f.theta);
                f.cost = cost;
                improved = true;
                break;
            }
        }
        if (!improved)
            break;
    }
    return f;
}

Fit fitRows(const QList<SpeedMeasurement> &rows)
{
    QMap<QString, QList<const SpeedMeasurement *>> byClass;
    for (const SpeedMeasurement &m : rows)
        byClass[m.speedClass].append(&m);
    QList<const SpeedMeasurement *> all;
    for (const SpeedMeasurement &m : rows)
        all.append(&m);

    // The one shared constant (the cost of each extra device in a layer split) on a grid; each
    // class's own constants by Gauss–Newton inside.
    Fit best;
    double bestCost = std::numeric_limits<double>::infinity();
    QMap<QString, ClassFit> bestClasses;
    const bool split = std::any_of(rows.cbegin(), rows.cend(), [](const SpeedMeasurement &m) { return m.devices > 1; });
    const QList<double> hops =
        split ? QList<double>{0.0, 100e-6, 200e-6, 400e-6, 800e-6, 1200e-6, 1600e-6} : QList<double>{kPriorHopSeconds};
    for (const double hop : hops) {
        double cost = 0.0;
        QMap<QString, ClassFit> classes;
        const ClassFit pooled = fitClass(all, hop, physicalCentres());
        Centres centres;
        std::copy(pooled.theta, pooled.theta + ParameterCount, centres.begin());
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
            const ClassFit f = fitClass(it.value(), hop, centres);
            classes.insert(it.key(), f);
            cost += f.cost;
        }
        if (cost < bestCost) {
            bestCost = cost;
            bestClasses = classes;
            best.hopSeconds = hop;
        }
    }
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        const ClassFit &f = bestClasses.value(it.key());
        DecodeCalibration c = prior(it.key());
        c.efficiency = 1.0 / f.theta[WeightTime];
        c.kvEfficiency = 1.0 / f.theta[KvTime];
        c.moeEfficiency = 1.0 / f.theta[MoeSlowdown];
        c.perLayerSeconds = f.theta[LayerTime];
        c.perTokenSeconds = f.theta[TokenTime];
        c.hopSeconds = best.hopSeconds;
        c.samples = int(it.value().size());
        c.minBandwidth = std::numeric_limits<double>::infinity();
        for (const SpeedMeasurement *m : it.value()) {
            c.minBandwidth = std::min(c.minBandwidth, m->bandwidth);
            c.maxBandwidth = std::max(c.maxBandwidth, m->bandwidth);
            c.maxActiveParams = std::max(c.maxActiveParams, m->paramsActive);
        }
        best.classes.insert(it.key(), c);
    }
    return best;
}

double predictedSeconds(const Fit &fit, const SpeedMeasurement &m)
{
    return decodeSeconds(classOf(fit, m.speedClass), workOf(m));
}

} // namespace Detail

using Detail::fitRows;
using Detail::prior;

Fit fit(const QList<SpeedMeasurement> &rows)
{
    return fitRows(rows);
}

DecodeCalibration classOf(const Fit &fit, const QString &speedClass)
{
    if (const auto it = fit.classes.constFind(speedClass); it != fit.classes.cend())
        return *it;
    DecodeCalibration c = prior(speedClass);
    c.hopSeconds = fit.hopSeconds;
    // No measurements of this class: the priors, and the widest range any class shows.
    for (const DecodeCalibration &other : fit.classes) {
        c.rangeLow = std::min(c.rangeLow, other.rangeLow);
        c.rangeHigh = std::max(c.rangeHigh, other.rangeHigh);
    }
    return c;
}

} // namespace Headroom::SpeedFit
