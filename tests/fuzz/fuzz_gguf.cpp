// libFuzzer target: the GGUF header reader and the model derived from it, on arbitrary bytes.
#include "ggufimport.h"
#include "ggufreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Headroom::Gguf::Result r = Headroom::Gguf::read(buffer, quint64(size));
    if (r.header)
        (void)Headroom::GgufImport::fromHeaders({*r.header}, {QStringLiteral("fuzz.gguf")});
    return 0;
}
