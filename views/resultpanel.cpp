#include "resultpanel.h"

#include "engine.h"
#include "format.h"
#include "memorybar.h"
#include "verdictstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Headroom {

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_bar(new MemoryBar(this))
    , m_grid(new QGridLayout)
{
    m_title->setObjectName(QStringLiteral("resultTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.4);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);

    m_weights = addFigure(QStringLiteral("weightsLabel"), tr("Weights"));
    m_kv = addFigure(QStringLiteral("kvLabel"), tr("KV cache"));
    m_overhead = addFigure(QStringLiteral("overheadLabel"), tr("Overhead"));
    m_headroom = addFigure(QStringLiteral("headroomLabel"), tr("Headroom"));
    m_maxContext = addFigure(QStringLiteral("maxContextLabel"), tr("Largest context"));
    m_decode = addFigure(QStringLiteral("decodeLabel"), tr("Decode estimate"));
    m_ceiling = addFigure(QStringLiteral("ceilingLabel"), tr("Bandwidth ceiling"));
    m_answer = addFigure(QStringLiteral("answerLabel"), tr("500-token answer"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_bar);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

QLabel *ResultPanel::addFigure(const QString &objectName, const QString &label)
{
    const int row = m_grid->rowCount();
    auto *name = new QLabel(label + QLatin1Char(':'), this);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true); // a narrow panel wraps the longer figures instead of widening
    value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.0 tok/s (range")));
    m_grid->addWidget(name, row, 0);
    m_grid->addWidget(value, row, 1);
    m_grid->setColumnStretch(1, 1);
    return value;
}

void ResultPanel::show(const ModelSpec &m, const HardwareSpec &h, const Scenario &s, const Estimate &e)
{
    m_title->setText(tr("%1 on %2").arg(m.name, h.name));
    m_bar->setEstimate(e);
    if (!e.ok()) {
        m_verdict->setText(e.error->message);
        m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(verdictColor(Verdict::NoFit).name()));
        for (QLabel *l : {m_weights, m_kv, m_overhead, m_headroom, m_maxContext, m_decode, m_ceiling, m_answer})
            l->setText(QStringLiteral("—"));
        return;
    }
    m_verdict->setText(verdictText(e.verdict));
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(verdictColor(e.verdict).name()));
    m_verdict->setToolTip(tr("Comfortable: at least %1% of usable memory stays free. Tight: fits with less. "
                             "Does not fit: needs more than usable memory.")
                              .arg(int(kComfortableShare * 100)));

    m_weights->setText(Format::bytes(e.weightsBytes));
    m_weights->setToolTip(
        m.knownFiles.contains(s.quant.name)
            ? tr("Known %1 file size: %2\nSource: %3")
                  .arg(s.quant.name, Format::bytes(e.weightsBytes), m.knownFiles.value(s.quant.name).provenance.source)
            : tr("%1 parameters × %2 bits ÷ 8 = %3\n(all experts stay resident)")
                  .arg(Format::params(m.paramsTotal))
                  .arg(s.quant.bitsPerWeight)
                  .arg(Format::bytes(e.weightsBytes)));
    m_kv->setText(Format::bytes(e.kvCacheBytes + e.fixedStateBytes));
    m_kv->setToolTip(tr("%1 per token × %2 tokens × %3 sequence(s) = %4\n+ fixed recurrent state %5\nKV elements: %6")
                         .arg(Format::bytes(e.kvPerTokenBytes), Format::tokens(s.contextTokens))
                         .arg(s.batch)
                         .arg(Format::bytes(e.kvCacheBytes), Format::bytes(e.fixedStateBytes), kvTypeName(s.kvType)));
    m_overhead->setText(Format::bytes(e.overheadBytes));
    m_overhead->setToolTip(
        tr("%1 device(s) × (runtime 512 MiB + compute buffer 512 MiB) + 2 KiB × %2 tokens × %3 sequence(s) = %4")
            .arg(e.gpus)
            .arg(Format::tokens(s.contextTokens))
            .arg(s.batch)
            .arg(Format::bytes(e.overheadBytes)));
    const bool hosted = e.verdict == Verdict::Hosted;
    m_headroom->setText(hosted ? QStringLiteral("—") : Format::bytes(e.headroomBytes));
    m_headroom->setToolTip(tr("usable %1 (%2) − total %3 = %4")
                               .arg(Format::bytes(e.usableBytes), h.usableRule, Format::bytes(e.totalBytes),
                                    Format::bytes(e.headroomBytes)));
    m_maxContext->setText(hosted ? Format::tokens(e.maxContextTokens)
                                 : tr("%1 tokens").arg(Format::tokens(e.maxContextTokens)));
    m_maxContext->setToolTip(tr("The longest context whose memory still fits usable memory, capped at the model's %1.")
                                 .arg(Format::tokens(m.maxContext)));
    m_decode->setText(
        hosted ? QStringLiteral("—")
               : tr("%1 (range %2 – %3)")
                     .arg(Format::rate(e.decodeTokS), Format::rate(e.decodeLowTokS), Format::rate(e.decodeHighTokS)));
    m_decode->setToolTip(
        tr("1 ÷ (%1 per token ÷ (%2 × %3 efficiency) + %4 layers × %5 µs)\nCheck it: llama-bench -p 512 -n 128 -d %6")
            .arg(Format::bytes(e.bytesPerToken), Format::bandwidth(h.bandwidthBytesPerSecond * e.gpus))
            .arg(e.efficiency, 0, 'f', 2)
            .arg(m.layers)
            .arg(e.perLayerSeconds * 1e6, 0, 'f', 0)
            .arg(qint64(s.contextTokens)));
    m_ceiling->setText(hosted ? QStringLiteral("—") : Format::rate(e.decodeCeilingTokS));
    m_ceiling->setToolTip(tr("bandwidth %1 ÷ (active weights %2 + KV read %3) per token")
                              .arg(Format::bandwidth(h.bandwidthBytesPerSecond * e.gpus),
                                   Format::bytes(e.activeWeightsBytes),
                                   Format::bytes(e.bytesPerToken - e.activeWeightsBytes)));
    m_answer->setText(e.answerSeconds ? Format::seconds(*e.answerSeconds) : QStringLiteral("—"));
    m_answer->setToolTip(tr("500 tokens ÷ decode estimate"));
}

} // namespace Headroom
