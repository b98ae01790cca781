// "Runs on" and "single box" come from the engine: the text and the arithmetic cannot disagree.
#include "testsupport.h"

#include "catalogstore.h"
#include "hints.h"
#include "modeltablemodel.h"

using namespace Headroom;
using namespace Headroom::Test;

class TestHints : public QObject
{
    Q_OBJECT

private slots:
    void textAndArithmeticAgreeForEveryModel();
    void typedHintsNeverContradictTheEngine();
    void theAuditsTwoContradictionsAreGone();
    void theModelListShowsTheComputedText();
};

namespace {

bool fits(const ModelSpec &m, const HardwareSpec &h, const QString &format)
{
    Scenario s;
    s.quant = Quantization::parse(format);
    s.contextTokens = 32768;
    const Estimate e = Engine::estimate(m, h, s, CatalogLoader::embedded().calibrationFor(h));
    return e.ok() && (e.verdict == Verdict::Tight || e.verdict == Verdict::Comfortable);
}

double usable(const HardwareSpec &h)
{
    return h.usableBytesPerGpu * h.devices();
}

// Checks one placement against every box: it fits, and no box with less usable memory does.
void checkPlacement(const ModelSpec &m, const std::optional<Hints::Placement> &p, const QString &format,
                    const QString &text)
{
    const Catalog &c = CatalogLoader::embedded();
    bool anyFits = false;
    for (const HardwareSpec &h : c.hardware)
        anyFits = anyFits || fits(m, h, format);
    QCOMPARE(p.has_value(), anyFits);
    if (!p) {
        QVERIFY2(text.contains(format), qPrintable(m.id + QStringLiteral(": ") + text));
        return;
    }
    const HardwareSpec &box = c.hardware.at(p->hardwareIndex);
    QCOMPARE(p->format, format);
    QVERIFY2(fits(m, box, format), qPrintable(m.id + QLatin1Char('/') + box.id));
    for (const HardwareSpec &h : c.hardware) {
        if (usable(h) < usable(box))
            QVERIFY2(!fits(m, h, format),
                     qPrintable(m.id + QStringLiteral(": smaller ") + h.id + QStringLiteral(" fits")));
    }
    QVERIFY2(text.contains(box.name + QStringLiteral(" at ") + format), qPrintable(m.id + QStringLiteral(": ") + text));
}

} // namespace

void TestHints::textAndArithmeticAgreeForEveryModel()
{
    const Catalog &c = CatalogLoader::embedded();
    for (const ModelSpec &m : c.models) {
        const Hints::SelfHost hint = Hints::selfHost(c, m);
        const QString native = Quantization::parse(m.nativeFormat)->name;
        checkPlacement(m, hint.native, native, hint.text);
        if (native != QLatin1String("Q4_K_M"))
            checkPlacement(m, hint.q4, QStringLiteral("Q4_K_M"), hint.text);
        else
            QVERIFY(!hint.q4);
        bool single = false;
        for (const HardwareSpec &h : c.hardware) {
            if (Hints::isSingleBox(h))
                single = single || fits(m, h, native) || fits(m, h, QStringLiteral("Q4_K_M"));
        }
        QVERIFY2(hint.singleBox == single, qPrintable(m.id));
    }
}

void TestHints::typedHintsNeverContradictTheEngine()
{
    // A typed "single box" that the engine's own arithmetic refutes is removed, never shown.
    const Catalog &c = CatalogLoader::embedded();
    QStringList contradicted;
    for (const ModelSpec &m : c.models) {
        if (m.singleBoxSource.isComplete() && m.singleBox != Hints::selfHost(c, m).singleBox)
            contradicted << m.id;
    }
    QVERIFY2(contradicted.isEmpty(), qPrintable(contradicted.join(QStringLiteral(", "))));
}

void TestHints::theAuditsTwoContradictionsAreGone()
{
    const Catalog &c = CatalogLoader::embedded();
    // Kimi K2.6 at native INT4 (~590 GB) does not fit the 512 GB Mac (464 GiB usable).
    const Hints::SelfHost kimi = Hints::selfHost(c, model("kimi-k2.6"));
    QVERIFY(!kimi.native || c.hardware.at(kimi.native->hardwareIndex).id != QLatin1String("m5-ultra-512"));
    QVERIFY(!fits(model("kimi-k2.6"), hardware("m5-ultra-512"), QStringLiteral("INT4")));
    QVERIFY(!model("kimi-k2.6").selfHost.contains(QStringLiteral("M5 Ultra 512 GB or")));
    // GLM-4.7 at Q4_K_M does not fit two RTX PRO 6000 (2 × 94.59 GiB).
    HardwareSpec two = hardware("rtx-pro-6000");
    two.gpus = 2;
    QVERIFY(!fits(model("glm-4.7"), two, QStringLiteral("Q4_K_M")));
    QVERIFY(!model("glm-4.7").selfHost.contains(QStringLiteral("2× RTX PRO 6000 at Q4")));
}

void TestHints::theModelListShowsTheComputedText()
{
    CatalogStore store(CatalogLoader::embedded());
    ModelTableModel table(&store);
    const int row = store.modelRow(QStringLiteral("glm-4.7"));
    const QString shown = table.index(row, ModelTableModel::SelfHostColumn).data().toString();
    QCOMPARE(shown, Hints::selfHost(store.catalog(), store.model(row)).text);
    QVERIFY(shown.startsWith(QStringLiteral("Smallest box at 32K: ")));
}

QTEST_GUILESS_MAIN(TestHints)
#include "tst_hints.moc"
