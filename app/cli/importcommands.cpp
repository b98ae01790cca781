// headroom import: a model sized from a GGUF header, a config.json or a Hub repository.
#include "importcommands.h"

#include "commandsupport.h"
#include "engine.h"
#include "ggufimport.h"
#include "hfconfig.h"
#include "hubclient.h"
#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <sys/stat.h>

namespace Headroom::Cli {

namespace {

// `import --json`'s keys, like every --json output, under a format number (contracts.md).
constexpr int kImportFormat = 1;

// Which layers keep what kind of state: the same keys for a GGUF file and a config.json.
QJsonObject attentionJson(const AttentionLayout &a)
{
    return {{QStringLiteral("full_layers"), a.fullLayers},
            {QStringLiteral("sliding_layers"), a.swaLayers},
            {QStringLiteral("sliding_window"), a.swaWindow},
            {QStringLiteral("mla_layers"), a.mlaLayers},
            {QStringLiteral("recurrent_layers"), a.linearLayers},
            {QStringLiteral("kv_heads"), a.kvHeads},
            {QStringLiteral("head_dim"), a.headDim}};
}

QJsonObject importJson(const GgufImport::Imported &m)
{
    const AttentionLayout &a = m.model.attention;
    QJsonArray mix;
    for (const GgufImport::MixEntry &e : m.mix)
        mix.append(QJsonObject{{QStringLiteral("type"), e.type},
                               {QStringLiteral("bytes"), double(e.bytes)},
                               {QStringLiteral("share"), e.share}});
    QJsonArray files;
    for (const QString &f : m.files)
        files.append(f);
    return {
        {QStringLiteral("format"), kImportFormat},
        {QStringLiteral("name"), m.model.name},
        {QStringLiteral("architecture"), m.architecture},
        {QStringLiteral("file_type"), m.fileType.isEmpty() ? QJsonValue() : QJsonValue(m.fileType)},
        {QStringLiteral("files"), files},
        {QStringLiteral("weights_bytes"), double(m.weightsBytes)},
        {QStringLiteral("bytes_read_per_token"), m.activeBytes},
        {QStringLiteral("params_total"), m.model.paramsTotal},
        {QStringLiteral("params_active"), m.model.paramsActive},
        {QStringLiteral("layers"), m.model.layers},
        {QStringLiteral("context_length"), m.model.maxContext > 0 ? QJsonValue(m.model.maxContext) : QJsonValue()},
        {QStringLiteral("experts"), m.model.experts},
        {QStringLiteral("experts_active"), m.model.expertsActive},
        // f16 cache, one token: what every token of context adds in the layers that keep all of it.
        {QStringLiteral("kv_bytes_per_token"), Engine::kvCacheBytes(a, KvType::F16, 1)},
        {QStringLiteral("fixed_state_bytes"), Engine::fixedStateBytes(a)},
        {QStringLiteral("attention"), attentionJson(a)},
        {QStringLiteral("mix"), mix},
        {QStringLiteral("mix_text"), m.mixText()},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(m.warnings)},
    };
}

QJsonObject configJson(const HfConfig::Imported &i)
{
    const ModelSpec &m = i.model;
    const AttentionLayout &a = m.attention;
    return {
        {QStringLiteral("format"), kImportFormat},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("architecture"), i.architecture},
        {QStringLiteral("native_format"), m.nativeFormat},
        // A config has no file: the weights depend on the format they are stored in.
        {QStringLiteral("weights_bytes"), QJsonValue()},
        {QStringLiteral("params_total"), m.paramsTotal},
        {QStringLiteral("params_active"), m.paramsActive},
        {QStringLiteral("layers"), m.layers},
        {QStringLiteral("context_length"), m.maxContext > 0 ? QJsonValue(m.maxContext) : QJsonValue()},
        {QStringLiteral("experts"), m.experts},
        {QStringLiteral("experts_active"), m.expertsActive},
        {QStringLiteral("kv_bytes_per_token"), Engine::kvCacheBytes(a, KvType::F16, 1)},
        {QStringLiteral("fixed_state_bytes"), Engine::fixedStateBytes(a)},
        {QStringLiteral("attention"), attentionJson(a)},
        {QStringLiteral("mix"), QJsonValue()},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(i.assumptions)},
    };
}

