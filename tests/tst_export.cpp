// Exports are checked by opening what was written, as a reader of the proposal would.
#include "catalog.h"
#include "catalogstore.h"
#include "chartfigure.h"
#include "comparemodel.h"
#include "costchart.h"
#include "estimategrid.h"
#include "figure.h"
#include "matrixexport.h"
#include "memorychart.h"
#include "report.h"
#include "scenariofile.h"
#include "session.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Headroom;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngAtEachScale_data();
    void pngAtEachScale();
    void svgIsVectorWithText();
    void chartPdf();
    void reportPdf_data();
    void reportPdf();
    void cancelledReportLeavesNoFile();
    void failedWriteNamesPathAndLeavesNothing();
    void matrixCsvAndMarkdown();
    void headlessCommands();
    void chineseFiguresCarryTheSimplifiedFace();
    void reportFromANamedScenario();
    void memoryFigureNamesEveryBar_data();
    void memoryFigureNamesEveryBar();
    void compareFigureCarriesBothSidesAndCosts();
    void memoryFigureKeepsBarsNameable();

private:
    static ChartRequest request(ChartKind kind);
    static QString pdfText(const QString &path, int page = 0);
    static double smallestWordHeight(const QString &path);
    static int pdfPages(const QString &path);
    static QString pdfFonts(const QString &path);
    static int runHeadless(const QStringList &args, QByteArray *errors = nullptr);
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

ChartRequest TestExport::request(ChartKind kind)
{
    const Catalog &c = CatalogLoader::embedded();
    ChartRequest r;
    r.kind = kind;
    r.model = *c.findModel(QStringLiteral("devstral-2"));
    r.boxes = {*c.findHardware(QStringLiteral("rtx-pro-6000")), *c.findHardware(QStringLiteral("dgx-spark"))};
    return r;
}

