// A model as values: parameters, geometry, attention layout, scores, known files.
#pragma once

#include "provenance.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Headroom {

// Layers that keep one cache entry per `ratio` tokens.
struct CompressedGroup
{
    int layers = 0;
    int ratio = 1;
};

// How a model's attention layers keep state. A model may mix several kinds
// (gpt-oss: full + sliding window; Qwen3-Coder-Next: full + linear; DeepSeek V4: compressed).
struct AttentionLayout
{
    int fullLayers = 0;                // layers whose K and V grow with every token (GQA/MHA)
    int kvHeads = 0;                   // KV heads per full or sliding layer
    int headDim = 0;                   // elements per head
    int swaLayers = 0;                 // sliding-window layers: hold at most swaWindow tokens
    int swaWindow = 0;                 // tokens
    int mlaLayers = 0;                 // multi-head latent attention: one latent vector per token per layer
    int mlaRank = 0;                   // kv_lora_rank
    int mlaRopeDim = 0;                // qk_rope_head_dim
    QList<CompressedGroup> compressed; // compressed attention (DeepSeek V4 CSA/HCA)
    int compressedEntryDim = 0;        // elements per compressed entry
    int linearLayers = 0;              // linear attention / Mamba: fixed state per sequence
    int stateHeads = 0;
    int stateHeadDim = 0;
    int stateSize = 0; // state is stateHeads × stateHeadDim × stateSize fp32 values per layer

    [[nodiscard]] bool holdsAnyCache() const noexcept
    {
        return fullLayers + swaLayers + mlaLayers + linearLayers > 0 || !compressed.isEmpty();
    }
};

// A table a format stores beside the layers and reads only a few rows of per token (an n-gram
// or Engram embedding): it takes memory like weights but adds almost nothing to a token's reads.
struct LookupTable
{
    double params = 0.0;       // parameters in the table(s)
    bool readPerToken = false; // false: resident only (a token gathers a few rows)
    QString note;              // what the table is and how a token reads it
    Provenance provenance;
};

// The token table's shape and the attention heads: what sizes llama.cpp's compute buffer (the
// logits of a micro-batch) and what of the file stays in RAM (the input embedding, unless the
// output head shares it).
struct Vocabulary
{
    int tokens = 0;                 // vocab_size: rows of the embedding and the logits
    int hidden = 0;                 // hidden_size (n_embd)
    int attentionHeads = 0;         // num_attention_heads (query heads)
    std::optional<bool> tiedOutput; // tie_word_embeddings; unknown: nullopt (counted on the GPU)
    Provenance provenance;
};

struct KnownFile
{
    double bytes = 0.0;
    Provenance provenance;
};

struct BenchmarkScore
{
    double percent = 0.0;
    bool vendorReported = false;
    QString note; // scaffold, approximate marks, …
    Provenance provenance;
};

// Whether the weights may be used commercially, beside the licence text: `yes`, `no`, or
// `conditions` (allowed only under terms a buyer must check: revenue caps, attribution, an
// acceptable-use policy). Buying or renting a box for a model counts as commercial use only for
// `yes`; the model's hosted API is a different contract.
struct CommercialUse
{
    enum class Value { Yes, No, Conditions };
    Value value = Value::Conditions;
    QString note; // one line: what the licence allows or requires
    Provenance provenance;
};

[[nodiscard]] QString commercialUseKey(CommercialUse::Value value); // "yes", "no", "conditions"
[[nodiscard]] std::optional<CommercialUse::Value> parseCommercialUse(const QString &key);

struct ModelSpec
{
    QString id;
    QString name;
    QString lab;
    QString country;
    QString licence;
    std::optional<CommercialUse> commercialUse; // unknown: nullopt (the licence terms were not found)
    QString released;
    QString trainingHardware; // empty when not stated
    QString selfHost;         // the article's single-box verdict in words, or empty
    bool singleBox = false;   // the article (or arithmetic) says one box can run it
    bool user = false;        // entered or changed by the user (the user catalog), not built in

    double paramsTotal = 0.0;  // parameters (all experts: every weight stays resident)
    double paramsActive = 0.0; // parameters read per token (MoE: active experts only)
    int layers = 0;
    int maxContext = 0;         // tokens the model is trained and documented for
    int maxContextExtended = 0; // a longer rope-scaled context its card documents; 0 = none
    QString nativeFormat;       // the format the lab released: BF16, FP8, MXFP4, INT4, NVFP4
    int experts = 0;            // routed experts per MoE layer; 0 for a dense model
    int expertsActive = 0;      // routed experts each token uses
    AttentionLayout attention;
    int mtpLayers = 0;                      // multi-token-prediction layers the checkpoint ships (0: none stated)
    std::optional<LookupTable> lookupTable; // not counted in paramsTotal
    std::optional<Vocabulary> vocabulary;   // unknown: the compute buffer takes its fallback size

    std::optional<BenchmarkScore> sweVerified; // SWE-bench Verified and SWE-bench Pro are different
    std::optional<BenchmarkScore> swePro;      // exams: separate fields, never one axis.

    // Real file sizes where known (quant name → file); they override bits × params.
    QMap<QString, KnownFile> knownFiles;

    Provenance paramsSource;
    Provenance geometrySource; // may say it is estimated from a named predecessor
    Provenance licenceSource;
    Provenance nativeFormatSource;
    Provenance singleBoxSource;
    Provenance trainingHardwareSource;

    // Self-hosting it (bought or rented) qualifies for commercial work: only a plain `yes`.
    [[nodiscard]] bool commercialUseAllowed() const noexcept
    {
        return commercialUse && commercialUse->value == CommercialUse::Value::Yes;
    }
    [[nodiscard]] bool isMoe() const noexcept { return paramsActive < paramsTotal; }
    // The context the scenario may use: the documented maximum, or the longer rope-scaled one
    // when the user opts in.
    [[nodiscard]] int contextLimit(bool extended) const noexcept
    {
        return extended && maxContextExtended > maxContext ? maxContextExtended : maxContext;
    }
};

} // namespace Headroom
