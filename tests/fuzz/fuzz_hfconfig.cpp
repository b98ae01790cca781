// libFuzzer target: the Hugging Face config.json reader (Python's JSON dialect included).
#include "hfconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Headroom::HfConfig::parse(bytes, QStringLiteral("fuzz"));
    return 0;
}
