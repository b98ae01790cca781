// The prompt-processing validation of the embedded measurements, computed once per process.
#include "prefillcheck.h"

#include "catalog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <memory>

namespace Headroom {

QFuture<Prefill::Validation> embeddedPrefillValidation()
{
    static const QFuture<Prefill::Validation> future = [] {
        auto promise = std::make_shared<QPromise<Prefill::Validation>>();
        promise->start();
        QFuture<Prefill::Validation> f = promise->future();
        QThread *thread = QThread::create([promise] {
            const QList<Prefill::RowWork> works =
                Prefill::worksOf(Prefill::embeddedMeasurements(), Prefill::embeddedDevices(),
                                 [](const QString &key) { return CatalogLoader::embedded().findModel(key); });
            promise->addResult(Prefill::validate(works));
            promise->finish();
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        // The application's end waits for it: the statics it reads must outlive it.
        static QPointer<QThread> running;
        running = thread;
        qAddPostRoutine([] {
            if (running)
                running->wait();
        });
        thread->start(QThread::LowPriority);
        return f;
    }();
    return future;
}

} // namespace Headroom