QString TestExport::pdfText(const QString &path, int page)
{
    QProcess p;
    QStringList args = {QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    p.start(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    if (!p.waitForStarted(5000))
        QTest::qFail("pdftotext (poppler-utils) is needed; .ci/deps installs it", __FILE__, __LINE__);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int TestExport::pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

void TestExport::pngAtEachScale_data()
{
    QTest::addColumn<int>("scale");
    QTest::newRow("1x") << 1;
    QTest::newRow("2x") << 2;
    QTest::newRow("3x") << 3;
}

void TestExport::pngAtEachScale()
{
    QFETCH(int, scale);
    const ChartRequest r = request(ChartKind::Bandwidth);
    auto chart = buildChart(CatalogLoader::embedded(), r);
    const QString path = m_dir.filePath(QStringLiteral("chart-%1.png").arg(scale));
    QCOMPARE(Figure::save(*chart, figureText(CatalogLoader::embedded(), r), path, scale), QString());
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(1200 * scale, 800 * scale));
    // Not blank: the chart drew something dark on the white page.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 7 * scale)
        for (int x = 0; x < image.width(); x += 7 * scale)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 100);
}

void TestExport::svgIsVectorWithText()
{
    const ChartRequest r = request(ChartKind::Bandwidth);
    auto chart = buildChart(CatalogLoader::embedded(), r);
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QCOMPARE(Figure::save(*chart, figureText(CatalogLoader::embedded(), r), path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    int images = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("image"))
            ++images;
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(images, 0);                                                                         // vector only
    QVERIFY(text.contains(QStringLiteral("Devstral 2: decode speed follows memory bandwidth"))); // title
    QVERIFY(text.contains(QStringLiteral("Memory bandwidth, GB/s (log)")));                      // axis with unit
    QVERIFY(text.contains(QStringLiteral("Decode, tokens/s (log)")));
    QVERIFY(text.contains(QStringLiteral("Assumptions: Q4_K_M"))); // subtitle
    QVERIFY(text.contains(QStringLiteral("Sources:")));
    QVERIFY(text.contains(QStringLiteral("Headroom "))); // version footer
}

void TestExport::chartPdf()
{
    const ChartRequest r = request(ChartKind::Memory);
    auto chart = buildChart(CatalogLoader::embedded(), r);
    const QString path = m_dir.filePath(QStringLiteral("memory.pdf"));
    QCOMPARE(Figure::save(*chart, figureText(CatalogLoader::embedded(), r), path, 1, QPageSize::Letter), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QCOMPARE(pdfPages(path), 1);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Devstral 2: memory needed")));
    QVERIFY(text.contains(QStringLiteral("RTX PRO 6000")));
    QVERIFY(text.contains(QStringLiteral("DGX Spark")));
}

void TestExport::reportPdf_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

void TestExport::reportPdf()
{
    QFETCH(int, page);
    const Catalog &c = CatalogLoader::embedded();
    ReportInputs in;
    in.a = Costs::sideFor(c, *c.findModel(QStringLiteral("qwen3-coder-next")),
                          *c.findHardware(QStringLiteral("rtx-pro-6000")), {});
    in.b = Costs::sideFor(c, in.a.model, *c.findHardware(QStringLiteral("m5-max-128")), {});
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(page));
    int steps = 0;
    QCOMPARE(Report::write(c, in, path, QPageSize::PageSizeId(page), [&steps](int, int) { return ++steps > 0; }),
             QString());
    QCOMPARE(steps, Report::kSteps);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QCOMPARE(pdfPages(path), 4);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("RTX PRO 6000 Blackwell 96GB")));
    QVERIFY(text.contains(QStringLiteral("MacBook Pro M5 Max 128GB")));
    QVERIFY(text.contains(QStringLiteral("Qwen3-Coder-Next")));
    QVERIFY(text.contains(QStringLiteral("Sources")));
    // Page 1 in the order a manager reads it: the answer, every way to get the tokens with the one
    // recommended, then the assumptions the decision rests on, what is left out included.
    const QString first = pdfText(path, 1).simplified();
    in.assumptions = Costs::defaultAssumptions(c);
    const QString answer = CompareModel(in.a, in.b, in.assumptions, c).recommendation().text.simplified();
    const QList<qsizetype> order = {
        first.indexOf(answer.left(60)),
        first.indexOf(QStringLiteral("Way to get the")),
        first.indexOf(QStringLiteral("✓ Recommended")),
        first.indexOf(QStringLiteral("Assumptions:")),
        first.indexOf(QStringLiteral("answers 500 tokens within 1 min")),
        first.indexOf(QStringLiteral("Resale value and the time value of money are left out"))};
    for (qsizetype i = 0; i < order.size(); ++i) {
        QVERIFY2(order.at(i) >= 0, qPrintable(QStringLiteral("part %1 missing from page 1: %2").arg(i).arg(first)));
        if (i > 0)
            QVERIFY2(order.at(i) > order.at(i - 1), qPrintable(QStringLiteral("part %1 out of order").arg(i)));
    }
    // Page 2: the figures, none cut: the last row and the note under the table are there.
    const QString second = pdfText(path, 2).simplified();
    QVERIFY(second.contains(QStringLiteral("Break-even vs API")));
    QVERIFY(second.contains(QStringLiteral("✓ marks the better value")));
    QVERIFY(pdfText(path, 3).contains(QStringLiteral("Memory needed against memory usable")));
    const QString fourth = pdfText(path, 4);
    QVERIFY(fourth.contains(QStringLiteral("What each box costs over time")));
    QVERIFY(fourth.contains(QStringLiteral("Months after purchase")));
    // The sources of what the decision's costs rest on: the host's price and the API's prices.
    QVERIFY2(fourth.simplified().contains(QStringLiteral("Threadripper PRO")), qPrintable(fourth));
    QVERIFY(fourth.contains(QStringLiteral("API prices")));
    // No text smaller than 9 pt anywhere: pdftotext's word boxes are 1.16 em tall in DejaVu Sans.
    const double smallest = smallestWordHeight(path);
    QVERIFY2(smallest >= 9.0 * 1.16, qPrintable(QStringLiteral("a word %1 pt tall").arg(smallest)));
}

