// libFuzzer target: the catalog loader (format 2: the built-in file, a user's catalog, imports).
#include "catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Headroom::CatalogLoader::fromJson(bytes);
    (void)Headroom::CatalogLoader::partFromJson(bytes);
    return 0;
}
