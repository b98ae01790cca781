// The catalog's models as an item model, one per row, every value with its source.
#include "modeltablemodel.h"

#include "catalogstore.h"
#include "format.h"
#include "roles.h"

namespace Headroom {

namespace {

QString scoreText(const std::optional<BenchmarkScore> &score)
{
    if (!score)
        return QStringLiteral("—");
    // The article's marks: * vendor-reported.
    return Format::percent(score->percent) + (score->vendorReported ? QStringLiteral("*") : QString());
}

QString scoreTip(const std::optional<BenchmarkScore> &score, const QString &exam)
{
    if (!score)
        return ModelTableModel::tr("No %1 score found.").arg(exam);
    QString tip = ModelTableModel::tr("%1: %2%3\n%4\nSource: %5 (as of %6)")
                      .arg(exam, Format::percent(score->percent),
                           score->vendorReported ? ModelTableModel::tr(" (vendor-reported)") : QString(), score->note,
                           score->provenance.source, score->provenance.asOf);
    return tip;
}

QString provenanceTip(const QString &what, const Provenance &p)
{
    QString tip = ModelTableModel::tr("%1\nSource: %2 (as of %3)").arg(what, p.source, p.asOf);
    if (p.isEstimated())
        tip += ModelTableModel::tr("\nEstimated from %1").arg(p.estimatedFrom);
    return tip;
}

} // namespace

ModelTableModel::ModelTableModel(const CatalogStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &CatalogStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &CatalogStore::reset, this, [this] { endResetModel(); });
    connect(store, &CatalogStore::modelChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    // Each model's "runs on" is computed over every box: a box's change may move any of them.
    connect(store, &CatalogStore::hardwareChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, SelfHostColumn), index(rowCount() - 1, SelfHostColumn));
    });
}

const ModelSpec *ModelTableModel::modelAt(int row) const noexcept
{
    return row >= 0 && row < m_store->modelCount() ? &m_store->model(row) : nullptr;
}

int ModelTableModel::rowOf(const QString &id) const noexcept
{
    return m_store->modelRow(id);
}

int ModelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->modelCount();
}

int ModelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelSpec &m = m_store->model(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() >= TotalParamsColumn && index.column() <= SweProColumn;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case TotalParamsColumn: return m.paramsTotal;
        case ActiveParamsColumn: return m.paramsActive;
        case MaxContextColumn: return m.maxContext;
        case NameColumn: return m.name;
        case SweVerifiedColumn: return m.sweVerified ? QVariant(m.sweVerified->percent) : QVariant();
        case SweProColumn: return m.swePro ? QVariant(m.swePro->percent) : QVariant();
        case SelfHostColumn: return m_store->selfHost(index.row()).singleBox;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case NameColumn: return m.user ? QString(m.name + QStringLiteral(" ✎")) : m.name;
        case LabColumn: return m.lab;
        case TotalParamsColumn: return Format::params(m.paramsTotal);
        case ActiveParamsColumn: return m.isMoe() ? Format::params(m.paramsActive) : tr("dense");
        case MaxContextColumn: return Format::tokens(m.maxContext);
        case SweVerifiedColumn: return scoreText(m.sweVerified);
        case SweProColumn: return scoreText(m.swePro);
        case LicenceColumn: return m.licence;
        case SelfHostColumn: return m_store->selfHost(index.row()).text;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return QString(tr("%1 — %2 (%3), released %4").arg(m.name, m.lab, m.country, m.released) +
                           originTip(m_store->modelOrigin(m.id), tr("model")));
        case TotalParamsColumn:
        case ActiveParamsColumn: {
            QString tip = provenanceTip(tr("Every parameter stays resident; only active ones are read per token."),
                                        m.paramsSource);
            if (m.lookupTable)
                tip += QStringLiteral("\n\n") +
                       provenanceTip(tr("Plus a lookup table of %1, resident beside the weights; %2")
                                         .arg(Format::params(m.lookupTable->params),
                                              m.lookupTable->readPerToken ? tr("read in full per token")
                                                                          : tr("a token reads only a few of its rows")),
                                     m.lookupTable->provenance);
            return tip;
        }
        case MaxContextColumn: return provenanceTip(tr("Attention layout and maximum context"), m.geometrySource);
        case SweVerifiedColumn: return scoreTip(m.sweVerified, tr("SWE-bench Verified"));
        case SweProColumn: return scoreTip(m.swePro, tr("SWE-bench Pro (a harder exam: never compare with Verified)"));
        case SelfHostColumn:
            return tr("Computed: among the catalog's boxes (each as sold) where the model is tight or comfortable at "
                      "32K context, the one with the least usable memory, then the lowest price; at the model's "
                      "native format and at Q4_K_M. Single box: one computer, not a node or boxes on a network.");
        case LicenceColumn: {
            QString tip = provenanceTip(
                m.licence + (m.trainingHardware.isEmpty() ? QString() : tr("\nTrained on: %1").arg(m.trainingHardware)),
                m.licenceSource);
            if (!m.commercialUse)
                return QString(tip + tr("\n\nCommercial use: terms unknown"));
            const QString value = m.commercialUse->value == CommercialUse::Value::Yes  ? tr("yes")
                                  : m.commercialUse->value == CommercialUse::Value::No ? tr("no")
                                                                                       : tr("under conditions");
            return QString(tip + QStringLiteral("\n\n") +
                           provenanceTip(tr("Commercial use: %1 (%2)").arg(value, m.commercialUse->note),
                                         m.commercialUse->provenance));
        }
        default: return {};
        }
    }
    return {};
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Model");
    case LabColumn: return tr("Lab");
    case TotalParamsColumn: return tr("Total");
    case ActiveParamsColumn: return tr("Active");
    case MaxContextColumn: return tr("Max context");
    case SweVerifiedColumn: return tr("SWE-bench Verified");
    case SweProColumn: return tr("SWE-bench Pro");
    case LicenceColumn: return tr("Licence");
    case SelfHostColumn: return tr("Runs on");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Headroom
