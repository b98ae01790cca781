// Reads llama-bench output (json, jsonl or the markdown table) into runs.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Reads what llama-bench prints: `-o json` (an array of runs), `-o jsonl` (one run per line) and
// `-o md` (the Markdown table people paste into issues). A file is the user's: anything odd in
// it is an error naming the line or run, never a crash or a silent zero.
namespace Headroom::LlamaBench {

struct Run
{
    QString modelFile; // the GGUF path (json) or empty (md)
    QString modelType; // "qwen3moe 30B.A3B Q4_K - Medium"
    double sizeBytes = 0.0;
    double params = 0.0;
    int promptTokens = 0; // n_prompt: a prompt-processing run when > 0 and genTokens == 0
    int genTokens = 0;    // n_gen: a decode run
    int depthTokens = 0;  // n_depth: tokens already in the KV cache
    double tokensPerSecond = 0.0;
    QString backend;
    QString test; // "tg128 @ d4096", as llama-bench names it

    [[nodiscard]] bool isDecode() const noexcept { return genTokens > 0 && promptTokens == 0; }
    [[nodiscard]] bool isPrompt() const noexcept { return promptTokens > 0 && genTokens == 0; }
};

struct Parsed
{
    QList<Run> runs;
    QString error; // the first problem, naming where it is; empty when every run was read
};

// A file this large is not llama-bench output.
inline constexpr qint64 kMaxBytes = 16ll * 1024 * 1024;
inline constexpr int kMaxRuns = 10000;

[[nodiscard]] Parsed parse(const QByteArray &text);

// The weights format llama-bench's model type names ("Q4_K - Medium" → "Q4_K_M"), or the one in
// the file name; empty when neither says.
[[nodiscard]] QString formatName(const Run &run);

} // namespace Headroom::LlamaBench
