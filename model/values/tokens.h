// The one token-count parser (32k, 1M, 131072), for every flag and field.
#pragma once

#include <QString>

#include <optional>

namespace Headroom::Tokens {

// The one token-count parser, for every CLI flag and every token field in the window:
// "131072", "128k", "128K", "1M", "1.5m" (binary multiples, as context lengths are quoted).
// Group separators of the C locale or the user's locale are accepted ("131,072"). A count that is
// not a whole number of tokens ("0.3k" = 307.2) is refused, never rounded.
// Returns nullopt for anything else, so the caller can name the bad input.
[[nodiscard]] std::optional<double> parse(const QString &text);

// A workload count ("2M tokens a day", "500k"): decimal multiples, as traffic and API prices are
// quoted, so 2M is 2,000,000. Context and prompt lengths keep parse()'s binary 32k = 32,768.
[[nodiscard]] std::optional<double> parseCount(const QString &text);

} // namespace Headroom::Tokens
