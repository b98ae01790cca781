#pragma once

#include "harness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// The review's rows, each a generator of cases (every case and command of
// ../shared/reference/reliability-review-2026-12.md, and more of each kind).
namespace Hostile {

struct Context
{
    QString headroom; // the binary under test
    QString probe;    // the window start-up probe
    QString hub;      // the hostile Hub's address (http://127.0.0.1:PORT)
    bool sanitized = false;
    bool valgrind = false; // valgrind is installed (the memcheck sample runs under it)
};

// Small builders shared by the rows.
[[nodiscard]] Expect refused(const QStringList &mention, int status = 2);
[[nodiscard]] Expect either(const QStringList &mention = {});
[[nodiscard]] Expect succeeds();
// Every "--flag" (and -o) among `args`: what a refusal of them may name.
[[nodiscard]] QStringList flagsIn(const QStringList &args);
// "loss: …" when `path` is no longer what `before` says (identity()).
[[nodiscard]] QString unchanged(const QString &path, const QString &before, const QString &what);

// A llama-bench file of the source tree, and three calibrated boxes' calibration.json.
[[nodiscard]] QString llamaBench();
[[nodiscard]] QByteArray threeBoxCalibration();
// A valid user catalog with one own box ("my-box") and one own model ("my-model").
[[nodiscard]] QByteArray ownCatalog();
// A valid scenario file (as the window saves it) for report --scenario.
[[nodiscard]] QByteArray scenarioFile();

[[nodiscard]] QList<Case> cliFlagCases(const Context &c);
[[nodiscard]] QList<Case> cliWordCases(const Context &c);
[[nodiscard]] QList<Case> cliContractCases(const Context &c);
[[nodiscard]] QList<Case> writeCases(const Context &c);
[[nodiscard]] QList<Case> killCases(const Context &c);
[[nodiscard]] QList<Case> userFileCases(const Context &c);
[[nodiscard]] QList<Case> ggufCases(const Context &c);
[[nodiscard]] QList<Case> configCases(const Context &c);
[[nodiscard]] QList<Case> hubCases(const Context &c);
[[nodiscard]] QList<Case> calibrateCases(const Context &c);
[[nodiscard]] QList<Case> windowCases(const Context &c);
[[nodiscard]] QList<Case> memcheckCases(const Context &c);

} // namespace Hostile
