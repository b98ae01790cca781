// Every way to get the tokens as rows: buy A, buy B, rent either, the API; read from one CompareModel.
#include "optionsmodel.h"

#include "comparemodel.h"
#include "format.h"
#include "roles.h"
#include "verdict.h"

namespace Headroom {

OptionsModel::OptionsModel(const CompareModel *compare, QObject *parent)
    : QAbstractTableModel(parent)
    , m_compare(compare)
{
    // The number of options follows the sides (a rental offer, one API or two): a reset each time.
    connect(compare, &CompareModel::recomputed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int OptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_compare->recommendation().decision.choice.options.size());
}

int OptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OptionsModel::costTip(int row) const
{
    const Decision::Option &o = m_compare->recommendation().decision.choice.options.at(row);
    const int side = Decision::sideOf(o.route);
    const Costs::SideCosts &c = m_compare->costs(side);
    const Costs::Assumptions &a = m_compare->assumptions();
    if (Decision::isApi(o.route))
        return c.apiUsdPerMonth ? tr("%1 a month for %2 output tokens a day, with their input, × %3 months")
                                      .arg(Format::usd(*c.apiUsdPerMonth), Format::tokens(a.tokensPerDay))
                                      .arg(a.horizonMonths)
                                : tr("No API price known");
    if (Decision::isRent(o.route))
        return c.rentUsdPerMonth
                   ? tr("%1 an hour for every GPU × %2 h a day billed (%3) × %4 days × %5 months; power included")
                         .arg(Format::usd(*c.rentUsdPerHour), QLocale().toString(*c.rentHoursPerDay, 'f', 0),
                              a.rentalPattern == Costs::RentalPattern::Reserved ? tr("reserved")
                                                                                : tr("on demand, whole hours"),
                              QLocale().toString(Costs::kDaysPerMonth, 'f', 2))
                         .arg(a.horizonMonths)
                   : tr("Unknown: the model does not run, or the prompt speed is unknown");
    return c.priceLowUsd && c.energyUsdPerMonth
               ? tr("Purchase %1 (host included) + electricity %2 a month × %3 months")
                     .arg(Format::usd(*c.priceLowUsd), Format::usd(*c.energyUsdPerMonth))
                     .arg(a.horizonMonths)
               : tr("Unknown: %1")
                     .arg(Recommendation::optionWhyNot(o, {m_compare->side(0), m_compare->side(1)},
                                                       {m_compare->costs(0), m_compare->costs(1)}, a));
}

QString OptionsModel::status(int row) const
{
    const Decision::Choice &choice = m_compare->recommendation().decision.choice;
    const Decision::Option &o = choice.options.at(row);
    if (choice.winner == row)
        return choice.apiBeatenWithinShare ? tr("✓ Recommended (within 10 % of the API)") : tr("✓ Recommended");
    const Costs::SideCosts &c = m_compare->costs(Decision::sideOf(o.route));
    const Costs::Assumptions &a = m_compare->assumptions();
    if (Decision::isApi(o.route))
        return o.tcoUsd ? tr("Qualifies") : tr("✗ no API price");
    if (!o.qualifies) {
        const Estimate &e = c.estimate;
        if (!e.ok())
            return tr("✗ cannot be estimated");
        if (a.commercialUse && !m_compare->side(Decision::sideOf(o.route)).model.commercialUseAllowed())
            return tr("✗ licence");
        if (!e.runs())
            return tr("✗ %1").arg(verdictText(e.verdict).toLower());
        if (!c.answerSeconds)
            return tr("✗ prompt speed unknown");
        if (!*c.meetsAnswerFloor)
            return tr("✗ answers in %1").arg(Format::seconds(*c.answerSeconds));
        if (!c.meetsSpeedFloor)
            return tr("✗ decodes %1").arg(Format::rate(e.decodeTokS));
        if (c.capacityTokensPerDay && c.capacityShort)
            return tr("✗ serves %1 a day").arg(Format::tokens(*c.capacityTokensPerDay));
        return tr("✗ prompt speed unknown");
    }
    if (!o.tcoUsd) {
        switch (o.missing) {
        case Costs::MissingInput::BoxPrice: return tr("? no price");
        case Costs::MissingInput::HostPrice: return tr("? host price unknown");
        case Costs::MissingInput::Power: return tr("? power unknown");
        case Costs::MissingInput::None: break;
        }
        return tr("? cost unknown");
    }
    return tr("Qualifies");
}

QVariant OptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Recommendation::Result &r = m_compare->recommendation();
    const Decision::Result &d = r.decision;
    const int row = index.row();
    const Decision::Option &o = d.choice.options.at(row);
    const std::array<Costs::Side, 2> sides{m_compare->side(0), m_compare->side(1)};
    const std::array<Costs::SideCosts, 2> costs{m_compare->costs(0), m_compare->costs(1)};
    const bool won = d.choice.winner == row;
    if (role == BetterRole) // one mark on the row, not one per cell
        return won && index.column() == OptionColumn;
    if (role == IdRole)
        return Decision::routeKey(o.route);
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case CostColumn: return o.tcoUsd ? QVariant(*o.tcoUsd) : QVariant();
        case SpeedColumn: return o.decodeTokS ? QVariant(*o.decodeTokS) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case OptionColumn: return Recommendation::optionLabel(o.route, sides, m_compare->assumptions());
        case CostColumn: return o.tcoUsd ? Format::usd(*o.tcoUsd) : QStringLiteral("—");
        case RangeColumn:
            return d.tcoLowUsd.at(row) && d.tcoHighUsd.at(row)
                       ? Format::usdRange(*d.tcoLowUsd.at(row), *d.tcoHighUsd.at(row))
                       : QStringLiteral("—");
        case SpeedColumn:
            if (Decision::isApi(o.route))
                return tr("not compared");
            return o.decodeTokS ? Format::rate(o.decodeTokS) + (o.extrapolated ? tr(" (extrapolated)") : QString())
                                : QStringLiteral("—");
        case StatusColumn: return status(row);
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case OptionColumn: {
            const Costs::Side &s = sides[Decision::sideOf(o.route)];
            if (Decision::isApi(o.route) && s.api && s.apiStandsIn && !m_compare->assumptions().apiUsdPerMillionTokens)
                return tr("%1 through %2 stands in: no API serves %3")
                    .arg(s.api->modelId, s.api->provider, s.model.name);
            return Recommendation::optionLabel(o.route, sides, m_compare->assumptions());
        }
        case CostColumn: return costTip(row);
        case RangeColumn:
            return tr("The lowest and highest cost over every corner of the quoted price ranges and the decode and "
                      "prompt-speed ranges");
        case SpeedColumn:
            return Decision::isApi(o.route) ? tr("An API's speed is the provider's: it is not compared")
                                            : tr("Single-sequence decode at the compared context");
        case StatusColumn: {
            if (won)
                return m_compare->recommendation().headline;
            const QString why = Recommendation::optionWhyNot(o, sides, costs, m_compare->assumptions());
            return why.isEmpty() ? tr("Runs the model, meets the floor and serves the workload") : why;
        }
        default: return {};
        }
    }
    return {};
}

QVariant OptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case OptionColumn: return tr("Way to get the tokens");
    case CostColumn: return tr("Cost over %n month(s)", nullptr, m_compare->assumptions().horizonMonths);
    case RangeColumn: return tr("Range");
    case SpeedColumn: return tr("Speed");
    case StatusColumn: return tr("Qualifies?");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Headroom
