// Licence as data: the commercial_use group read, written, filtered on and warned about.
#include "catalog.h"
#include "costs.h"
#include "mainwindow.h"
#include "recommendation.h"
#include "roles.h"
#include "session.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Headroom;

class TestCommercialUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyBuiltInModelSaysWhetherItsWeightsAreForBusiness();
    void theGroupSurvivesADumpAndALoad();
    void anUnknownValueIsAnError();
    void theExplorerFilterHidesWhatABusinessMayNotRun();
    void theAdvisorLeavesThemOutOnRequestAndWarnsOtherwise();
    void compareWarnsAndCommercialDisqualifies();
    void matrixCommercialKeepsOnlyYes();

private:
    struct Result
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result headroom(const QStringList &arguments);
    static QStringList shownModelIds(QTableView *view)
    {
        QStringList ids;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            ids << view->model()->index(r, 0).data(IdRole).toString();
        return ids;
    }
};

void TestCommercialUse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

TestCommercialUse::Result TestCommercialUse::headroom(const QStringList &arguments)
{
    static QTemporaryDir dataHome;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEADROOM_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCommercialUse::everyBuiltInModelSaysWhetherItsWeightsAreForBusiness()
{
    const Catalog &c = CatalogLoader::embedded();
    int known = 0;
    for (const ModelSpec &m : c.models) {
        if (!m.commercialUse)
            continue; // terms not found: said so by the missing group, never guessed
        ++known;
        QVERIFY2(m.commercialUse->provenance.isComplete(), qPrintable(m.id));
        QVERIFY2(!m.commercialUse->note.isEmpty(), qPrintable(m.id));
    }
    QVERIFY(known >= 29);
    // The audit's A1: MiniMax M2.7's weights need MiniMax's written permission for business use.
    const ModelSpec *m27 = c.findModel(QStringLiteral("minimax-m2.7"));
    QCOMPARE(m27->commercialUse->value, CommercialUse::Value::No);
    QCOMPARE(m27->commercialUse->provenance.grade, Grade::Primary);
    QVERIFY(!m27->commercialUseAllowed());
    QCOMPARE(c.findModel(QStringLiteral("minimax-m2.5"))->commercialUse->value, CommercialUse::Value::Conditions);
    QCOMPARE(c.findModel(QStringLiteral("glm-4.7"))->commercialUse->value, CommercialUse::Value::Yes);
    QVERIFY(c.findModel(QStringLiteral("glm-4.7"))->commercialUseAllowed());
}

void TestCommercialUse::theGroupSurvivesADumpAndALoad()
{
    // In process: the writer's group reads back the same.
    const QByteArray dump = QJsonDocument(CatalogLoader::toJson(CatalogLoader::embedded())).toJson();
    const CatalogLoadResult back = CatalogLoader::fromJson(dump);
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.join(QLatin1Char('\n'))));
    for (const ModelSpec &m : CatalogLoader::embedded().models) {
        const ModelSpec *r = back.catalog->findModel(m.id);
        QCOMPARE(bool(r->commercialUse), bool(m.commercialUse));
        if (!m.commercialUse)
            continue;
        QCOMPARE(r->commercialUse->value, m.commercialUse->value);
        QCOMPARE(r->commercialUse->note, m.commercialUse->note);
        QCOMPARE(r->commercialUse->provenance.source, m.commercialUse->provenance.source);
        QCOMPARE(r->commercialUse->provenance.asOf, m.commercialUse->provenance.asOf);
        QCOMPARE(r->commercialUse->provenance.grade, m.commercialUse->provenance.grade);
    }
    // Through the binary: catalog --json prints the group, and the dump, edited, loads with --catalog.
    const Result listed =
        headroom({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--builtin-only")});
    QCOMPARE(listed.status, 0);
    QJsonObject root = QJsonDocument::fromJson(listed.out).object();
    QJsonArray models = root.value(QStringLiteral("models")).toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        QJsonObject m = models.at(i).toObject();
        if (m.value(QStringLiteral("id")).toString() != QLatin1String("glm-4.7"))
            continue;
        QCOMPARE(m.value(QStringLiteral("commercial_use")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("yes"));
        QJsonObject use = m.value(QStringLiteral("commercial_use")).toObject();
        use.insert(QStringLiteral("value"), QStringLiteral("no"));
        use.insert(QStringLiteral("note"), QStringLiteral("edited for the test"));
        m.insert(QStringLiteral("commercial_use"), use);
        models[i] = m;
    }
    root.insert(QStringLiteral("models"), models);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("edited.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const Result reread =
        headroom({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--catalog"), file});
    QVERIFY2(reread.status == 0, reread.err.constData());
    bool seen = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(reread.out).object().value(QStringLiteral("models")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("id")).toString() != QLatin1String("glm-4.7"))
            continue;
        seen = true;
        const QJsonObject use = m.value(QStringLiteral("commercial_use")).toObject();
        QCOMPARE(use.value(QStringLiteral("value")).toString(), QStringLiteral("no"));
        QCOMPARE(use.value(QStringLiteral("note")).toString(), QStringLiteral("edited for the test"));
    }
    QVERIFY(seen);
}

void TestCommercialUse::anUnknownValueIsAnError()
{
    QJsonObject root = CatalogLoader::toJson(CatalogLoader::embedded());
    QJsonArray models = root.value(QStringLiteral("models")).toArray();
    QJsonObject first = models.at(0).toObject();
    QJsonObject use = first.value(QStringLiteral("commercial_use")).toObject();
    use.insert(QStringLiteral("value"), QStringLiteral("maybe"));
    first.insert(QStringLiteral("commercial_use"), use);
    models[0] = first;
    root.insert(QStringLiteral("models"), models);
    const CatalogLoadResult r = CatalogLoader::fromJson(QJsonDocument(root).toJson());
    QVERIFY(!r.errors.isEmpty());
    QVERIFY2(r.errors.join(QLatin1Char(' ')).contains(QStringLiteral("commercial_use.value")),
             qPrintable(r.errors.join(QLatin1Char(' '))));
}

void TestCommercialUse::theExplorerFilterHidesWhatABusinessMayNotRun()
{
    MainWindow w(CatalogLoader::embedded());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *models = w.findChild<QTableView *>(QStringLiteral("modelTable"));
    auto *check = w.findChild<QCheckBox *>(QStringLiteral("commercialCheck"));
    QVERIFY(models && check);
    QVERIFY(shownModelIds(models).contains(QStringLiteral("minimax-m2.7")));
    QTest::mouseClick(check, Qt::LeftButton, {}, check->rect().center());
    QCoreApplication::processEvents();
    QVERIFY(check->isChecked());
    const QStringList shown = shownModelIds(models);
    QVERIFY(!shown.isEmpty());
    for (const QString &id : shown)
        QVERIFY2(CatalogLoader::embedded().findModel(id)->commercialUseAllowed(), qPrintable(id));
    for (const char *hidden : {"minimax-m2.7", "minimax-m2.5", "llama-3.1-70b"})
        QVERIFY2(!shown.contains(QLatin1String(hidden)), hidden);
    QVERIFY(shown.contains(QStringLiteral("glm-4.7")));
    // Unchecked, every model is back.
    QTest::mouseClick(check, Qt::LeftButton, {}, check->rect().center());
    QCoreApplication::processEvents();
    QCOMPARE(shownModelIds(models).size(), CatalogLoader::embedded().models.size());
}

void TestCommercialUse::theAdvisorLeavesThemOutOnRequestAndWarnsOtherwise()
{
    const Catalog &c = CatalogLoader::embedded();
    Costs::AdvisorInputs in;
    in.budgetHighUsd = 1e7;
    in.minTokS = 1;
    in.comfortableOnly = false;
    const auto hasNonCommercial = [&c](const QList<Costs::Advice> &advice) {
        for (const Costs::Advice &a : advice) {
            if (!c.models.at(a.modelIndex).commercialUseAllowed())
                return true;
        }
        return false;
    };
    QVERIFY(hasNonCommercial(Costs::advise(c, in)));
    in.commercialOnly = true;
    const QList<Costs::Advice> business = Costs::advise(c, in);
    QVERIFY(!business.isEmpty());
    QVERIFY(!hasNonCommercial(business));
    // The warning every pick of such a model carries.
    QVERIFY(Recommendation::commercialUseWarning(*c.findModel(QStringLiteral("minimax-m2.7")))
                .contains(QStringLiteral("may not be used commercially")));
    QVERIFY(Recommendation::commercialUseWarning(*c.findModel(QStringLiteral("llama-3.1-70b")))
                .contains(QStringLiteral("only under conditions")));
    QVERIFY(Recommendation::commercialUseWarning(*c.findModel(QStringLiteral("glm-4.7"))).isEmpty());
}

void TestCommercialUse::compareWarnsAndCommercialDisqualifies()
{
    const QStringList base{QStringLiteral("compare"),      QStringLiteral("--model"),
                           QStringLiteral("minimax-m2.7"), QStringLiteral("--a-hardware"),
                           QStringLiteral("m5-ultra-256"), QStringLiteral("--b-hardware"),
                           QStringLiteral("dgx-spark-2x"), QStringLiteral("--json")};
    const Result plain = headroom(base);
    QVERIFY2(plain.status == 0, plain.err.constData());
    const QJsonObject p = QJsonDocument::fromJson(plain.out).object();
    QCOMPARE(p.value(QStringLiteral("a")).toObject().value(QStringLiteral("commercial_use")).toString(),
             QStringLiteral("no"));
    QVERIFY2(
        p.value(QStringLiteral("recommendation")).toString().contains(QStringLiteral("may not be used commercially")),
        qPrintable(p.value(QStringLiteral("recommendation")).toString()));
    QVERIFY(!p.value(QStringLiteral("assumptions")).toObject().value(QStringLiteral("commercial_use")).toBool());

    const Result business = headroom(base + QStringList{QStringLiteral("--commercial")});
    QVERIFY2(business.status == 0, business.err.constData());
    const QJsonObject b = QJsonDocument::fromJson(business.out).object();
    // Neither box may be bought for it; calling the model's API is a separate contract.
    QCOMPARE(b.value(QStringLiteral("recommended")).toString(), QStringLiteral("api"));
    QVERIFY(b.value(QStringLiteral("assumptions")).toObject().value(QStringLiteral("commercial_use")).toBool());
    QVERIFY2(
        b.value(QStringLiteral("recommendation")).toString().contains(QStringLiteral("not cleared for commercial use")),
        qPrintable(b.value(QStringLiteral("recommendation")).toString()));
    // A model a business may run still wins with --commercial.
    const QJsonObject g =
        QJsonDocument::fromJson(
            headroom({QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("qwen3-coder-next"),
                      QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
                      QStringLiteral("dgx-spark"), QStringLiteral("--json"), QStringLiteral("--commercial")})
                .out)
            .object();
    QVERIFY(!g.value(QStringLiteral("recommended")).isNull());
    QVERIFY(!g.value(QStringLiteral("recommendation")).toString().contains(QStringLiteral("Licence")));
    // A flag the command does not take is refused.
    const Result estimate =
        headroom({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("glm-4.7"),
                  QStringLiteral("--hardware"), QStringLiteral("m5-ultra-256"), QStringLiteral("--commercial")});
    QCOMPARE(estimate.status, 2);
}

void TestCommercialUse::matrixCommercialKeepsOnlyYes()
{
    const Result all = headroom({QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(all.status, 0);
    QVERIFY(all.out.contains("MiniMax M2.7"));
    const Result business = headroom(
        {QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--commercial")});
    QCOMPARE(business.status, 0);
    QVERIFY(!business.out.contains("MiniMax M2.7"));
    QVERIFY(!business.out.contains("Llama 3.1 70B"));
    QVERIFY(business.out.contains("GLM-4.7"));
}

QTEST_MAIN(TestCommercialUse)
#include "tst_commercialuse.moc"
