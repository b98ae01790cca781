// CLI row, the review's contract breaks one by one: flags that do not apply, empty values,
// fractional token counts, the sliding window's bound, window flags, ids the screenshot cannot
// draw, and what import takes as its file.
#include "rows.h"

namespace Hostile {

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Case make(const QStringList &args, const Expect &e)
{
    Case c;
    c.name = args.join(QLatin1Char(' ')).left(160);
    c.args = args;
    c.expect = e;
    return c;
}

} // namespace

QList<Case> cliContractCases(const Context &)
{
    QList<Case> cases;
    const QString config = testData(QStringLiteral("hf-configs/mistral-small-24b.json"));
    // Flags that do not apply: exit 2 naming the flag, never ignored.
    const QList<std::pair<const char *, const char *>> notApplying = {
        {"estimate --model devstral-2 --hardware rtx-4090 --ram-gb 64", "--ram-gb"},
        {"estimate --model devstral-2 --hardware rtx-4090 --ram-bandwidth-gbs 100", "--ram-bandwidth-gbs"},
        {"estimate --model devstral-2 --hardware rtx-4090 --tflops 100", "--tflops"},
        {"estimate --model devstral-2 --hardware rtx-4090 --layers 32", "--layers"},
        {"estimate --model devstral-2 --hardware rtx-4090 --vendor amd", "--vendor"},
        {"compare --model nope --a-hardware rtx-pro-6000 --b-hardware dgx-spark --a-model devstral-2 --b-model "
         "gpt-oss-20b",
         "--model"},
        {"compare --model devstral-2 --a-hardware rtx-pro-6000 --b-hardware dgx-spark --a-model devstral-2 --b-model "
         "gpt-oss-20b",
         "--model"},
        {"compare --model nope --a-hardware rtx-pro-6000 --b-hardware dgx-spark --a-model devstral-2", "--model"},
        {"validate --rows --json", "--rows"},
        {"validate --catalog missing.json", "missing.json"},
        {"detect --catalog missing.json", "missing.json"},
        {"matrix --json -o x.csv", "--json"},
        {"matrix --json --format md", "--json"},
        {"export --chart compare --model devstral-2 --hardware rtx-pro-6000 --hardware dgx-spark --hardware rtx-4090 -o "
         "c.svg",
         "--hardware"},
        {"export --chart context --model devstral-2 --hardware rtx-pro-6000 --hardware dgx-spark -o c.svg",
         "--hardware"},
        {"export --chart quality --hardware rtx-pro-6000 --hardware dgx-spark -o c.svg", "--hardware"},
        {"export --chart quality --model nope --hardware rtx-pro-6000 -o c.svg", "--model"},
        {"export --chart bandwidth --model devstral-2 --electricity-usd-kwh 0.3 -o c.svg", "--electricity-usd-kwh"},
        {"export --chart memory --model devstral-2 --tokens-per-day 1M -o c.svg", "--tokens-per-day"},
        {"export --chart bandwidth --model devstral-2 --horizon-months 12 -o c.png", "--horizon-months"},
        {"export --chart bandwidth --model devstral-2 --scale 2 -o c.svg", "--scale"},
        {"export --chart bandwidth --model devstral-2 --scale 2 -o c.pdf", "--scale"},
        {"export --chart bandwidth --model devstral-2 --page letter -o c.png", "--page"},
        {"export --chart bandwidth --model devstral-2 --page a4 -o c.svg", "--page"},
        {"calibrate --hardware rtx-4090 --forget --model gpt-oss-20b", "--model"},
        {"calibrate --hardware rtx-4090 --forget", "--forget"},
        {"--size 800x600", "--size"},
        {"--size 800x600 --tab compare", "--size"},
    };
    for (const auto &[line, flag] : notApplying)
        cases << make(words(line), refused({QLatin1String(flag)}));
    cases << make({QStringLiteral("import"), config, QStringLiteral("--timeout"), QStringLiteral("5")},
                  refused({QStringLiteral("--timeout")}));
    cases << make({QStringLiteral("import"), config, QStringLiteral("--catalog"), QStringLiteral("missing.json")},
                  refused({QStringLiteral("missing.json")}));
    // Empty values are not the flag left out.
    const QList<std::pair<const char *, const char *>> empty = {
        {"matrix -o", "-o"},
        {"matrix --format", "--format"},
        {"export --chart bandwidth --model devstral-2 -o c.pdf --page", "--page"},
        {"export --chart bandwidth -o c.svg --model", "--model"},
        {"estimate --hardware rtx-4090 --model", "--model"},
        {"compare --model devstral-2 --a-hardware rtx-pro-6000 --b-hardware dgx-spark --a-model", "--a-model"},
        {"calibrate --hardware rtx-4090 --forget --model", "--model"},
        {"estimate --model devstral-2 --hardware rtx-4090 --quant", "--quant"},
        {"report --model devstral-2 --a-hardware rtx-pro-6000 --b-hardware dgx-spark -o r.pdf --lang", "--lang"},
        {"--screenshot s.png --tab", "--tab"},
        {"--screenshot s.png --model", "--model"},
    };
    for (const auto &[line, flag] : empty) {
        for (const char *value : {"", " "})
            cases << make(words(line) << QLatin1String(value), refused({QLatin1String(flag)}));
    }
    // Token lengths are whole: 0.3k is 307.2 tokens, refused; 1.5k is 1,536, taken.
    const QList<QStringList> places = {
        words("estimate --model devstral-2 --hardware rtx-4090"),
        words("compare --model devstral-2 --a-hardware rtx-pro-6000 --b-hardware dgx-spark"),
        words("matrix"),
        words("--screenshot s.png"),
    };
    for (const QStringList &place : places) {
        for (const char *flag : {"--context", "--prompt", "--answer"}) {
            for (const char *bad : {"0.3k", "1.0001k", "0.1M", "2.7", "100.5"})
                cases << make(place + QStringList{QLatin1String(flag), QLatin1String(bad)},
                              refused({QLatin1String(flag)}));
            for (const char *good : {"1.5k", "0.5k", "2k"})
                cases << make(place + QStringList{QLatin1String(flag), QLatin1String(good)},
                              either({QLatin1String(flag)}));
        }
    }
    // A workload count is decimal (contracts.md): 2M is 2,000,000 and 0.3k is 300, taken; a fraction
    // of a token is still refused.
    for (const char *bad : {"0.0003k", "1.0000001M", "0.5"})
        cases << make(places.at(1) + QStringList{QStringLiteral("--tokens-per-day"), QLatin1String(bad)},
                      refused({QStringLiteral("--tokens-per-day")}));
    for (const char *good : {"0.3k", "1.0001M", "2M"})
        cases << make(places.at(1) + QStringList{QStringLiteral("--tokens-per-day"), QLatin1String(good)}, succeeds());
    // The sliding window takes what --help states, and names itself when out of bounds.
    const QStringList adHoc = words("estimate --params-total 7 --layers 32 --kv-heads 8 --head-dim 128 --hardware "
                                    "rtx-4090 --swa-layers 16 --swa-window");
    for (const char *good : {"100001", "200000", "16777216", "4096", "16M"})
        cases << make(adHoc + QStringList{QLatin1String(good)}, succeeds());
    for (const char *bad : {"16777217", "0", "17M", "1e9"})
        cases << make(adHoc + QStringList{QLatin1String(bad)}, refused({QStringLiteral("--swa-window")}));
    // A screenshot draws the built-in catalog: the user's own ids are not there to draw.
    for (const char *flag : {"--hardware", "--model"}) {
        Case c = make({QStringLiteral("--screenshot"), QStringLiteral("s.png"), QLatin1String(flag),
                       QLatin1String(QByteArray(flag) == "--model" ? "my-model" : "my-box")},
                      refused({QLatin1String(flag)}));
        c.setup = [](const QString &dir) { writeFile(dataDir(dir) + QStringLiteral("/catalog.json"), ownCatalog()); };
        cases << c;
        Case own = make({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("my-model"),
                         QStringLiteral("--hardware"), QStringLiteral("my-box"), QStringLiteral("--json")},
                        succeeds());
        own.setup = c.setup;
        cases << own;
    }
    // What import takes as its file.
    for (const char *target : {"hf:", "hf:org", "hf:org/", "hf:/name", "hf:org/name/x", "hf:org/../x", "hf:org/name\n",
                               "hf:org/na me", "hf:.org/name", "x.GGUF", "x.safetensors", "missing.json", "-x"}) {
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("import"), QString::fromUtf8(target)};
            if (json)
                args << QStringLiteral("--json");
            cases << make(args, refused({}));
        }
    }
    cases << make({QStringLiteral("import")}, refused({QStringLiteral("import")}));
    cases << make({QStringLiteral("import"), QString()}, refused({QStringLiteral("import")}));
    Case stdinConfig = make({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--json")}, succeeds());
    stdinConfig.input = readAll(config);
    cases << stdinConfig;
    Case stdinJunk = make({QStringLiteral("import"), QStringLiteral("-")}, refused({QStringLiteral("standard input")}));
    stdinJunk.input = QByteArray("\x00\x01{{{not json", 15);
    cases << stdinJunk;
    return cases;
}

} // namespace Hostile
