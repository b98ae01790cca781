// A model derived from GGUF headers: exact sizes, the quantization mix, the geometry.
#include "ggufimport.h"

#include "quantization.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Headroom::GgufImport {

namespace {

// More layers than this no released model has; a file that claims more is refused.
constexpr quint64 kMaxLayers = 4096;

// llama.cpp's llama_ftype values as general.file_type stores them (llama.h).
QString fileTypeName(quint64 id)
{
    static const QMap<quint64, QString> names = {
        {0, QStringLiteral("F32")},     {1, QStringLiteral("F16")},      {2, QStringLiteral("Q4_0")},
        {3, QStringLiteral("Q4_1")},    {7, QStringLiteral("Q8_0")},     {8, QStringLiteral("Q5_0")},
        {9, QStringLiteral("Q5_1")},    {10, QStringLiteral("Q2_K")},    {11, QStringLiteral("Q3_K_S")},
        {12, QStringLiteral("Q3_K_M")}, {13, QStringLiteral("Q3_K_L")},  {14, QStringLiteral("Q4_K_S")},
        {15, QStringLiteral("Q4_K_M")}, {16, QStringLiteral("Q5_K_S")},  {17, QStringLiteral("Q5_K_M")},
        {18, QStringLiteral("Q6_K")},   {19, QStringLiteral("IQ2_XXS")}, {20, QStringLiteral("IQ2_XS")},
        {21, QStringLiteral("Q2_K_S")}, {22, QStringLiteral("IQ3_XS")},  {23, QStringLiteral("IQ3_XXS")},
        {24, QStringLiteral("IQ1_S")},  {25, QStringLiteral("IQ4_NL")},  {26, QStringLiteral("IQ3_S")},
        {27, QStringLiteral("IQ3_M")},  {28, QStringLiteral("IQ2_S")},   {29, QStringLiteral("IQ2_M")},
        {30, QStringLiteral("IQ4_XS")}, {31, QStringLiteral("IQ1_M")},   {32, QStringLiteral("BF16")},
        {36, QStringLiteral("TQ1_0")},  {37, QStringLiteral("TQ2_0")},
    };
    return names.value(id, QStringLiteral("file type %1").arg(id));
}

// Reads the sizing keys of one architecture, checking each for the type and range it must have.
class Keys
{
public:
    Keys(const Gguf::Header &h, QString arch)
        : m_h(h)
        , m_arch(std::move(arch))
    {}
    [[nodiscard]] const QString &error() const { return m_error; }

    // A non-negative whole number, or nullopt when absent; a wrong type is an error.
    std::optional<quint64> count(const char *suffix)
    {
        const QString key = name(suffix);
        const auto it = m_h.metadata.constFind(key);
        if (it == m_h.metadata.cend())
            return std::nullopt;
        if (it->isArray)
            return fail(key, QStringLiteral("is an array where a number belongs"));
        return whole(key, it->scalar);
    }
    // A per-layer value: a scalar repeated, or an array of exactly `layers` numbers.
    std::optional<QList<quint64>> perLayer(const char *suffix, quint64 layers)
    {
        const QString key = name(suffix);
        const auto it = m_h.metadata.constFind(key);
        if (it == m_h.metadata.cend())
            return std::nullopt;
        if (!it->isArray) {
            const auto v = whole(key, it->scalar);
            return v ? std::optional(QList<quint64>(qsizetype(layers), *v)) : std::nullopt;
        }
        if (quint64(it->array.size()) != layers || it->skippedCount)
            return fail(key, QStringLiteral("has %1 entries for %2 layers")
                                 .arg(quint64(it->array.size()) + it->skippedCount)
                                 .arg(layers));
        QList<quint64> values;
        for (const QVariant &v : it->array) {
            const auto n = whole(key, v);
            if (!n)
                return std::nullopt;
            values.append(*n);
        }
        return values;
    }
    // A per-layer bool array (sliding_window_pattern), or nullopt.
    std::optional<QList<bool>> flags(const char *suffix, quint64 layers)
    {
        const auto it = m_h.metadata.constFind(name(suffix));
        if (it == m_h.metadata.cend() || !it->isArray || quint64(it->array.size()) != layers)
            return std::nullopt;
        QList<bool> values;
        for (const QVariant &v : it->array) {
            if (v.typeId() != QMetaType::Bool)
                return std::nullopt;
            values.append(v.toBool());
        }
        return values;
    }

private:
    QString name(const char *suffix) const { return m_arch + QLatin1Char('.') + QLatin1String(suffix); }
    std::nullopt_t fail(const QString &key, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 %2").arg(key, why);
        return std::nullopt;
    }
    std::optional<quint64> whole(const QString &key, const QVariant &v)
    {
        if (v.typeId() == QMetaType::ULongLong)
            return v.toULongLong();
        if (v.typeId() == QMetaType::LongLong) {
            if (v.toLongLong() < 0)
                return fail(key, QStringLiteral("is negative"));
            return quint64(v.toLongLong());
        }
        return fail(key, QStringLiteral("is not a whole number"));
    }