double TestExport::smallestWordHeight(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\""));
    double smallest = 1e9;
    int words = 0;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        smallest = std::min(smallest, m.captured(2).toDouble() - m.captured(1).toDouble());
        ++words;
    }
    return words > 100 ? smallest : 0.0; // a report with next to no text is a failure too
}

void TestExport::memoryFigureKeepsBarsNameable()
{
    // With no boxes chosen the figure draws the boxes that run the model, smallest first, and no
    // more bars than a printed page can name.
    ChartRequest r = request(ChartKind::Memory);
    r.boxes.clear();
    auto view = buildChart(CatalogLoader::embedded(), r);
    auto *memory = qobject_cast<MemoryChart *>(view.get());
    QVERIFY(memory);
    QImage sink(10, 10, QImage::Format_ARGB32);
    QPainter painter(&sink);
    Figure::paint(painter, QRectF(0, 0, 10, 10), *view, figureText(CatalogLoader::embedded(), r));
    QVERIFY(memory->boxCount() > 0 && memory->boxCount() <= 14);
    QVERIFY(CatalogLoader::embedded().hardware.size() > 14);
    QVERIFY(memory->chart()->title().contains(QStringLiteral("those that run it")));
}

void TestExport::memoryFigureNamesEveryBar_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English, DejaVu Sans") << QLocale(QLocale::English);
    // Noto Sans CJK SC's lines are a quarter taller: fewer bars fit a page with their names.
    QTest::newRow("Chinese, Noto Sans CJK SC")
        << QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
}

void TestExport::memoryFigureNamesEveryBar()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    ChartRequest r = request(ChartKind::Memory);
    r.boxes.clear();
    auto view = buildChart(CatalogLoader::embedded(), r);
    const QString path = m_dir.filePath(QStringLiteral("memory-names.svg"));
    QCOMPARE(Figure::save(*view, figureText(CatalogLoader::embedded(), r), path), QString());
    QLocale::setDefault(QLocale::c());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList drawn;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            drawn << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    const auto axes = view->chart()->axes(Qt::Vertical);
    auto *names = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    QVERIFY(names && names->count() > 0);
    // Qt Charts draws "..." for a name taller than its slot: every bar's name is drawn whole.
    for (const QString &name : names->categories())
        QVERIFY2(drawn.contains(name.simplified()), qPrintable(name));
}

void TestExport::compareFigureCarriesBothSidesAndCosts()
{
    const Catalog &c = CatalogLoader::embedded();
    ChartRequest r = request(ChartKind::Compare);
    ReportInputs in;
    in.a = Costs::sideFor(c, *c.findModel(QStringLiteral("qwen3-coder-next")),
                          *c.findHardware(QStringLiteral("rtx-pro-6000")), {});
    in.b = Costs::sideFor(c, *c.findModel(QStringLiteral("gpt-oss-120b")), *c.findHardware(QStringLiteral("dgx-spark")),
                          {});
    in.assumptions = Costs::defaultAssumptions(c);
    r.comparison = in;
    const FigureText text = figureText(c, r);
    // Each side's own model, not A's on both.
    QVERIFY(text.title.contains(QStringLiteral("Qwen3-Coder-Next on RTX PRO 6000")));
    QVERIFY(text.title.contains(QStringLiteral("gpt-oss-120b on DGX Spark")));
    const CompareModel model(in.a, in.b, in.assumptions, c);
    QCOMPARE(text.lead, model.recommendation().headline);
    QVERIFY(model.recommendation().text.contains(text.lead.section(QLatin1Char('.'), 0, 0)));
    // The table reads the compare model's cells: the cost of ownership as the window shows it.
    bool tcoRow = false;
    for (const QStringList &row : text.table) {
        if (row.value(0) == model.headerData(CompareModel::TcoRow, Qt::Vertical).toString()) {
            tcoRow = true;
            QCOMPARE(row.value(1), model.index(CompareModel::TcoRow, CompareModel::AColumn).data().toString());
            QCOMPARE(row.value(2), model.index(CompareModel::TcoRow, CompareModel::BColumn).data().toString());
        }
    }
    QVERIFY(tcoRow);
    auto chart = buildChart(c, r);
    QVERIFY(qobject_cast<CostChart *>(chart.get()));
    const QString path = m_dir.filePath(QStringLiteral("compare.svg"));
    QCOMPARE(Figure::save(*chart, text, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("Months after purchase")));
    QVERIFY(svg.contains(QStringLiteral("Cost of ownership")));
}

