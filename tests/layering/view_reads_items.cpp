// Must build: what a view may include (value types, the item models, formatting). The control
// that shows the two refusals are refusals of the include, not of the fixture.
#include "estimate.h"
#include "fitmatrixmodel.h"
#include "format.h"

int viewReads()
{
    return Headroom::Format::bytes(1.0).isEmpty() ? 0 : 1;
}
