#pragma once

#include "rows.h"

// The write path's producers (every command that writes a file) and targets (every kind of thing
// a file name can be), for writes.cpp.
namespace Hostile::Writes {

struct Producer
{
    QString name;
    QString ext;
    std::function<QStringList(const QString &target)> args;
};

struct Target
{
    QString name;
    std::function<QString(const QString &dir, const QString &ext)> setup; // returns the -o path
    Expect::Kind expect;
    int status; // for a refusal
    bool nobody = false;
    QStringList mounts;
    std::function<QString(const Run &, const QString &path, const QString &before)> check;
    bool reader = false; // a process reads the target while the command writes it
};

[[nodiscard]] QList<Producer> producers();
[[nodiscard]] QList<Target> targets();

} // namespace Hostile::Writes