void TestExport::cancelledReportLeavesNoFile()
{
    const Catalog &c = CatalogLoader::embedded();
    ReportInputs in;
    in.a = Costs::sideFor(c, *c.findModel(QStringLiteral("devstral-2")),
                          *c.findHardware(QStringLiteral("rtx-pro-6000")), {});
    in.b = Costs::sideFor(c, in.a.model, *c.findHardware(QStringLiteral("dgx-spark")), {});
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const QString error = Report::write(c, in, path, QPageSize::A4, [](int step, int) { return step < 2; });
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
}

void TestExport::failedWriteNamesPathAndLeavesNothing()
{
    const ChartRequest r = request(ChartKind::Bandwidth);
    auto chart = buildChart(CatalogLoader::embedded(), r);
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/chart.png"));
    const QString error = Figure::save(*chart, figureText(CatalogLoader::embedded(), r), path);
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(Figure::save(*chart, {}, m_dir.filePath(QStringLiteral("chart.bmp"))).contains(QStringLiteral(".png")));
}

void TestExport::matrixCsvAndMarkdown()
{
    const Catalog &c = CatalogLoader::embedded();
    CatalogStore store(c);
    EstimateGrid grid(&store);
    const QStringList lines = MatrixExport::csv(grid).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // No comment line a spreadsheet would read as data: a header, then one row per box.
    QCOMPARE(lines.size(), 1 + c.hardware.size());
    QVERIFY(lines.at(0).startsWith(QStringLiteral("\"Hardware (")));
    QVERIFY(lines.at(0).contains(QStringLiteral("Qwen3-Coder-Next verdict,Qwen3-Coder-Next decode tok/s")));
    // Verdict and speed in separate cells: the speed parses as a number in the C locale.
    const int pro = c.hardwareRow(QStringLiteral("rtx-pro-6000"));
    const QStringList cells = lines.at(1 + pro).split(QLatin1Char(','));
    QCOMPARE(cells.at(1), QStringLiteral("comfortable"));
    bool ok = false;
    QVERIFY(cells.at(2).toDouble(&ok) > 0 && ok);
    // A pair that does not run has a verdict and an empty speed, never 0.
    const int spark = c.hardwareRow(QStringLiteral("dgx-spark"));
    const int glm = 1 + 2 * c.modelRow(QStringLiteral("glm-5.2"));
    const QStringList sparkCells = lines.at(1 + spark).split(QLatin1Char(','));
    QCOMPARE(sparkCells.at(glm), QStringLiteral("no-fit"));
    QCOMPARE(sparkCells.at(glm + 1), QString());
    QCOMPARE(MatrixExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(MatrixExport::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(MatrixExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    const QString md = MatrixExport::markdown(grid);
    QCOMPARE(md.count(QStringLiteral("\n| ")), 1 + int(c.hardware.size()));
    QVERIFY(md.contains(QStringLiteral("| RTX PRO 6000 Blackwell 96GB | comfortable")));
}

// The real binary with no display and no QT_QPA_PLATFORM, as over ssh; returns its exit code.
int TestExport::runHeadless(const QStringList &args, QByteArray *errors)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEADROOM_BINARY), args);
    p.waitForFinished(60000);
    if (errors)
        *errors = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestExport::pdfFonts(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {path});
    if (!p.waitForStarted(5000))
        QTest::qFail("pdffonts (poppler-utils) is needed; .ci/deps installs it", __FILE__, __LINE__);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestExport::chineseFiguresCarryTheSimplifiedFace()
{
    // fonts-noto-cjk comes with .ci/deps and with the .deb; a desktop without it is told so.
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("Noto Sans CJK SC is missing: .ci/deps installs fonts-noto-cjk");
        QSKIP("Noto Sans CJK SC is not installed here");
    }
    const QStringList compare = {
        QStringLiteral("export"),       QStringLiteral("--chart"),    QStringLiteral("compare"),
        QStringLiteral("--model"),      QStringLiteral("devstral-2"), QStringLiteral("--hardware"),
        QStringLiteral("rtx-pro-6000"), QStringLiteral("--hardware"), QStringLiteral("dgx-spark"),
        QStringLiteral("--lang"),       QStringLiteral("zh_CN"),      QStringLiteral("-o")};
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    QCOMPARE(runHeadless(compare + QStringList{pdf}), 0);
    // The title ("A … 对比 B …") and the verdict rows are Chinese, in the embedded Simplified face,
    // and every font in the file is embedded.
    // NFKC: the font maps some glyphs to both a Kangxi radical and the ideograph (⽐ and 比), and
    // pdftotext reports the first.
    const QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(QStringLiteral("对比")) && text.contains(QStringLiteral("结论")),
             qPrintable(text.left(500)));
    const QStringList fonts = pdfFonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        QVERIFY2(line.contains(QStringLiteral("NotoSansCJKsc")), qPrintable(line));
        QVERIFY2(line.simplified().split(QLatin1Char(' ')).contains(QStringLiteral("yes")), qPrintable(line));
    }
    // SVG names the face, so a viewer does not pick the Japanese one from the same collection.
    const QString svg = m_dir.filePath(QStringLiteral("zh.svg"));
    QCOMPARE(runHeadless(compare + QStringList{svg}), 0);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString markup = QString::fromUtf8(svgFile.readAll());
    QVERIFY(markup.contains(QStringLiteral("font-family=\"Noto Sans CJK SC\"")));
    QVERIFY(markup.contains(QStringLiteral("对比")));
    // The report in Chinese: its title, and the same embedded face.
    const QString report = m_dir.filePath(QStringLiteral("zh-report.pdf"));
    QCOMPARE(runHeadless({QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                          QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"),
                          QStringLiteral("--b-hardware"), QStringLiteral("dgx-spark"), QStringLiteral("--lang"),
                          QStringLiteral("zh"), QStringLiteral("-o"), report}),
             0);
    QVERIFY(pdfText(report, 1).normalized(QString::NormalizationForm_KC).contains(QStringLiteral("预算提案")));
    QVERIFY(pdfFonts(report).contains(QStringLiteral("NotoSansCJKsc-Regular")));
    // German by flag, and a language Headroom does not have is a usage error naming the flag.
    QCOMPARE(runHeadless(compare.mid(0, compare.size() - 3) +
                         QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"), pdf}),
             0);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Kontext")));
    QByteArray errors;
    QCOMPARE(runHeadless(compare.mid(0, compare.size() - 3) +
                             QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("-o"), pdf},
                         &errors),
             2);
    QVERIFY2(errors.startsWith("headroom: --lang:"), errors.constData());
}

