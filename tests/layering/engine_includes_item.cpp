// Must NOT build: the engine reaching up to an item model. The physics knows nothing of Qt's
// models or the session (tests/layering/check.sh).
#include "fitmatrixmodel.h"

int engineKnowsItems()
{
    return Headroom::FitMatrixModel::staticMetaObject.className() != nullptr;
}
