#include "estimate.h"

namespace Headroom {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Comfortable: return QStringLiteral("comfortable");
    case Verdict::Tight: return QStringLiteral("tight");
    case Verdict::NoFit: return QStringLiteral("no-fit");
    case Verdict::Hosted: return QStringLiteral("hosted");
    }
    return {};
}

} // namespace Headroom