bool isPipe(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// A config.json from a file, or from standard input ("-"), at most HfConfig::kMaxConfigBytes.
int importConfig(const QCommandLineParser &parser, const QString &path, QTextStream &out, QTextStream &err)
{
    const bool stdinText = path == QLatin1String("-");
    const InputFile::Read read = stdinText ? InputFile::readStandardInput(HfConfig::kMaxConfigBytes)
                                           : InputFile::read(path, HfConfig::kMaxConfigBytes, InputFile::Origin::Named);
    if (!read.ok())
        return usageError(err, QStringLiteral("import: %1: %2")
                                   .arg(stdinText ? QStringLiteral("standard input") : path,
                                        read.missing ? QStringLiteral("no such file") : read.error));
    const QByteArray &text = read.bytes;
    // A repository's config.json is named after its folder; any other file after itself.
    const QFileInfo info(path);
    QString name = stdinText                                         ? QString()
                   : info.fileName() == QLatin1String("config.json") ? info.absoluteDir().dirName()
                                                                     : info.completeBaseName();
    const HfConfig::Result r = HfConfig::parse(text, name);
    if (!r.imported)
        return usageError(
            err, QStringLiteral("import: %1: %2").arg(stdinText ? QStringLiteral("standard input") : path, r.error));
    const HfConfig::Imported &i = *r.imported;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, configJson(i));
        return kExitOk;
    }
    out << i.model.name << " (" << i.architecture << ", released as " << i.model.nativeFormat << ")\n";
    out << "  parameters    " << QString::number(i.model.paramsTotal / 1e9, 'f', 2) << " B total, "
        << QString::number(i.model.paramsActive / 1e9, 'f', 2) << " B active\n";
    out << "  layers        " << i.model.layers << '\n';
    out << "  KV per token  " << QLocale::c().toString(Engine::kvCacheBytes(i.model.attention, KvType::F16, 1), 'f', 0)
        << " bytes at f16\n";
    for (const QString &a : i.assumptions)
        out << "  assumed       " << a << '\n';
    return kExitOk;
}

