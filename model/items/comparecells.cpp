// The words of each compare cell: its text, and the formula or source its tooltip shows.
#include "comparemodel.h"

#include "catalogstore.h"
#include "format.h"
#include "staleness.h"

namespace Headroom {

namespace {

// Rows whose values depend on the model a side runs: a percentage between two different models
// would compare the models, not the boxes.
bool dependsOnModel(int row)
{
    switch (CompareModel::Row(row)) {
    case CompareModel::WeightsRow:
    case CompareModel::KvRow:
    case CompareModel::HeadroomRow:
    case CompareModel::MaxContextRow:
    case CompareModel::DecodeRow:
    case CompareModel::PrefillRow:
    case CompareModel::AnswerRow:
    case CompareModel::UsdPerTokSRow:
    case CompareModel::EnergyRow:
    case CompareModel::CapacityRow:
    case CompareModel::TcoRow:
    case CompareModel::ApiTcoRow:
    case CompareModel::RentRow:
    case CompareModel::BreakevenRow: return true;
    default: return false;
    }
}

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

QString CompareModel::text(int row, int column) const
{
    if (column == RelativeColumn) {
        if (row == VerdictRow || row == ModelRow || row == DecodeRangeRow)
            return dash();
        const bool sameModel =
            m_sides[0].model.id == m_sides[1].model.id && m_costs[0].estimate.format == m_costs[1].estimate.format;
        if (dependsOnModel(row) && !sameModel)
            return tr("different model");
        const auto a = value(row, AColumn);
        const auto b = value(row, BColumn);
        if (!a || !b || *a == 0)
            return dash();
        return Format::change((*b - *a) / std::abs(*a) * 100);
    }
    const Costs::Side &s = m_sides[column];
    const Costs::SideCosts &c = m_costs[column];
    const Estimate &e = c.estimate;
    if (row == ModelRow)
        return tr("%1 (%2)").arg(s.model.name, e.ok() ? e.format.name : dash());
    if (!e.ok() && row == VerdictRow)
        return e.error->message;
    const auto v = value(row, column);
    switch (Row(row)) {
    case ModelRow: break;
    case HeadroomRow: return v ? Format::headroom(*v) : dash();
    case UsableRow:
    case WeightsRow:
    case KvRow: return v ? Format::bytes(*v) : dash();
    case BandwidthRow: return v ? Format::bandwidth(*v) : dash();
    case MsrpRow:
    case StreetRow: {
        const auto q = s.hardware.price(row == MsrpRow ? PriceQuote::Kind::Msrp : PriceQuote::Kind::Street);
        if (!q)
            return dash();
        // The date, and a sign when it is older than 90 days; the tooltip says how old.
        return tr("%1 (%2)").arg(Format::usdRange(q->lowUsd, q->highUsd), q->provenance.asOf) +
               (Staleness::isStale(q->provenance.asOf) ? QStringLiteral(" ⚠") : QString());
    }
    case HostRow:
        if (!s.host)
            return tr("none needed");
        return v ? tr("%1 · %2").arg(Format::usd(*v), s.host->name) : tr("%1 · price unknown").arg(s.host->name);
    case PowerRow: return v ? Format::watts(*v) : dash();
    case VerdictRow: return verdictText(e.verdict);
    case MaxContextRow: return tr("%1 tokens").arg(Format::tokens(e.maxContextTokens));
    // An extrapolated speed says so where it is read (table, figure, report), not in a tooltip alone.
    case DecodeRow: return v ? Format::rate(v) + (e.extrapolated ? tr(" (extrapolated)") : QString()) : dash();
    case DecodeRangeRow:
        return e.runs() ? tr("%1 – %2").arg(Format::rate(e.decodeLowTokS), Format::rate(e.decodeHighTokS)) : dash();
    case PrefillRow:
        return v ? tr("%1 (%2 – %3; %4)")
                       .arg(Format::seconds(*v), Format::seconds(e.ttftLowSeconds.value_or(*v)),
                            Format::seconds(e.ttftHighSeconds.value_or(*v)), Format::rate(e.prefillTokS))
                 : dash();
    case AnswerRow:
        // A box below the floor says so in its own column, not only in the sentence.
        if (!v)
            return dash();
        return c.meetsAnswerFloor.value_or(true)
                   ? Format::seconds(*v)
                   : tr("%1 ⚠ over the %2 floor")
                         .arg(Format::seconds(*v), Format::seconds(m_assumptions.answerWithinSeconds));
    case UsdPerTokSRow: return v ? tr("%1 per tok/s").arg(Format::usd(*v)) : dash();
    case UsdPerMemoryRow: return v ? tr("%1 per %2").arg(Format::usd(*v), Format::byteUnitName()) : dash();
    case EnergyRow: return v ? tr("%1 per M tokens").arg(Format::usd(*v)) : dash();
    case CapacityRow:
        return v ? tr("%1 a day").arg(Format::tokens(*v)) + (c.capacityShort ? QStringLiteral(" ⚠") : QString())
                 : dash();
    case TcoRow:
        // A box that cannot serve the day's tokens is costed for what it can serve: said beside it, so
        // the figure is never read against the API's price for more tokens.
        if (v && c.capacityShort && c.capacityTokensPerDay)
            return tr("%1 for %2 a day ⚠").arg(Format::usd(*v), Format::tokens(*c.capacityTokensPerDay));
        return v ? Format::usd(*v) : dash();
    case ApiTcoRow:
    case RentRow: return v ? Format::usd(*v) : dash();
    case BreakevenRow:
        if (v)
            return tr("%1 months").arg(QLocale().toString(*v, 'f', *v < 10 ? 1 : 0));
        if (c.capacityShort)
            return tr("cannot serve the daily tokens");
        if (c.rented)
            return tr("rented: nothing to pay back");
        return dash();
    case RowCount: break;
    }
    return {};
}

QString CompareModel::tip(int row, int column) const
{
    if (column == RelativeColumn)
        return dependsOnModel(row) ? tr("(B − A) ÷ A, only where both sides run the same model and weights")
                                   : tr("(B − A) ÷ A");
    const Costs::SideCosts &c = m_costs[column];
    const Estimate &e = c.estimate;
    switch (Row(row)) {
    case VerdictRow: return e.ok() ? comfortableRuleText() : e.error->message;
    case DecodeRow: {
        if (!e.runs())
            return tr("No speed: the model does not run on this box in this scenario.");
        QString text = tr("Single-sequence decode with the KV cache full at %1 tokens")
                           .arg(Format::tokens(m_sides[column].scenario.contextTokens));
        if (e.offloadedBytes > 0)
            text += tr("\n%1 of the weights in the host's RAM").arg(Format::bytes(e.offloadedBytes));
        if (e.measuredCalibration)
            text += tr("\nCalibrated on your llama-bench runs");
        if (e.extrapolated)
            text += tr("\nExtrapolated beyond the measurements the speed model is fitted on");
        return text;
    }
    case PrefillRow:
        return e.prefillTokS
                   ? tr("%1 prompt tokens ÷ prefill %2 (range %3 – %4): the matrix rate of the weights' path "
                        "(INT8 for quantized weights, FP16 otherwise) × the share llama.cpp reaches, plus one read "
                        "of all weights per micro-batch")
                         .arg(Format::tokens(m_sides[column].scenario.promptTokens), Format::rate(e.prefillTokS),
                              Format::rate(e.prefillLowTokS), Format::rate(e.prefillHighTokS))
                   : tr("The box's TFLOPS are not published, so prefill is unknown.");
    case AnswerRow:
        return c.answerSeconds ? tr("Time to first token + %1 answer tokens at the decode estimate; a box qualifies "
                                    "when this is within %2")
                                     .arg(Format::tokens(m_sides[column].scenario.answerTokens),
                                          Format::seconds(m_assumptions.answerWithinSeconds))
                               : tr("Unknown: the model does not run, or the box's prompt speed is unknown");
    case UsdPerTokSRow:
        if (!c.priceKind)
            return tr("No price known");
        return c.hostUsd ? tr("(Low purchase price (%1) + host %2) ÷ decode estimate")
                               .arg(Format::priceKindText(*c.priceKind), Format::usd(*c.hostUsd))
                         : tr("Low purchase price (%1) ÷ decode estimate").arg(Format::priceKindText(*c.priceKind));
    case HostRow: {
        const auto &host = m_sides[column].host;
        if (!host)
            return tr("A complete computer: no separate host to buy");
        return tr("A bare card needs a computer around it: its price and power count in the costs below; its RAM "
                  "(%1 at %2) holds what is offloaded.\nSource: %3 (as of %4)")
            .arg(Format::bytes(host->ramBytes), Format::bandwidth(host->ramBandwidthBytesPerSecond),
                 host->priceSource.isComplete() ? host->priceSource.source : host->ramSource.source,
                 host->priceSource.isComplete() ? host->priceSource.asOf : host->ramSource.asOf);
    }
    case PowerRow: {
        const auto &host = m_sides[column].host;
        return host && host->loadWatts ? tr("Under load, the box alone; the energy row adds the host's %1")
                                             .arg(Format::watts(*host->loadWatts))
                                       : tr("Under load");
    }
    case WeightsRow:
        if (!e.ok())
            return {};
        return e.embeddingInRamBytes > 0
                   ? tr("The %1 file; llama.cpp keeps its %2 token table in the host's RAM, so %3 sit on the GPU")
                         .arg(e.format.name, Format::bytes(e.embeddingInRamBytes),
                              Format::bytes(e.weightsOnDeviceBytes()))
                   : tr("The %1 file, all of it in the box's memory").arg(e.format.name);
    case UsdPerMemoryRow: return tr("Low purchase price ÷ usable memory in %1").arg(Format::byteUnitName());
    case EnergyRow: return tr("Power × seconds per million tokens ÷ 3.6 MJ/kWh × electricity price");
    case CapacityRow:
        return c.capacityTokensPerDay
                   ? tr("Output tokens a day at %n sequence(s): 24 h ÷ (decode time per token + prefill of its "
                        "%1 uncached input tokens)",
                        nullptr, m_sides[column].scenario.batch)
                         .arg(m_assumptions.inputPerOutput * (1 - m_assumptions.cacheHitShare), 0, 'f', 1)
                   : tr("Unknown: the model does not run, or the box's prompt speed is unknown");
    case TcoRow:
        if (c.rented)
            return tr("No purchase price: renting for %1 h a day billed (%2) over %3 months (power included)")
                .arg(QString::number(*c.rentHoursPerDay, 'f', 0),
                     m_assumptions.rentalPattern == Costs::RentalPattern::Reserved ? tr("reserved")
                                                                                   : tr("on demand, whole hours"))
                .arg(m_assumptions.horizonMonths);
        return tr("Purchase %1 + electricity over %2 months: load power for %3 h a day, idle power the rest")
            .arg(c.priceLowUsd ? Format::usd(*c.priceLowUsd) : dash())
            .arg(m_assumptions.horizonMonths)
            .arg(c.activeHoursPerDay ? QString::number(*c.activeHoursPerDay, 'f', 1) : dash());
    case ApiTcoRow: {
        const Costs::Side &s = m_sides[column];
        if (!c.apiTcoUsd)
            return tr("No API price known");
        if (m_assumptions.apiUsdPerMillionTokens)
            return tr("Your price, %1 per million output tokens, over %2 months")
                .arg(Format::usd(*m_assumptions.apiUsdPerMillionTokens))
                .arg(m_assumptions.horizonMonths);
        return tr("%1 through %2%3: output + %4 input tokens per output token, %5 of them cached, over %6 months")
            .arg(s.api->modelId, s.api->provider,
                 s.apiStandsIn ? tr(" (no API serves %1: the stand-in)").arg(s.model.name) : QString())
            .arg(m_assumptions.inputPerOutput, 0, 'g', 3)
            .arg(Format::percent(m_assumptions.cacheHitShare * 100))
            .arg(m_assumptions.horizonMonths);
    }
    case RentRow: {
        const Costs::Side &s = m_sides[column];
        if (!c.rentUsdPerMonth)
            return tr("No rental offer for this box in the catalog, or it does not run the model");
        return tr("%1 at %2 an hour for every GPU, %3 h a day billed (%4; the workload needs %5 h), over %6 months")
            .arg(s.rental->tier.isEmpty() ? s.rental->provider
                                          : QStringLiteral("%1 (%2)").arg(s.rental->provider, s.rental->tier),
                 c.rentUsdPerHour ? Format::usd(*c.rentUsdPerHour) : dash(),
                 QString::number(*c.rentHoursPerDay, 'f', 0),
                 m_assumptions.rentalPattern == Costs::RentalPattern::Reserved ? tr("reserved")
                                                                               : tr("on demand, whole hours"),
                 QString::number(*c.activeHoursPerDay, 'f', 1))
            .arg(m_assumptions.horizonMonths);
    }
    case BreakevenRow:
        return tr("Purchase price ÷ (monthly API cost %1 − monthly electricity %2). "
                  "Blank when the price is unknown, the model does not run, or the box never pays back.")
            .arg(c.apiUsdPerMonth ? Format::usd(*c.apiUsdPerMonth) : dash(),
                 c.energyUsdPerMonth ? Format::usd(*c.energyUsdPerMonth) : dash());
    case MsrpRow:
    case StreetRow: {
        const auto q =
            m_sides[column].hardware.price(row == MsrpRow ? PriceQuote::Kind::Msrp : PriceQuote::Kind::Street);
        if (!q)
            return tr("No price found");
        const QString warning = Staleness::priceWarning(q->provenance.asOf);
        return tr("Source: %1 (as of %2)").arg(q->provenance.source, q->provenance.asOf) +
               (warning.isEmpty() ? QString() : QStringLiteral("\n⚠ ") + warning);
    }
    default: return {};
    }
}

} // namespace Headroom