    const Gguf::Header &m_h;
    QString m_arch;
    QString m_error;
};

QString stringKey(const Gguf::Header &h, const char *key)
{
    const auto it = h.metadata.constFind(QLatin1String(key));
    return it != h.metadata.cend() && !it->isArray && it->scalar.typeId() == QMetaType::QString ? it->scalar.toString()
                                                                                                : QString();
}

std::optional<quint64> plainCount(const Gguf::Header &h, const char *key)
{
    const auto it = h.metadata.constFind(QLatin1String(key));
    if (it == h.metadata.cend() || it->isArray)
        return std::nullopt;
    if (it->scalar.typeId() == QMetaType::ULongLong)
        return it->scalar.toULongLong();
    if (it->scalar.typeId() == QMetaType::LongLong && it->scalar.toLongLong() >= 0)
        return quint64(it->scalar.toLongLong());
    return std::nullopt;
}

Result failure(const QString &why)
{
    return {std::nullopt, why};
}

} // namespace

QString Imported::mixText() const
{
    QStringList parts;
    for (const MixEntry &m : mix) {
        const double percent = m.share * 100;
        parts << QStringLiteral("%1 %2%").arg(m.type, QLocale().toString(percent, 'f', percent < 1 ? 1 : 0));
    }
    return parts.join(QStringLiteral(", "));
}

