// Reads one model entry of catalog format 2: parameters, geometry, attention layout, scores, known files.
#include "catalogentries.h"

#include "quantization.h"
#include "speedfit.h"
#include "units.h"

#include <QJsonArray>

namespace Headroom::CatalogEntries {

namespace {

std::optional<BenchmarkScore> readScore(const JsonReader &parent, const char *key)
{
    if (!parent.has(key))
        return std::nullopt;
    const JsonReader r = parent.child(key);
    BenchmarkScore score;
    score.percent = r.number("percent", 0.0, 100.0);
    score.vendorReported = r.boolean("vendor_reported", false);
    score.note = r.string("note", false);
    score.provenance = readProvenance(r);
    return score;
}

AttentionLayout readAttention(const JsonReader &r)
{
    AttentionLayout a;
    a.fullLayers = r.integer("full_layers", 0, kMaxCount, false);
    a.kvHeads = r.integer("kv_heads", 0, kMaxCount, false);
    a.headDim = r.integer("head_dim", 0, kMaxCount, false);
    a.swaLayers = r.integer("swa_layers", 0, kMaxCount, false);
    a.swaWindow = r.integer("swa_window", 0, 1 << 24, false);
    a.mlaLayers = r.integer("mla_layers", 0, kMaxCount, false);
    a.mlaRank = r.integer("mla_rank", 0, kMaxCount, false);
    a.mlaRopeDim = r.integer("mla_rope_dim", 0, kMaxCount, false);
    a.compressedEntryDim = r.integer("compressed_entry_dim", 0, kMaxCount, false);
    a.linearLayers = r.integer("linear_layers", 0, kMaxCount, false);
    a.stateHeads = r.integer("state_heads", 0, kMaxCount, false);
    a.stateHeadDim = r.integer("state_head_dim", 0, kMaxCount, false);
    a.stateSize = r.integer("state_size", 0, kMaxCount, false);
    const QJsonArray groups = r.array("compressed");
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QStringList local;
        const JsonReader g(groups.at(i).toObject(), r.pathOf("compressed") + QStringLiteral("[%1]").arg(i), &local);
        const CompressedGroup group{g.integer("layers", 0, kMaxCount), g.integer("ratio", 1, kMaxCount)};
        if (local.isEmpty())
            a.compressed.append(group);
        else
            r.error("compressed", local.join(QStringLiteral("; ")));
    }
    if ((a.fullLayers > 0 || a.swaLayers > 0) && (a.kvHeads == 0 || a.headDim == 0))
        r.error("kv_heads", QStringLiteral("attention layers need kv_heads and head_dim above zero"));
    if (a.swaLayers > 0 && a.swaWindow == 0)
        r.error("swa_window", QStringLiteral("sliding-window layers need a window"));
    if (a.mlaLayers > 0 && a.mlaRank == 0)
        r.error("mla_rank", QStringLiteral("MLA layers need a latent rank"));
    if (a.linearLayers > 0 && (a.stateHeads == 0 || a.stateHeadDim == 0 || a.stateSize == 0))
        r.error("state_heads",
                QStringLiteral("linear-attention layers need state_heads, state_head_dim and state_size"));
    return a;
}

// "commercial_use": {value yes/no/conditions, note, source, as_of, grade}, beside the licence text.
std::optional<CommercialUse> readCommercialUse(const JsonReader &parent)
{
    if (!parent.has("commercial_use"))
        return std::nullopt;
    const JsonReader r = parent.child("commercial_use");
    CommercialUse use;
    const QString value = r.string("value");
    if (const auto parsed = parseCommercialUse(value))
        use.value = *parsed;
    else if (!value.isEmpty())
        r.error("value", QStringLiteral("unknown value '%1' (yes, no, conditions)").arg(value));
    use.note = r.string("note", false);
    use.provenance = readProvenance(r);
    return use;
}

// "lookup_table": {params_b, read_per_token, note, source, as_of, grade}: resident, beside params.
std::optional<LookupTable> readLookupTable(const JsonReader &parent)
{
    if (!parent.has("lookup_table"))
        return std::nullopt;
    const JsonReader r = parent.child("lookup_table");
    LookupTable table;
    table.params = r.number("params_b", 0.001, kMaxParamsB) * Units::kBillion;
    table.readPerToken = r.boolean("read_per_token", false);
    table.note = r.string("why", false);
    table.provenance = readProvenance(r);
    return table;
}

// "vocabulary": {tokens, hidden, attention_heads, tied (optional), source, as_of, grade}.
std::optional<Vocabulary> readVocabulary(const JsonReader &parent)
{
    if (!parent.has("vocabulary"))
        return std::nullopt;
    const JsonReader r = parent.child("vocabulary");
    Vocabulary v;
    v.tokens = r.integer("tokens", 1, 1 << 24);
    v.hidden = r.integer("hidden", 1, 1 << 20);
    v.attentionHeads = r.integer("attention_heads", 1, 1 << 16);
    if (r.has("tied"))
        v.tiedOutput = r.boolean("tied", true);
    v.provenance = readProvenance(r);
    return v;
}

void readKnownFiles(const JsonReader &r, ModelSpec *m)
{
    const QJsonArray files = r.array("known_files");
    for (qsizetype i = 0; i < files.size(); ++i) {
        QStringList local;
        const JsonReader f(files.at(i).toObject(), r.pathOf("known_files") + QStringLiteral("[%1]").arg(i), &local);
        const QString quant = f.string("quant");
        const double bytes = f.number("bytes", 1e6, 1e15);
        const Provenance provenance = readProvenance(f);
        if (!Quantization::parse(quant))
            local.append(f.pathOf("quant") + QStringLiteral(": unknown format '%1'").arg(quant));
        if (local.isEmpty())
            m->knownFiles.insert(Quantization::parse(quant)->name, KnownFile{bytes, provenance});
        else
            r.error("known_files", local.join(QStringLiteral("; ")));
    }
}

} // namespace

