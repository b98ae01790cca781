// A Hugging Face repository's config.json and file sizes over HTTPS, bounded in time and size.
#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

// A model repository on the Hugging Face Hub: its config.json and its files with their sizes, over
// HTTPS. The Hub's address comes from HF_ENDPOINT (as the Hub's own tools read it; tests point it at
// plain HTTP on the loopback address), a token from HF_TOKEN is sent only to the Hub's own host
// and never across a redirect to another, the proxy comes from the environment, and every request
// is bounded: --timeout is the whole fetch's deadline, not a silence timer.
namespace Headroom::Hub {

struct File
{
    QString name;
    double bytes = 0;
};

struct Repository
{
    QByteArray config;
    QList<File> files;
};

struct Failure
{
    enum Kind { Input, Network }; // exit 2 (no such repo, gated, not a config) or 1 (offline, timeout, 5xx)
    Kind kind = Network;
    QString message;
};

struct Result
{
    std::optional<Repository> repository;
    Failure failure;
};

inline constexpr int kDefaultTimeoutSeconds = 30;

// `repo` is "org/name"; runs its own event loop until both requests end or time out, or until
// `cancel` turns true (a Network failure "cancelled").
[[nodiscard]] Result fetch(const QString &repo, int timeoutSeconds = kDefaultTimeoutSeconds,
                           const std::atomic_bool *cancel = nullptr);

} // namespace Headroom::Hub