Result fromHeaders(const QList<Gguf::Header> &shards, const QStringList &names)
{
    if (shards.isEmpty())
        return failure(QStringLiteral("no GGUF header to import"));
    const Gguf::Header &first = shards.first();
    Imported out;
    out.files = names;
    out.architecture = stringKey(first, "general.architecture");
    if (out.architecture.isEmpty())
        return failure(QStringLiteral("general.architecture is missing: not a model file llama.cpp could load"));
    if (const auto ft = plainCount(first, "general.file_type"))
        out.fileType = fileTypeName(*ft);

    // Tensors over every shard: sizes exactly, by type; the routed experts apart.
    QMap<QString, quint64> byType;
    QSet<QString> seen;
    double elements = 0, expertElements = 0;
    for (qsizetype s = 0; s < shards.size(); ++s) {
        for (const Gguf::Tensor &t : shards.at(s).tensors) {
            if (seen.contains(t.name))
                return failure(QStringLiteral("tensor %1 is in two shards").arg(t.name));
            seen.insert(t.name);
            byType[QLatin1String(Gguf::typeInfo(t.type)->name)] += t.bytes;
            out.weightsBytes += t.bytes;
            elements += double(t.elements);
            if (t.name.contains(QLatin1String("_exps."))) {
                out.expertBytes += t.bytes;
                expertElements += double(t.elements);
            }
        }
    }
    if (out.weightsBytes == 0)
        return failure(QStringLiteral("the file holds no tensors"));
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        out.mix.append({it.key(), it.value(), double(it.value()) / double(out.weightsBytes)});
    std::sort(out.mix.begin(), out.mix.end(), [](const MixEntry &a, const MixEntry &b) { return a.bytes > b.bytes; });

    Keys keys(first, out.architecture);
    const auto layers = keys.count("block_count");
    if (!keys.error().isEmpty())
        return failure(keys.error());
    if (!layers || *layers == 0 || *layers > kMaxLayers)
        return failure(QStringLiteral("%1.block_count is %2: a model has 1 to %3 layers")
                           .arg(out.architecture, layers ? QString::number(*layers) : QStringLiteral("missing"))
                           .arg(kMaxLayers));
    const quint64 n = *layers;
    const auto embedding = keys.count("embedding_length");
    const auto heads = keys.perLayer("attention.head_count", n);
    auto kvHeads = keys.perLayer("attention.head_count_kv", n);
    const auto keyLength = keys.count("attention.key_length");
    const auto valueLength = keys.count("attention.value_length");
    const auto context = keys.count("context_length");
    const auto experts = keys.count("expert_count");
    const auto expertsUsed = keys.count("expert_used_count");
    const auto window = keys.count("attention.sliding_window");
    const auto windowPeriod = keys.count("attention.sliding_window_pattern");
    const auto windowFlags = keys.flags("attention.sliding_window_pattern", n);
    const auto loraRank = keys.count("attention.kv_lora_rank");
    const auto ropeDim = keys.count("rope.dimension_count");
    const auto fullInterval = keys.count("full_attention_interval");
    const auto ssmInner = keys.count("ssm.inner_size");
    const auto ssmState = keys.count("ssm.state_size");
    if (!keys.error().isEmpty())
        return failure(keys.error());
    if (!kvHeads)
        kvHeads = heads; // absent means as many KV heads as query heads
    if (!heads || std::any_of(heads->cbegin(), heads->cend(), [](quint64 h) { return h > 65536; }))
        return failure(QStringLiteral("%1.attention.head_count is missing or out of range").arg(out.architecture));

    const bool recurrent = ssmInner && ssmState && *ssmInner > 0 && *ssmState > 0;
    for (qsizetype i = 0; i < heads->size(); ++i) {
        if (heads->at(i) == 0 && (kvHeads->value(i) > 0 || !recurrent))
            return failure(
                QStringLiteral("%1.attention.head_count is 0 for layer %2, which has no recurrent state either")
                    .arg(out.architecture)
                    .arg(i));
    }
    ModelSpec &m = out.model;
    m.name = stringKey(first, "general.name");
    if (m.name.isEmpty())
        m.name = QFileInfo(names.value(0)).completeBaseName();
    m.id = QStringLiteral("gguf-") +
           m.name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    m.user = true;
    m.layers = int(n);
    m.maxContext = context && *context <= quint64(std::numeric_limits<int>::max()) ? int(*context) : 0;
    m.paramsTotal = elements;
    // Every expert is resident; a token reads the shared weights and `used` of the `count` experts.
    if (experts && expertsUsed && *experts > 0 && *expertsUsed > 0 && *expertsUsed <= *experts && out.expertBytes > 0) {
        const double unused = 1.0 - double(*expertsUsed) / double(*experts);
        m.experts = int(*experts);
        m.expertsActive = int(*expertsUsed);
        m.paramsActive = elements - expertElements * unused;
        out.activeBytes = double(out.weightsBytes) - double(out.expertBytes) * unused;
    } else {
        m.paramsActive = elements;
        out.activeBytes = double(out.weightsBytes);
    }

    // Which layers hold a KV cache, and of what kind.
    AttentionLayout &a = m.attention;
    quint64 kvLayers = 0, maxKv = 0;
    for (quint64 h : *kvHeads) {
        kvLayers += h > 0 ? 1 : 0;
        maxKv = std::max(maxKv, h);
    }
    const quint64 headCount = heads->value(0) > 0 ? heads->value(0) : 1;
    const quint64 headDimDefault = embedding && headCount ? *embedding / headCount : 0;
    const quint64 kDim = keyLength.value_or(headDimDefault);
    const quint64 vDim = valueLength.value_or(kDim);
    if (kvLayers > 0 && (kDim == 0 || kDim > 65536 || vDim > 65536))
        return failure(QStringLiteral("%1: the attention head size is missing or out of range").arg(out.architecture));
    if (fullInterval && *fullInterval > 0 && kvLayers == n) {
        // Hybrid files that give one head_count_kv for all layers: every interval-th layer attends.
        kvLayers = n / *fullInterval;
        out.warnings << QStringLiteral("full attention every %1 layers (full_attention_interval)").arg(*fullInterval);
    }
    if (loraRank && *loraRank > 0) {
        a.mlaLayers = int(kvLayers);
        a.mlaRank = int(std::min<quint64>(*loraRank, 65536));
        a.mlaRopeDim = int(std::min<quint64>(ropeDim.value_or(0), 65536));
    } else {
        a.kvHeads = int(std::min<quint64>(maxKv, 65536));
        // K and V may differ in width: the layout keeps one head size, so their mean (the bytes agree).
        a.headDim = int((kDim + vDim) / 2);
        quint64 swa = 0;
        if (window && *window > 0) {
            if (windowFlags) {
                for (quint64 i = 0; i < n; ++i)
                    swa += (*windowFlags)[qsizetype(i)] && kvHeads->value(qsizetype(i)) > 0 ? 1 : 0;
            } else if (windowPeriod && *windowPeriod > 1) {
                // llama.cpp's convention: within each period the last layer attends fully.
                for (quint64 i = 0; i < n; ++i)
                    swa += (i % *windowPeriod) < (*windowPeriod - 1) && kvHeads->value(qsizetype(i)) > 0 ? 1 : 0;
            } else {
                swa = kvLayers;
                out.warnings << QStringLiteral(
                    "a sliding window with no pattern: every attention layer taken as windowed");
            }
            a.swaLayers = int(swa);
            a.swaWindow = int(std::min<quint64>(*window, quint64(std::numeric_limits<int>::max())));
        }
        a.fullLayers = int(kvLayers - std::min(swa, kvLayers));
    }
    // Layers without KV in a hybrid or SSM model keep a fixed recurrent state.
    if (kvLayers < n && recurrent) {
        a.linearLayers = int(n - kvLayers);
        a.stateHeads = 1;
        a.stateHeadDim = int(std::min<quint64>(*ssmInner, 1u << 20));
        a.stateSize = int(std::min<quint64>(*ssmState, 1u << 16));
        out.warnings << QStringLiteral("recurrent state sized as ssm.inner_size × ssm.state_size fp32 per layer");
    }

    // The file is sized at its own bytes under the format it names (general.file_type), so the
    // weights control and the engine find it; a file that names none goes under the named format
    // closest to its average bits per weight, and says so.
    const double bits = double(out.weightsBytes) * 8.0 / std::max(1.0, elements);
    if (const auto named = Quantization::parse(out.fileType); named && !out.fileType.isEmpty()) {
        out.formatName = named->name;
    } else {
        // Only the formats a GGUF file can be: not the nominal INT4/INT8/FP8 or NVFP4 checkpoints.
        static const QStringList notGguf = {QStringLiteral("INT4"), QStringLiteral("INT8"), QStringLiteral("FP8"),
                                            QStringLiteral("NVFP4")};
        double best = 1e9;
        for (const QuantFormat &f : Quantization::namedFormats()) {
            if (!notGguf.contains(f.name) && std::abs(f.bitsPerWeight - bits) < best) {
                best = std::abs(f.bitsPerWeight - bits);
                out.formatName = f.name;
            }
        }
        out.warnings << QStringLiteral("no general.file_type: filed under %1, the named format closest to its %2 bits "
                                       "per weight")
                            .arg(out.formatName)
                            .arg(bits, 0, 'f', 2);
    }
    m.nativeFormat = out.formatName;
    const QString today = QDate::currentDate().toString(Qt::ISODate); // read today, from the file itself
    KnownFile file;
    file.bytes = double(out.weightsBytes);
    file.provenance = {QStringLiteral("GGUF header: %1, tensor sizes summed").arg(names.join(QStringLiteral(", "))),
                       today, QString(), Grade::Primary};
    m.knownFiles.insert(out.formatName, file);
    m.paramsSource = {QStringLiteral("GGUF header: elements of every tensor"), today, QString(), Grade::Primary};
    m.geometrySource = {QStringLiteral("GGUF metadata (%1.*)").arg(out.architecture), today, QString(), Grade::Primary};
    return {out, {}};
}