Provenance readProvenance(const JsonReader &group)
{
    Provenance p;
    p.source = group.string("source");
    p.asOf = group.string("as_of");
    p.estimatedFrom = group.string("estimated_from", false);
    const QString grade = group.string("grade");
    if (const auto parsed = parseGrade(grade))
        p.grade = *parsed;
    else if (!grade.isEmpty())
        group.error("grade", QStringLiteral("unknown grade '%1' (primary, secondary, recalled, derived, user, "
                                            "measured)")
                                 .arg(grade));
    return p;
}

// A text value with its provenance beside it: "licence": "…", "licence_source": {source, as_of,
// grade}. The value keeps the plain-string shape that version 0.1's `catalog --json` printed.
QString readSourcedText(const JsonReader &parent, const char *key, Provenance *provenance, bool required)
{
    const QByteArray sourceKey = QByteArray(key) + "_source";
    if (!required && parent.string(key, false).isEmpty())
        return {};
    *provenance = readProvenance(parent.child(sourceKey.constData()));
    return parent.string(key);
}

ModelSpec readModel(const JsonReader &r)
{
    ModelSpec m;
    m.id = r.string("id");
    m.name = r.string("name");
    m.lab = r.string("lab");
    m.country = r.string("country");
    m.released = r.string("released");
    m.user = r.boolean("user", false);
    m.licence = readSourcedText(r, "licence", &m.licenceSource);
    m.commercialUse = readCommercialUse(r);
    m.trainingHardware = readSourcedText(r, "training_hardware", &m.trainingHardwareSource, false);
    m.nativeFormat = readSourcedText(r, "native_format", &m.nativeFormatSource);
    if (!Quantization::parse(m.nativeFormat))
        r.error("native_format", QStringLiteral("unknown format '%1'").arg(m.nativeFormat));
    if (r.has("single_box")) {
        m.singleBox = r.boolean("single_box", false);
        m.selfHost = r.string("self_host", false);
        m.singleBoxSource = readProvenance(r.child("single_box_source"));
    }
    const JsonReader params = r.child("params");
    m.paramsTotal = params.number("total_b", 0.001, kMaxParamsB) * Units::kBillion;
    m.paramsActive = params.number("active_b", 0.001, kMaxParamsB) * Units::kBillion;
    if (m.paramsActive > m.paramsTotal)
        params.error("active_b", QStringLiteral("active parameters exceed total parameters"));
    m.paramsSource = readProvenance(params);
    const JsonReader geometry = r.child("geometry");
    m.layers = geometry.integer("layers", 1, kMaxCount);
    m.maxContext = geometry.integer("max_context", 1, 1 << 24);
    m.maxContextExtended = geometry.integer("max_context_extended", 1, 1 << 24, false);
    m.experts = geometry.integer("experts", 0, kMaxCount, false);
    m.expertsActive = geometry.integer("experts_active", 0, kMaxCount, false);
    m.attention = readAttention(geometry.child("attention"));
    m.geometrySource = readProvenance(geometry);
    m.mtpLayers = r.integer("mtp_layers", 0, kMaxCount, false);
    m.lookupTable = readLookupTable(r);
    m.vocabulary = readVocabulary(r);
    m.sweVerified = readScore(r, "swe_bench_verified");
    m.swePro = readScore(r, "swe_bench_pro");
    readKnownFiles(r, &m);
    return m;
}

} // namespace Headroom::CatalogEntries