// hf:org/name — the repository's config.json and its files with their sizes, from the Hub.
int importRepository(const QCommandLineParser &parser, const QString &repo, QTextStream &out, QTextStream &err)
{
    int timeout = Hub::kDefaultTimeoutSeconds;
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto value = read(parser, Limits::kTimeoutSeconds);
        if (const auto *e = std::get_if<EstimateError>(&value))
            return usageError(err, e->message);
        timeout = int(std::get<double>(value));
    }
    const Hub::Result r = Hub::fetch(repo, timeout);
    if (!r.repository) {
        const QString message = QStringLiteral("import: %1").arg(r.failure.message);
        return r.failure.kind == Hub::Failure::Input ? usageError(err, message) : environmentError(err, message);
    }
    QJsonArray files;
    QList<std::pair<QString, double>> listing;
    for (const Hub::File &f : r.repository->files) {
        files.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("bytes"), f.bytes}});
        listing.append({f.name, f.bytes});
    }
    QJsonObject o;
    if (r.repository->config.isEmpty()) {
        // GGUF-only repositories carry no config.json: their geometry is in each file's header.
        o = {{QStringLiteral("format"), kImportFormat},
             {QStringLiteral("name"), repo},
             {QStringLiteral("architecture"), QJsonValue()},
             {QStringLiteral("assumptions"),
              QJsonArray{QStringLiteral(
                  "no config.json in the repository: download a .gguf file and import it for the geometry")}}};
    } else {
        const HfConfig::Result c = HfConfig::parse(r.repository->config, repo);
        if (!c.imported)
            return usageError(err, QStringLiteral("import: %1's config.json: %2").arg(repo, c.error));
        o = configJson(*c.imported);
    }
    o.insert(QStringLiteral("repo"), repo);
    o.insert(QStringLiteral("files"), files);
    // The weights of each variant the repository offers, by format: the real file sizes.
    QJsonObject variants;
    const QString native = o.value(QStringLiteral("native_format")).toString(QStringLiteral("BF16"));
    const QMap<QString, double> sizes = HfConfig::sizesByFormat(listing, native);
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        variants.insert(it.key(), it.value());
    o.insert(QStringLiteral("weights_bytes_by_format"), variants);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, o);
        return kExitOk;
    }
    out << repo << ": " << files.size() << " files\n";
    for (const Hub::File &f : r.repository->files) {
        if (f.name.endsWith(QLatin1String(".gguf")) || f.name.endsWith(QLatin1String(".safetensors")))
            out << "  " << f.name << "  " << QLocale::c().toString(f.bytes, 'f', 0) << " bytes\n";
    }
    if (o.contains(QStringLiteral("params_total")))
        out << "  parameters    " << QString::number(o.value(QStringLiteral("params_total")).toDouble() / 1e9, 'f', 2)
            << " B total, " << QString::number(o.value(QStringLiteral("params_active")).toDouble() / 1e9, 'f', 2)
            << " B active; KV "
            << QLocale::c().toString(o.value(QStringLiteral("kv_bytes_per_token")).toDouble(), 'f', 0)
            << " bytes per token at f16\n";
    return kExitOk;
}

} // namespace

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Size a model from a GGUF file's header, never reading its tensor data: exact weight bytes "
                       "summed per tensor, the quantization mix, the layers that hold a KV cache, and for MoE files "
                       "the bytes a token reads. A split file (name-00001-of-0000N.gguf) is read with all its "
                       "shards. A config.json gives the geometry and the parameters counted from it (no file "
                       "size: that depends on the format)."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A .gguf file, a Hugging Face config.json, - for a config on standard "
                                                "input, or hf:org/name for a repository on the Hub (HF_ENDPOINT, "
                                                "HF_TOKEN)."));
    parser.addOption(limitedOption(Limits::kTimeoutSeconds, QStringLiteral("How long to wait for the Hub"),
                                   QString::number(Hub::kDefaultTimeoutSeconds)));
    int status = kExitOk;
    if (!parseArguments(parser, arguments, out, err, &status, {}, true, 1))
        return status;
    // Import reads no catalog, but --catalog FILE must still name one that reads (it is a promise
    // every command keeps: a missing file is never silently ignored).
    if (!catalogFrom(parser, err, &status))
        return status;
    if (parser.positionalArguments().size() < 2)
        return usageError(err, QStringLiteral("import: give a .gguf file, a config.json, - or hf:org/name"));
    const QString path = parser.positionalArguments().value(1);
    if (path.isEmpty())
        return usageError(err, QStringLiteral("import: the file name is empty"));
    if (path.startsWith(QLatin1String("hf:")))
        return importRepository(parser, path.mid(3), out, err);
    if (parser.isSet(QStringLiteral("timeout")))
        return usageError(err, QStringLiteral("--timeout: applies only to hf:org/name (the Hub), not to a local file"));
    // A pipe (`import <(curl …/config.json)`) has no name to go by: it can only be a config, since a
    // GGUF header is read in place against the file's size.
    if (path == QLatin1String("-") || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || isPipe(path))
        return importConfig(parser, path, out, err);
    if (!path.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive))
        return usageError(err, QStringLiteral("import: %1 is neither a .gguf file nor a config.json").arg(path));
    const GgufImport::Result r = GgufImport::importFile(path);
    if (!r.imported)
        return usageError(err, QStringLiteral("import: %1").arg(r.error));
    const GgufImport::Imported &m = *r.imported;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(out, importJson(m));
        return kExitOk;
    }
    const QLocale c = QLocale::c();
    out << m.model.name << " (" << m.architecture
        << (m.fileType.isEmpty() ? QString() : QStringLiteral(", ") + m.fileType) << ")\n";
    out << "  weights       " << c.toString(double(m.weightsBytes), 'f', 0) << " bytes ("
        << QString::number(double(m.weightsBytes) / (1u << 30), 'f', 2) << " GiB) in " << m.files.size()
        << " file(s)\n";
    out << "  mix           " << m.mixText() << '\n';
    out << "  parameters    " << QString::number(m.model.paramsTotal / 1e9, 'f', 2) << " B total, "
        << QString::number(m.model.paramsActive / 1e9, 'f', 2) << " B active\n";
    out << "  layers        " << m.model.layers << '\n';
    out << "  KV per token  " << c.toString(Engine::kvCacheBytes(m.model.attention, KvType::F16, 1), 'f', 0)
        << " bytes at f16\n";
    for (const QString &w : m.warnings)
        out << "  assumed       " << w << '\n';
    return kExitOk;
}

} // namespace Headroom::Cli
