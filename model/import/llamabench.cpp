// Reads llama-bench output (json, jsonl or the markdown table) into runs.
#include "llamabench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Headroom::LlamaBench {

namespace {

bool finitePositive(double v)
{
    return std::isfinite(v) && v > 0;
}

// A count field: a whole number from 0 to a million tokens (what llama-bench can run).
bool readCount(const QJsonObject &o, const char *key, int *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        *out = 0;
        return true;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1048576 || d != std::floor(d))
        return false;
    *out = int(d);
    return true;
}

QString runProblem(const Run &r)
{
    if (!finitePositive(r.tokensPerSecond) || r.tokensPerSecond > 1e7)
        return QStringLiteral("avg_ts must be a positive speed");
    if (!finitePositive(r.sizeBytes) || r.sizeBytes > 1e14)
        return QStringLiteral("model_size must be a positive number of bytes");
    if (!finitePositive(r.params) || r.params > 1e14)
        return QStringLiteral("model_n_params must be a positive count");
    if (!r.isDecode() && !r.isPrompt())
        return QStringLiteral("a run measures either n_prompt or n_gen tokens");
    return {};
}

Parsed fromJsonObjects(const QList<QJsonObject> &objects, const QStringList &where)
{
    Parsed p;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonObject &o = objects.at(i);
        Run r;
        r.modelFile = o.value(QStringLiteral("model_filename")).toString().left(4096);
        r.modelType = o.value(QStringLiteral("model_type")).toString().left(256);
        r.backend = o.value(QStringLiteral("backends")).toString().left(64);
        r.sizeBytes = o.value(QStringLiteral("model_size")).toDouble(-1);
        r.params = o.value(QStringLiteral("model_n_params")).toDouble(-1);
        r.tokensPerSecond = o.value(QStringLiteral("avg_ts")).toDouble(-1);
        if (!readCount(o, "n_prompt", &r.promptTokens) || !readCount(o, "n_gen", &r.genTokens) ||
            !readCount(o, "n_depth", &r.depthTokens)) {
            p.error = QStringLiteral("%1: n_prompt, n_gen and n_depth must be whole token counts").arg(where.at(i));
            return p;
        }
        if (const QString problem = runProblem(r); !problem.isEmpty()) {
            p.error = QStringLiteral("%1: %2").arg(where.at(i), problem);
            return p;
        }
        r.test = r.isDecode() ? QStringLiteral("tg%1").arg(r.genTokens) : QStringLiteral("pp%1").arg(r.promptTokens);
        if (r.depthTokens > 0)
            r.test += QStringLiteral(" @ d%1").arg(r.depthTokens);
        p.runs.append(r);
    }
    return p;
}

// "3.56 GiB", "636.18 MiB" → bytes.
double sizeFromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9.]+)\\s*(GiB|MiB|KiB|GB|MB)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double scale = unit == QLatin1String("GiB")   ? 1073741824.0
                         : unit == QLatin1String("MiB") ? 1048576.0
                         : unit == QLatin1String("KiB") ? 1024.0
                         : unit == QLatin1String("GB")  ? 1e9
                                                        : 1e6;
    return value * scale;
}

// "6.74 B", "30.53 B", "120 M" → parameters.
double paramsFromText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9.]+)\\s*([BMK])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const QChar unit = m.captured(2).at(0);
    return m.captured(1).toDouble() * (unit == u'B' ? 1e9 : unit == u'M' ? 1e6 : 1e3);
}

Parsed fromMarkdown(const QByteArray &text)
{
    Parsed p;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    QStringList header;
    static const QRegularExpression testRe(QStringLiteral("^(pp|tg)\\s*(\\d+)(?:\\s*@\\s*d(\\d+))?$"));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (!line.startsWith(u'|'))
            continue;
        QStringList cells = line.mid(1, line.endsWith(u'|') ? line.size() - 2 : -1).split(u'|');
        for (QString &c : cells)
            c = c.trimmed();
        if (cells.contains(QStringLiteral("test")) && cells.contains(QStringLiteral("t/s"))) {
            header = cells;
            continue;
        }
        if (header.isEmpty() || cells.value(0).startsWith(u'-') || cells.value(0).startsWith(u':'))
            continue;
        const QString where = QStringLiteral("line %1").arg(n + 1);
        if (cells.size() != header.size()) {
            p.error =
                QStringLiteral("%1: %2 cells where the header has %3").arg(where).arg(cells.size()).arg(header.size());
            return p;
        }
        const auto cell = [&](const char *name) { return cells.value(header.indexOf(QLatin1String(name))); };
        Run r;
        r.modelType = cell("model").left(256);
        r.backend = cell("backend").left(64);
        r.sizeBytes = sizeFromText(cell("size"));
        r.params = paramsFromText(cell("params"));
        r.tokensPerSecond = cell("t/s").section(u'±', 0, 0).trimmed().toDouble();
        r.test = cell("test");
        const auto m = testRe.match(r.test);
        if (!m.hasMatch()) {
            p.error = QStringLiteral("%1: test '%2' is not ppN, tgN or either @ dN (pp512+tg128 runs are not read)")
                          .arg(where, r.test.left(40));
            return p;
        }
        const int tokens = std::min(1048576, m.captured(2).toInt());
        (m.captured(1) == QLatin1String("pp") ? r.promptTokens : r.genTokens) = tokens;
        r.depthTokens = std::min(1048576, m.captured(3).toInt());
        if (const QString problem = runProblem(r); !problem.isEmpty()) {
            p.error = QStringLiteral("%1: %2").arg(where, problem);
            return p;
        }
        p.runs.append(r);
        if (p.runs.size() > kMaxRuns) {
            p.error = QStringLiteral("more than %1 runs: not llama-bench output").arg(kMaxRuns);
            return p;
        }
    }
    if (header.isEmpty())
        p.error = QStringLiteral("no llama-bench table (a header with 'test' and 't/s') and no JSON");
    return p;
}

} // namespace

