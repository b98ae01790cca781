// Must NOT build: a view computing a pair itself. Views read what the session and the item models
// computed; the engine is not on their include path (tests/layering/check.sh).
#include "engine.h"

int viewComputes()
{
    return Headroom::Engine::overheadBytes(1, 1, 1, 1, 1) > 0;
}
