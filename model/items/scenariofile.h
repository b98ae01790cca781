// Named scenario files: what the user looks at, with the catalog entries it uses.
#pragma once

#include "catalog.h"
#include "inputfile.h"

#include <QJsonObject>
#include <QStringList>

namespace Headroom {

class Session;

// A named scenario: what the user is looking at (the explored pair and its sliders, both compare
// sides, the cost assumptions, the advisor's inputs) plus every catalog entry it names, so the
// file opened on another machine, or after the catalog was updated, gives the same numbers.
namespace ScenarioFile {

// 2 (December 2026): compare sides name a usable-memory setting (usable_setting). A format 1 file
// still opens, each side at its box's own usable figure.
inline constexpr int kFormat = 4; // 3: the decision's floor and rental pattern; 4: cpu_moe_layers
inline constexpr int kOldestFormat = 1;

// The session as a scenario file named `name`.
[[nodiscard]] QJsonObject toJson(const Session &session, const QString &name);

struct Opened
{
    QString name;
    QJsonObject session; // for Session::fromJson
    Catalog entries;     // the models, boxes, hosts and API offers it names, as they were saved
    QStringList errors;  // each names the file's JSON path; empty when it opened
};

// Reads a scenario file. Its entries are checked like any catalog part; an id the session names
// that its entries do not hold is an error (the file would not reproduce its numbers).
[[nodiscard]] Opened fromJson(const QByteArray &json);
// `Named`: the user gave the path (report --scenario, Open a scenario file…): a pipe is read too.
[[nodiscard]] Opened read(const QString &path, InputFile::Origin origin = InputFile::Origin::Named);

// A file name for a scenario name: letters, digits, spaces, dashes and dots kept; the rest
// becomes "-". Never empty, never a path.
[[nodiscard]] QString fileNameFor(const QString &name);

} // namespace ScenarioFile
} // namespace Headroom
