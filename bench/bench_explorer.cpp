// Prints how long one slider step takes to reach every visible view, with the bundled
// catalog and with a synthetic catalog of 2,000 models × 500 boxes; and the start-up cost.
// Targets (issue #3): ≤ 16 ms bundled, ≤ 50 ms synthetic; first paint ≤ 500 ms; RSS ≤ 150 MB.
// Issue #15: a user catalog of 10,000 models × 1,000 boxes reads well under a second, and a step
// stays ≤ 16 ms and within twice the bundled catalog's step in the same run.
#include "catalog.h"
#include "mainwindow.h"
#include "userdata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Headroom;

namespace {

Catalog synthetic(const Catalog &base, int models, int boxes)
{
    Catalog c = base;
    c.models.clear();
    c.hardware.clear();
    for (int i = 0; i < models; ++i) {
        ModelSpec m = base.models.at(i % base.models.size());
        m.id = QStringLiteral("m%1").arg(i);
        m.name = QStringLiteral("Model %1").arg(i);
        m.paramsTotal *= 0.5 + (i % 97) / 64.0; // spread sizes so verdicts vary
        m.paramsActive = std::min(m.paramsActive, m.paramsTotal);
        c.models.append(m);
    }
    for (int i = 0; i < boxes; ++i) {
        HardwareSpec h = base.hardware.at(i % base.hardware.size());
        h.id = QStringLiteral("h%1").arg(i);
        h.name = QStringLiteral("Box %1").arg(i);
        c.hardware.append(h);
    }
    return c;
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Median milliseconds for one slider step to be painted in the current tab.
double stepMilliseconds(MainWindow &window)
{
    auto *slider = window.findChild<QSlider *>(QStringLiteral("contextSlider"));
    QList<double> samples;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        slider->setValue((slider->value() + 1) % (slider->maximum() + 1));
        window.repaint(); // synchronous paint: the views ask for what they show
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

// The same paint with no change: what drawing the window costs by itself.
double paintOnlyMilliseconds(MainWindow &window)
{
    QList<double> samples;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer timer;
        timer.start();
        window.repaint();
        samples.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

QList<double> measure(const char *label, const Catalog &catalog, const QString &userCatalogPath = {})
{
    QList<double> steps;
    MainWindow window(catalog, userCatalogPath);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    const char *names[] = {"fit matrix", "bandwidth chart", "context sweep", "quality chart"};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        const double step = stepMilliseconds(window);
        steps.append(step);
        std::printf("%-28s slider step → %-16s painted: %6.2f ms (of which repainting the window: %.2f ms)\n", label,
                    names[tab], step, paintOnlyMilliseconds(window));
    }
    return steps;
}

// A user catalog of `models` × `boxes` own entries, saved where the window reads it: how long it
// takes to read, to open a window on, and to step a slider, against the bundled catalog's steps.
void measureUserCatalog(const Catalog &builtin, int models, int boxes, const QList<double> &bundledSteps)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.json"));
    Catalog own = synthetic(builtin, models, boxes);
    if (!UserCatalogFile(path).save(own).ok) {
        std::printf("could not write the synthetic user catalog\n");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const UserCatalogFile::Loaded loaded = UserCatalogFile(path).read();
    std::printf("user catalog %d × %d: %.1f MB file read and checked in %.0f ms (target well under 1,000 ms)%s\n",
                models, boxes, QFileInfo(path).size() / 1e6, timer.nsecsElapsed() / 1e6,
                loaded.problem.isEmpty() ? "" : " — FAILED TO LOAD");
    timer.restart();
    {
        MainWindow window(builtin, path);
        window.resize(1280, 800);
        window.show();
        window.repaint();
        std::printf("user catalog %d × %d: window open and painted in %.0f ms; resident memory %.0f MB\n", models,
                    boxes, timer.nsecsElapsed() / 1e6, residentMegabytes());
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("modeTabs"));
        timer.restart();
        pages->setCurrentIndex(2); // the budget advisor: it must not block the window
        QApplication::processEvents();
        std::printf("user catalog %d × %d: budget advisor shown, window responsive after %.0f ms\n", models, boxes,
                    timer.nsecsElapsed() / 1e6);
        pages->setCurrentIndex(0);
    }
    const QByteArray label = QStringLiteral("user catalog %1 × %2:").arg(models).arg(boxes).toUtf8();
    const QList<double> steps = measure(label.constData(), builtin, path);
    for (qsizetype i = 0; i < steps.size(); ++i)
        std::printf("  view %lld: %.2f ms = %.1f × the bundled catalog's %.2f ms (target ≤ 16 ms and ≤ 2×)\n",
                    static_cast<long long>(i), steps.at(i), steps.at(i) / std::max(0.01, bundledSteps.value(i)),
                    bundledSteps.value(i));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer start;
    start.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const Catalog &catalog = CatalogLoader::embedded();
    {
        MainWindow first(catalog);
        first.resize(1280, 800);
        first.show();
        first.repaint();
        std::printf("start to first painted window: %.0f ms  (target ≤ 500 ms)\n", start.nsecsElapsed() / 1e6);
        std::printf("resident memory after start: %.0f MB  (target ≤ 150 MB)\n", residentMegabytes());
    }
    const QList<double> bundled = measure("bundled catalog:", catalog);
    measure("synthetic 2,000 × 500:", synthetic(catalog, 2000, 500));
    std::printf("targets: ≤ 16 ms bundled, ≤ 50 ms synthetic\n");
    measureUserCatalog(catalog, 10000, 1000, bundled);
    return 0;
}
