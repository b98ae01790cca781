// Builders and fixtures the rows share: expectations, and user files as the app writes them.
#include "rows.h"

#include "catalog.h"
#include "catalogstore.h"
#include "scenariofile.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hostile {

Expect refused(const QStringList &mention, int status)
{
    return {Expect::Refusal, status, mention};
}

Expect either(const QStringList &mention)
{
    return {Expect::Either, 0, mention};
}

Expect succeeds()
{
    return {Expect::Success, 0, {}};
}

QStringList flagsIn(const QStringList &args)
{
    QStringList flags;
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--")) && a.size() > 2)
            flags << a.section(QLatin1Char('='), 0, 0);
        else if (a == QLatin1String("-o"))
            flags << a;
    }
    return flags;
}

QString unchanged(const QString &path, const QString &before, const QString &what)
{
    const QString now = identity(path);
    if (now == before)
        return {};
    return QStringLiteral("loss: %1 changed (%2 → %3)").arg(what, before.left(60), now.left(60));
}

QString llamaBench()
{
    return testData(QStringLiteral("llama-bench/gpt-oss-20b.json"));
}

QByteArray threeBoxCalibration()
{
    QJsonObject boxes;
    const char *ids[] = {"rtx-4090", "rtx-5090", "dgx-spark"};
    for (int i = 0; i < 3; ++i) {
        const QJsonArray runs{QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-oss-20b")},
                                          {QStringLiteral("test"), QStringLiteral("tg128")},
                                          {QStringLiteral("kind"), QStringLiteral("decode")},
                                          {QStringLiteral("measured_tok_s"), 200.0 + i},
                                          {QStringLiteral("predicted_tok_s"), 210.0}}};
        boxes.insert(QLatin1String(ids[i]), QJsonObject{{QStringLiteral("scale"), 0.9 + 0.05 * i},
                                                        {QStringLiteral("prompt_scale"), QJsonValue()},
                                                        {QStringLiteral("runs"), runs},
                                                        {QStringLiteral("source"), QStringLiteral("runs.json")},
                                                        {QStringLiteral("as_of"), QStringLiteral("2026-11-20")},
                                                        {QStringLiteral("grade"), QStringLiteral("measured")}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("boxes"), boxes}}).toJson();
}

QByteArray ownCatalog()
{
    using namespace Headroom;
    const Catalog &builtin = CatalogLoader::embedded();
    Catalog part;
    HardwareSpec box = *builtin.findHardware(QStringLiteral("rtx-4090"));
    box.id = QStringLiteral("my-box");
    box.name = QStringLiteral("My box");
    box.user = true;
    part.hardware.append(box);
    if (const HostSpec *host = builtin.findHost(box.hostId))
        part.hosts.append(*host);
    ModelSpec model = *builtin.findModel(QStringLiteral("gpt-oss-20b"));
    model.id = QStringLiteral("my-model");
    model.name = QStringLiteral("My model");
    model.user = true;
    part.models.append(model);
    return QJsonDocument(CatalogLoader::toJson(part)).toJson();
}

QByteArray scenarioFile()
{
    using namespace Headroom;
    CatalogStore store(CatalogLoader::embedded());
    Session session(&store);
    return QJsonDocument(ScenarioFile::toJson(session, QStringLiteral("hostile"))).toJson();
}

} // namespace Hostile