void TestExport::headlessCommands()
{
    const auto run = [](const QStringList &args) { return runHeadless(args); };
    const QString png = m_dir.filePath(QStringLiteral("cli.png"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("compare"),
                  QStringLiteral("--model"), QStringLiteral("devstral-2"), QStringLiteral("--hardware"),
                  QStringLiteral("rtx-pro-6000"), QStringLiteral("--hardware"), QStringLiteral("dgx-spark"),
                  QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("-o"), png}),
             0);
    QCOMPARE(QImage(png).size(), QSize(1200, 800));
    const QString pdf = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("devstral-2"),
                  QStringLiteral("--a-hardware"), QStringLiteral("rtx-pro-6000"), QStringLiteral("--b-hardware"),
                  QStringLiteral("dgx-spark"), QStringLiteral("--page"), QStringLiteral("letter"), QStringLiteral("-o"),
                  pdf}),
             0);
    QCOMPARE(pdfPages(pdf), 4);
    // A price older than 90 days says so on paper too (today is HEADROOM_TODAY, set by ctest).
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("price from 2026-06, 5 months old: check before you buy")),
             qPrintable(text.right(3000)));
    // Review L6 and L1: a multi-GPU comparison becomes a report, and page 1 states the host price given
    // and the floor it was decided by.
    const QString gpus = m_dir.filePath(QStringLiteral("cli-report-gpus.pdf"));
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--model"), QStringLiteral("kimi-k2.6"),
                  QStringLiteral("--a-hardware"), QStringLiteral("h200-4x"), QStringLiteral("--b-hardware"),
                  QStringLiteral("mi300x"), QStringLiteral("--gpus"), QStringLiteral("4"), QStringLiteral("--host-usd"),
                  QStringLiteral("15000"), QStringLiteral("--answer-within-seconds"), QStringLiteral("45"),
                  QStringLiteral("-o"), gpus}),
             0);
    const QString first = pdfText(gpus, 1).simplified();
    QVERIFY2(first.contains(QStringLiteral("host priced at $15,000 (your ﬁgure)")) ||
                 first.contains(QStringLiteral("host priced at $15,000 (your figure)")),
             qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("answers 500 tokens within 45 s")), qPrintable(first));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--model"),
                  QStringLiteral("devstral-2"), QStringLiteral("-o"), png}),
             2);
}

