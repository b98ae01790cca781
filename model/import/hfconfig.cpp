// Reads a Hugging Face config.json into a model entry: geometry, attention layout, native format and what was assumed.
#include "hfconfig.h"

#include "hfconfigparts.h"

#include "quantization.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Headroom::HfConfig {

namespace {

using namespace Parts;

Imported build(const QJsonObject &root, const QString &nameHint)
{
    // Multimodal configs keep the language model one level down.
    QJsonObject text = root;
    for (const char *key : {"text_config", "llm_config", "language_config"}) {
        if (root.value(QLatin1String(key)).isObject()) {
            text = root.value(QLatin1String(key)).toObject();
            break;
        }
    }
    const Reader r(text);
    Imported out;
    out.architecture =
        r.string("model_type").isEmpty() ? root.value(QLatin1String("model_type")).toString() : r.string("model_type");
    const int layers = int(r.required("num_hidden_layers", kMaxLayers));
    const double hidden = r.required("hidden_size");
    const double heads = r.number({"num_attention_heads"}).value_or(0);
    const double kvHeads = r.number({"num_key_value_heads"}).value_or(heads);
    const double headDim = r.number({"head_dim"}).value_or(heads > 0 ? std::floor(hidden / heads) : 0);
    const double vocab = r.number({"vocab_size"}, 1e8).value_or(0);
    if (vocab == 0)
        out.assumptions << QStringLiteral("no vocab_size: embeddings not counted");
    const bool tied = r.flag("tie_word_embeddings").value_or(false);
    QList<Layer> kinds = layerKinds(r, layers, out.architecture, out.assumptions);
    const bool anyAttention =
        std::any_of(kinds.cbegin(), kinds.cend(), [](Layer k) { return k == Layer::Full || k == Layer::Sliding; });
    if (anyAttention && (heads < 1 || headDim < 1))
        throw Failure{QStringLiteral("num_attention_heads is missing or 0")};

    // Attention parameters per layer kind.
    const auto loraRank = r.number({"kv_lora_rank"});
    const bool mla = loraRank && *loraRank > 0;
    // Attention layers without a KV head would hold no cache: a config that says so is damaged.
    if (anyAttention && !mla && kvHeads < 1)
        throw Failure{QStringLiteral("num_key_value_heads is 0, but %1 layers attend")
                          .arg(std::count_if(kinds.cbegin(), kinds.cend(),
                                             [](Layer k) { return k == Layer::Full || k == Layer::Sliding; }))};
    double attention = 0;
    double ropeDim = 0;
    if (mla) {
        ropeDim = r.number({"qk_rope_head_dim"}).value_or(64);
        const double nope = r.number({"qk_nope_head_dim"}).value_or(128);
        const double vDim = r.number({"v_head_dim"}).value_or(128);
        const double qLora = r.number({"q_lora_rank"}).value_or(0);
        const double q =
            qLora > 0 ? hidden * qLora + qLora * heads * (nope + ropeDim) : hidden * heads * (nope + ropeDim);
        attention = q + hidden * (*loraRank + ropeDim) + *loraRank * heads * (nope + vDim) + heads * vDim * hidden;
    } else {
        attention = hidden * heads * headDim * 2 + hidden * kvHeads * headDim * 2;
    }
    const double linKeyHeads = r.number({"linear_num_key_heads"}).value_or(0);
    const double linKeyDim = r.number({"linear_key_head_dim"}).value_or(0);
    const double linValueHeads = r.number({"linear_num_value_heads"}).value_or(0);
    const double linValueDim = r.number({"linear_value_head_dim"}).value_or(0);
    const double linear = hidden * (2 * linKeyHeads * linKeyDim + 2 * linValueHeads * linValueDim + 2 * linValueHeads) +
                          linValueHeads * linValueDim * hidden;
    const double mambaHeads = r.number({"mamba_num_heads"}).value_or(0);
    const double mambaHeadDim = r.number({"mamba_head_dim"}).value_or(0);
    const double stateSize = r.number({"ssm_state_size", "state_size"}).value_or(0);
    const double groups = r.number({"n_groups"}).value_or(1);
    const double mamba = hidden * (2 * mambaHeads * mambaHeadDim + 2 * groups * stateSize + mambaHeads) +
                         mambaHeads * mambaHeadDim * hidden;

    // The MLP of each layer: dense, or routed experts plus shared ones.
    const double experts = r.number({"n_routed_experts", "num_local_experts", "num_experts"}).value_or(0);
    const double used = r.number({"num_experts_per_tok"}).value_or(0);
    if (experts > 0 && (used < 1 || used > experts))
        throw Failure{QStringLiteral("num_experts_per_tok is missing or more than the %1 experts").arg(experts)};
    const double intermediate = r.number({"intermediate_size"}).value_or(0);
    const double expertWidth = r.number({"moe_intermediate_size"}).value_or(intermediate);
    const double shared = r.number({"shared_expert_intermediate_size"})
                              .value_or(r.number({"n_shared_experts"}).value_or(0) * expertWidth);
    const double denseFirst = r.number({"first_k_dense_replace"}, kMaxLayers).value_or(0);
    const bool patternMlp = text.value(QLatin1String("hybrid_override_pattern")).isString();
    const QString pattern = text.value(QLatin1String("hybrid_override_pattern")).toString().remove(QLatin1Char('|'));

    double total = 0, active = 0;
    for (int i = 0; i < layers; ++i) {
        double mixer = 0;
        switch (kinds.at(i)) {
        case Layer::Full:
        case Layer::Sliding: mixer = attention; break;
        case Layer::Linear: mixer = linear; break;
        case Layer::Mamba: mixer = mamba; break;
        case Layer::None: break;
        }
        // Nemotron-H: an 'E' layer is an MoE block, '-' a dense MLP, the others have none.
        const bool moeLayer = experts > 0 && (patternMlp ? pattern.at(i) == QLatin1Char('E') : i >= int(denseFirst));
        const bool denseLayer = !moeLayer && (patternMlp ? pattern.at(i) == QLatin1Char('-') : true);
        double mlpTotal = 0, mlpActive = 0;
        if (moeLayer) {
            const double expert = 3 * hidden * expertWidth;
            mlpTotal = experts * expert + 3 * hidden * shared + hidden * experts;
            mlpActive = used * expert + 3 * hidden * shared + hidden * experts;
        } else if (denseLayer) {
            mlpTotal = mlpActive = 3 * hidden * intermediate;
        }
        total += mixer + mlpTotal;
        active += mixer + mlpActive;
    }
    const double embeddings = vocab * hidden * (tied ? 1 : 2);
    total += embeddings;
    active += embeddings;
    out.assumptions << QStringLiteral("parameters counted from the geometry (gated MLPs; norms and biases left out)");

    ModelSpec &m = out.model;
    m.name = nameHint.isEmpty() ? root.value(QLatin1String("_name_or_path")).toString() : nameHint;
    if (m.name.isEmpty())
        m.name = out.architecture.isEmpty() ? QStringLiteral("Imported model") : out.architecture;
    m.id = QStringLiteral("hf-") +
           m.name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    m.user = true;
    m.layers = layers;
    m.paramsTotal = total;
    m.paramsActive = active;
    m.maxContext = int(std::min(2.0e9, r.number({"max_position_embeddings"}, 1e9).value_or(0)));
    if (experts > 0) {
        m.experts = int(experts);
        m.expertsActive = int(used);
    }
    m.nativeFormat = nativeFormat(root, r, out.assumptions);

    AttentionLayout &a = m.attention;
    const int full = int(std::count(kinds.cbegin(), kinds.cend(), Layer::Full));
    const int sliding = int(std::count(kinds.cbegin(), kinds.cend(), Layer::Sliding));
    if (mla) {
        a.mlaLayers = full + sliding;
        a.mlaRank = int(*loraRank);
        a.mlaRopeDim = int(ropeDim);
    } else {
        a.fullLayers = full;
        a.swaLayers = sliding;
        a.swaWindow = sliding > 0
                          ? int(std::min(2.0e9, r.number({"sliding_window", "attention_chunk_size"}, 1e9).value_or(0)))
                          : 0;
        if (sliding > 0 && a.swaWindow < 1)
            throw Failure{QStringLiteral("sliding_window is missing or 0, but %1 layers slide").arg(sliding)};
        a.kvHeads = int(kvHeads);
        a.headDim = int(headDim);
    }
    const int linearLayers = int(std::count(kinds.cbegin(), kinds.cend(), Layer::Linear));
    const int mambaLayers = int(std::count(kinds.cbegin(), kinds.cend(), Layer::Mamba));
    if (linearLayers > 0) {
        // Gated DeltaNet: a value-heads × key-dim × value-dim fp32 state per layer.
        a.linearLayers = linearLayers;
        a.stateHeads = int(linValueHeads);
        a.stateHeadDim = int(linKeyDim);
        a.stateSize = int(linValueDim);
    } else if (mambaLayers > 0) {
        a.linearLayers = mambaLayers;
        a.stateHeads = int(mambaHeads);
        a.stateHeadDim = int(mambaHeadDim);
        a.stateSize = int(stateSize);
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString source = QStringLiteral("config.json of %1").arg(m.name);
    m.paramsSource = {source + QStringLiteral(" (counted from the geometry)"), today, QString(), Grade::Derived};
    m.geometrySource = {source, today, QString(), Grade::Primary};
    m.nativeFormatSource = {source, today, QString(), Grade::Primary};
    // The compute buffer's and the token table's sizes (Engine::Buffers); tying as the file says,
    // unknown when it is silent (transformers' default differs by class).
    if (vocab > 0 && heads >= 1) {
        Vocabulary v;
        v.tokens = int(vocab);
        v.hidden = int(hidden);
        v.attentionHeads = int(heads);
        if (r.flag("tie_word_embeddings"))
            v.tiedOutput = tied;
        v.provenance = {source, today, QString(), Grade::Primary};
        m.vocabulary = v;
    }
    return out;
}

} // namespace

QMap<QString, double> sizesByFormat(const QList<std::pair<QString, double>> &files, const QString &nativeFormat)
{
    QMap<QString, double> sizes;
    // Longest names first, so Q4_K_M is not read as Q4_K or Q4_0 as Q4.
    QList<QuantFormat> formats = Quantization::namedFormats();
    std::sort(formats.begin(), formats.end(),
              [](const QuantFormat &a, const QuantFormat &b) { return a.name.size() > b.name.size(); });
    for (const auto &[name, bytes] : files) {
        const QString base = name.section(QLatin1Char('/'), -1).toUpper();
        if (base.endsWith(QLatin1String(".SAFETENSORS"))) {
            sizes[nativeFormat] += bytes;
            continue;
        }
        if (!base.endsWith(QLatin1String(".GGUF")) || base.startsWith(QLatin1String("MMPROJ")))
            continue;
        for (const QuantFormat &f : std::as_const(formats)) {
            static const QRegularExpression edge(QStringLiteral("[^A-Z0-9]"));
            const qsizetype at = base.indexOf(f.name.toUpper());
            const bool bounded = at >= 0 && (at == 0 || edge.match(base.mid(at - 1, 1)).hasMatch()) &&
                                 edge.match(base.mid(at + f.name.size(), 1)).hasMatch();
            if (bounded) {
                sizes[f.name] += bytes;
                break;
            }
        }
    }
    return sizes;
}

QByteArray standardJson(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        bool replaced = false;
        for (const char *token : {"-Infinity", "Infinity", "NaN"}) {
            const qsizetype n = qsizetype(std::strlen(token));
            if (text.mid(i, n) == token) {
                out += "null";
                i += n - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += c;
    }
    return out;
}

Result parse(const QByteArray &json, const QString &nameHint)
{
    if (json.size() > kMaxConfigBytes)
        return {std::nullopt, QStringLiteral("a config.json of %1 bytes is not plausible (at most %2)")
                                  .arg(json.size())
                                  .arg(kMaxConfigBytes)};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(standardJson(json), &error);
    if (error.error != QJsonParseError::NoError)
        return {std::nullopt,
                QStringLiteral("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return {std::nullopt, QStringLiteral("a config.json is one JSON object")};
    try {
        return {build(doc.object(), nameHint), {}};
    } catch (const Failure &f) {
        return {std::nullopt, f.why};
    }
}

} // namespace Headroom::HfConfig
