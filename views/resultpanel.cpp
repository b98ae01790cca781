// The explored pair's panel: shows what SelectedPair computed, with the verdict's sign and colour.
#include "resultpanel.h"

#include "memorybar.h"
#include "palette.h"
#include "selectedpair.h"
#include "session.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Headroom {

ResultPanel::ResultPanel(const Session *session, QWidget *parent)
    : QWidget(parent)
    , m_pair(new SelectedPair(session, this))
    , m_title(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_why(new QLabel(this))
    , m_bar(new MemoryBar(this))
    , m_answerName(new QLabel(this))
    , m_fixes(new QLabel(this))
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
    m_verdict->setWordWrap(true); // "Exceeds the model's context" is wider than a narrow panel
    m_verdict->setToolTip(comfortableRuleText());
    m_why->setObjectName(QStringLiteral("whyLabel"));
    m_why->setWordWrap(true);
    m_fixes->setObjectName(QStringLiteral("fixesLabel"));
    m_fixes->setWordWrap(true);
    m_fixes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_weights = addFigure(QStringLiteral("weightsLabel"), tr("Weights"));
    m_kv = addFigure(QStringLiteral("kvLabel"), tr("KV cache"));
    m_overhead = addFigure(QStringLiteral("overheadLabel"), tr("Overhead"));
    m_headroom = addFigure(QStringLiteral("headroomLabel"), tr("Headroom"));
    m_maxContext = addFigure(QStringLiteral("maxContextLabel"), tr("Largest context"));
    m_decode = addFigure(QStringLiteral("decodeLabel"), tr("Decode estimate"));
    m_ceiling = addFigure(QStringLiteral("ceilingLabel"), tr("Bandwidth ceiling"));
    m_firstToken = addFigure(QStringLiteral("firstTokenLabel"), tr("First token"));
    const int row = m_grid->rowCount();
    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("answerLabel"));
    m_answer->setWordWrap(true);
    m_grid->addWidget(m_answerName, row, 0, Qt::AlignTop);
    m_grid->addWidget(m_answer, row, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_why);
    layout->addWidget(m_bar);
    layout->addLayout(m_grid);
    layout->addWidget(m_fixes);
    layout->addStretch(1);

    connect(m_pair, &SelectedPair::changed, this, &ResultPanel::refresh);
    refresh();
}

QLabel *ResultPanel::addFigure(const QString &objectName, const QString &label)
{
    const int row = m_grid->rowCount();
    auto *name = new QLabel(label + QLatin1Char(':'), this);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true); // a narrow panel wraps the longer figures instead of widening
    m_grid->addWidget(name, row, 0, Qt::AlignTop);
    m_grid->addWidget(value, row, 1);
    m_grid->setColumnStretch(1, 1);
    return value;
}

void ResultPanel::refresh()
{
    if (!m_pair->valid())
        return;
    const Estimate &e = m_pair->estimate();
    m_title->setText(m_pair->title());
    m_bar->setEstimate(e);
    m_answerName->setText(m_pair->answerName());
    const Verdict shown = e.ok() ? e.verdict : Verdict::NoFit;
    m_verdict->setText(e.ok() ? Palette::verdictGlyph(e.verdict) + QLatin1Char(' ') + m_pair->verdict()
                              : m_pair->verdict());
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(Palette::verdictColor(shown).name()));
    m_why->setText(m_pair->why());
    m_fixes->setText(m_pair->fixes());
    const std::pair<QLabel *, const SelectedPair::Figure *> figures[] = {
        {m_weights, &m_pair->weights()},       {m_kv, &m_pair->kvCache()},
        {m_overhead, &m_pair->overhead()},     {m_headroom, &m_pair->headroom()},
        {m_maxContext, &m_pair->maxContext()}, {m_decode, &m_pair->decode()},
        {m_ceiling, &m_pair->ceiling()},       {m_firstToken, &m_pair->firstToken()},
        {m_answer, &m_pair->answer()}};
    for (const auto &[label, figure] : figures) {
        label->setText(figure->text);
        label->setToolTip(figure->formula);
    }
}

} // namespace Headroom