void TestExport::reportFromANamedScenario()
{
    // A scenario saved with an own box the command line has never seen: the file carries it.
    CatalogStore store(CatalogLoader::embedded());
    HardwareSpec quoted = *store.catalog().findHardware(QStringLiteral("rtx-pro-6000"));
    quoted.id = QStringLiteral("quoted-workstation");
    quoted.name = QStringLiteral("Quoted workstation");
    quoted.prices = {PriceQuote{PriceQuote::Kind::Street,
                                11500,
                                11500,
                                {QStringLiteral("vendor quote"), QStringLiteral("2026-11-20"), {}, Grade::User}}};
    store.setUserHardware(quoted.id, quoted);
    Session session(&store);
    session.handOver(0, QStringLiteral("devstral-2"), quoted.id, session.scenario());
    const QString file = m_dir.filePath(QStringLiteral("budget.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(ScenarioFile::toJson(session, QStringLiteral("Budget"))).toJson());
    out.close();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const auto run = [&env](const QStringList &args, QByteArray *err = nullptr) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HEADROOM_BINARY), args);
        p.waitForFinished(60000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QString pdf = m_dir.filePath(QStringLiteral("scenario-report.pdf"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--builtin-only"), QStringLiteral("--scenario"), file,
                  QStringLiteral("-o"), pdf},
                 &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    QCOMPARE(pdfPages(pdf), 4);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Quoted workstation")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("11,500")));

    // The file sets the boxes: a flag that would change them is refused, not silently ignored.
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--scenario"), file, QStringLiteral("--context"),
                  QStringLiteral("8k"), QStringLiteral("-o"), pdf},
                 &err),
             2);
    QVERIFY(err.contains("--context"));
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"kind\": \"headroom-scenario\", \"format\": 1}");
    broken.close();
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--scenario"), broken.fileName(), QStringLiteral("-o"), pdf},
                 &err),
             2);
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(err.contains("session"));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
