<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Headroom::BandwidthChart</name>
    <message numerus="yes">
        <source>%1 · %2 · %3 context · %4 KV cache · %5 of %n box(es) run it</source>
        <translation>
            <numerusform>%1 · %2 · %3 context · %4 KV cache · %5 of %n box run it</numerusform>
            <numerusform>%1 · %2 · %3 context · %4 KV cache · %5 of %n boxes run it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::BudgetAdvisor</name>
    <message numerus="yes">
        <source>%n pair(s) run, best first. Boxes without a known price are left out.</source>
        <translation>
            <numerusform>%n pair run, best first. Boxes without a known price are left out.</numerusform>
            <numerusform>%n pairs run, best first. Boxes without a known price are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::CatalogActions</name>
    <message numerus="yes">
        <source>%n entry(s) identical to yours, left as they are.</source>
        <translation>
            <numerusform>%n entry identical to yours, left as it is.</numerusform>
            <numerusform>%n entries identical to yours, left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n entry(s) new</source>
        <translation>
            <numerusform>Imported %1: %n new entry</numerusform>
            <numerusform>Imported %1: %n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replaced</source>
        <translation>
            <numerusform>, %n replaced</numerusform>
            <numerusform>, %n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::CompareModel</name>
    <message numerus="yes">
        <source>Output tokens a day at %n sequence(s): 24 h ÷ (decode time per token + prefill of its %1 uncached input tokens)</source>
        <translation>
            <numerusform>Output tokens a day at %n sequence: 24 h ÷ (decode time per token + prefill of its %1 uncached input tokens)</numerusform>
            <numerusform>Output tokens a day at %n sequences: 24 h ÷ (decode time per token + prefill of its %1 uncached input tokens)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::FitMatrixModel</name>
    <message numerus="yes">
        <source>%1 holds at most %n GPU(s); the GPUs setting asks for %2. Set GPUs to “as sold” to see it.</source>
        <translation>
            <numerusform>%1 holds at most %n GPU; the GPUs setting asks for %2. Set GPUs to “as sold” to see it.</numerusform>
            <numerusform>%1 holds at most %n GPUs; the GPUs setting asks for %2. Set GPUs to “as sold” to see it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::MainWindow</name>
    <message numerus="yes">
        <source> · %n model(s)</source>
        <translation>
            <numerusform> · %n model</numerusform>
            <numerusform> · %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n box(es)</source>
        <translation>
            <numerusform> · %n box</numerusform>
            <numerusform> · %n boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::ModelEditor</name>
    <message numerus="yes">
        <source>The attention layers add up to more than the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>The attention layers add up to more than the model&apos;s %n layer.</numerusform>
            <numerusform>The attention layers add up to more than the model&apos;s %n layers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::ModelImport</name>
    <message numerus="yes">
        <source>%1: %2 layers, %3 B parameters (counted from its config), %n file size(s) from the Hub. Check the form and add it to your catalog.</source>
        <translation>
            <numerusform>%1: %2 layers, %3 B parameters (counted from its config), %n file size from the Hub. Check the form and add it to your catalog.</numerusform>
            <numerusform>%1: %2 layers, %3 B parameters (counted from its config), %n file sizes from the Hub. Check the form and add it to your catalog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::OptionsModel</name>
    <message numerus="yes">
        <source>Cost over %n month(s)</source>
        <translation>
            <numerusform>Cost over %n month</numerusform>
            <numerusform>Cost over %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::PointLabels</name>
    <message numerus="yes">
        <source>%n more: hover here</source>
        <translation>
            <numerusform>%n more: hover here</numerusform>
            <numerusform>%n more: hover here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::Recommendation</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on demand, %n hour(s) a day</source>
        <translation>
            <numerusform>on demand, %n hour a day</numerusform>
            <numerusform>on demand, %n hours a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::ScenarioActions</name>
    <message numerus="yes">
        <source>Opened “%1”; %n catalog entry(s) it was saved with differ from yours and were added as your own (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>Opened “%1”; %n catalog entry it was saved with differs from yours and was added as your own (Ctrl+Z removes it)</numerusform>
            <numerusform>Opened “%1”; %n catalog entries it was saved with differ from yours and were added as your own (Ctrl+Z removes them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::SelectedPair</name>
    <message numerus="yes">
        <source>
Constants of the &apos;%1&apos; class, fitted on %n published measurement(s); range from sources the fit never saw (Speed ▸ Check the speed model).</source>
        <translation>
            <numerusform>
Constants of the &apos;%1&apos; class, fitted on %n published measurement; range from sources the fit never saw (Speed ▸ Check the speed model).</numerusform>
            <numerusform>
Constants of the &apos;%1&apos; class, fitted on %n published measurements; range from sources the fit never saw (Speed ▸ Check the speed model).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>calibrated on your %n run(s)</source>
        <translation>
            <numerusform>calibrated on your %n run</numerusform>
            <numerusform>calibrated on your %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the routed experts of %n layer(s)</source>
        <translation>
            <numerusform>the routed experts of %n layer</numerusform>
            <numerusform>the routed experts of %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The routed experts of %n layer(s), %1, are more than the host can lend: %2 of its RAM after what the system keeps.</source>
        <translation>
            <numerusform>The routed experts of %n layer, %1, are more than the host can lend: %2 of its RAM after what the system keeps.</numerusform>
            <numerusform>The routed experts of %n layers, %1, are more than the host can lend: %2 of its RAM after what the system keeps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the routed experts of %n layer(s) (%1) in the host&apos;s RAM, %2 stays on the GPU, but %3 is usable.</source>
        <translation>
            <numerusform>With the routed experts of %n layer (%1) in the host&apos;s RAM, %2 stays on the GPU, but %3 is usable.</numerusform>
            <numerusform>With the routed experts of %n layers (%1) in the host&apos;s RAM, %2 stays on the GPU, but %3 is usable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::SpeedActions</name>
    <message numerus="yes">
        <source>%1: decode speeds × %2 from %n run(s)</source>
        <translation>
            <numerusform>%1: decode speeds × %2 from %n run</numerusform>
            <numerusform>%1: decode speeds × %2 from %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::SpeedCheckModel</name>
    <message numerus="yes">
        <source>Prompt processing: all %n measurements (publisher left out)</source>
        <translation>
            <numerusform>Prompt processing: the %n measurement (publisher left out)</numerusform>
            <numerusform>Prompt processing: all %n measurements (publisher left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n measurements</source>
        <translation>
            <numerusform>The %n measurement</numerusform>
            <numerusform>All %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
</context>
</TS>
