// Prints how long one slider step takes to reach every visible view, with the bundled
// catalog and with a synthetic catalog of 2,000 models × 500 boxes; and the start-up cost.
// Targets (issue #3): ≤ 16 ms bundled, ≤ 50 ms synthetic; first paint ≤ 500 ms; RSS ≤ 150 MB.
#include "catalog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>

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

void measure(const char *label, const Catalog &catalog)
{
    MainWindow window(catalog);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    const char *names[] = {"fit matrix", "bandwidth chart", "context sweep", "quality chart"};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        const double step = stepMilliseconds(window);
        std::printf("%-28s slider step → %-16s painted: %6.2f ms (of which repainting the window: %.2f ms)\n", label,
                    names[tab], step, paintOnlyMilliseconds(window));
    }
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
    measure("bundled catalog:", catalog);
    measure("synthetic 2,000 × 500:", synthetic(catalog, 2000, 500));
    std::printf("targets: ≤ 16 ms bundled, ≤ 50 ms synthetic\n");
    return 0;
}