Parsed parse(const QByteArray &text)
{
    Parsed p;
    if (text.size() > kMaxBytes) {
        p.error = QStringLiteral("%1 MB is larger than any llama-bench output").arg(text.size() / 1000000);
        return p;
    }
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            p.error = QStringLiteral("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
            return p;
        }
        const QJsonArray array = doc.array();
        if (array.size() > kMaxRuns) {
            p.error = QStringLiteral("more than %1 runs: not llama-bench output").arg(kMaxRuns);
            return p;
        }
        QList<QJsonObject> objects;
        QStringList where;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                p.error = QStringLiteral("run %1: not a JSON object").arg(i + 1);
                return p;
            }
            objects.append(array.at(i).toObject());
            where.append(QStringLiteral("run %1").arg(i + 1));
        }
        return fromJsonObjects(objects, where);
    }
    if (trimmed.startsWith('{')) { // -o jsonl
        QList<QJsonObject> objects;
        QStringList where;
        const QList<QByteArray> lines = trimmed.split('\n');
        for (qsizetype n = 0; n < lines.size(); ++n) {
            if (lines.at(n).trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines.at(n), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                p.error = QStringLiteral("line %1: not a JSON object").arg(n + 1);
                return p;
            }
            objects.append(doc.object());
            where.append(QStringLiteral("line %1").arg(n + 1));
            if (objects.size() > kMaxRuns) {
                p.error = QStringLiteral("more than %1 runs: not llama-bench output").arg(kMaxRuns);
                return p;
            }
        }
        return fromJsonObjects(objects, where);
    }
    return fromMarkdown(text);
}

QString formatName(const Run &run)
{
    // llama-bench's type names ("Q4_K - Medium", "MXFP4 MoE", "F16") and GGUF file names
    // ("…-Q4_K_M.gguf", "…-UD-Q4_K_XL.gguf").
    static const QList<std::pair<QString, QString>> typeNames = {
        {QStringLiteral("Q4_K - Medium"), QStringLiteral("Q4_K_M")},
        {QStringLiteral("Q4_K - Small"), QStringLiteral("Q4_K_S")},
        {QStringLiteral("Q5_K - Medium"), QStringLiteral("Q5_K_M")},
        {QStringLiteral("Q5_K - Small"), QStringLiteral("Q5_K_S")},
        {QStringLiteral("Q3_K - Medium"), QStringLiteral("Q3_K_M")},
        {QStringLiteral("Q3_K - Large"), QStringLiteral("Q3_K_L")},
        {QStringLiteral("Q3_K - Small"), QStringLiteral("Q3_K_S")},
        {QStringLiteral("Q2_K - Medium"), QStringLiteral("Q2_K")},
        {QStringLiteral("MXFP4"), QStringLiteral("MXFP4")},
        {QStringLiteral("Q6_K"), QStringLiteral("Q6_K")},
        {QStringLiteral("Q8_0"), QStringLiteral("Q8_0")},
        {QStringLiteral("Q4_0"), QStringLiteral("Q4_0")},
        {QStringLiteral("BF16"), QStringLiteral("BF16")},
        {QStringLiteral("F16"), QStringLiteral("F16")},
    };
    for (const auto &[type, name] : typeNames) {
        if (run.modelType.contains(type))
            return name;
    }
    static const QRegularExpression fileRe(
        QStringLiteral("(Q[2-8]_K_[SML]|Q[2-8]_K|Q[48]_0|MXFP4|BF16|F16|IQ[1-4]_[A-Z]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = fileRe.match(run.modelFile);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

} // namespace Headroom::LlamaBench