Result importFile(const QString &path, const std::atomic_bool *cancel)
{
    // A split file names its shards; all of them must be beside it.
    static const QRegularExpression split(QStringLiteral("^(.*)-(\\d{5})-of-(\\d{5})\\.gguf$"));
    const QFileInfo info(path);
    QStringList paths = {path};
    if (const auto match = split.match(info.fileName()); match.hasMatch()) {
        const int count = match.captured(3).toInt();
        if (count < 1 || count > 999)
            return failure(QStringLiteral("%1: a split of %2 files is not plausible").arg(path).arg(count));
        paths.clear();
        QStringList missing;
        for (int i = 1; i <= count; ++i) {
            const QString shard = info.dir().filePath(QStringLiteral("%1-%2-of-%3.gguf")
                                                          .arg(match.captured(1))
                                                          .arg(i, 5, 10, QLatin1Char('0'))
                                                          .arg(match.captured(3)));
            (QFileInfo::exists(shard) ? paths : missing) << shard;
        }
        if (!missing.isEmpty())
            return failure(QStringLiteral("%1: %2 of %3 shards are missing: %4")
                               .arg(path)
                               .arg(missing.size())
                               .arg(count)
                               .arg(QFileInfo(missing.first()).fileName()));
    }
    QList<Gguf::Header> headers;
    QStringList names;
    for (const QString &p : std::as_const(paths)) {
        Gguf::Result r = Gguf::readFile(p, cancel);
        if (!r.header)
            return failure(QStringLiteral("%1: %2").arg(p, r.error));
        if (paths.size() > 1) {
            const auto no = plainCount(*r.header, "split.no");
            const auto count = plainCount(*r.header, "split.count");
            if (!no || !count || *count != quint64(paths.size()) || *no != quint64(headers.size()))
                return failure(QStringLiteral("%1: its split.no/split.count do not match its name").arg(p));
        }
        headers.append(*r.header);
        names << QFileInfo(p).fileName();
    }
    // What the metadata says wrong is said of the file, as the user named it.
    Result imported = fromHeaders(headers, names);
    if (!imported.imported)
        imported.error = QStringLiteral("%1: %2").arg(path, imported.error);
    return imported;
}

} // namespace Headroom::GgufImport
