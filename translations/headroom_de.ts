<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Headroom::AdvisorModel</name>
    <message>
        <source>%1 (Pro)</source>
        <translation>%1 (Pro)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>SWE-bench Pro only: ranked apart, never against Verified scores.</source>
        <translation>Nur SWE-bench Pro: getrennt gereiht, nie gegen Verified-Werte.</translation>
    </message>
    <message>
        <source>SWE-bench Verified%1</source>
        <translation>SWE-bench Verified%1</translation>
    </message>
    <message>
        <source>, vendor-reported</source>
        <translation>, Herstellerangabe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>SWE-bench</source>
        <translation>SWE-bench</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>%1 free at %2</source>
        <translation>%1 frei bei %2</translation>
    </message>
    <message>
        <source>room to %1</source>
        <translation>Platz bis %1</translation>
    </message>
    <message>
        <source>%1 tokens in %2</source>
        <translation>%1 Tokens in %2</translation>
    </message>
    <message>
        <source>MoE reads %1 of %2</source>
        <translation>MoE liest %1 von %2</translation>
    </message>
    <message>
        <source>Time to first token: the %1-token prompt at the box&apos;s prefill speed</source>
        <translation>Zeit bis zum ersten Token: der Prompt mit %1 Token bei der Prefill-Geschwindigkeit der Box</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>Headroom::AdvisorRanking</name>
    <message>
        <source>The budget&apos;s upper end is below its lower end.</source>
        <translation>Das Budget-Maximum liegt unter dem Minimum.</translation>
    </message>
</context>
<context>
    <name>Headroom::BandwidthChart</name>
    <message>
        <source>Selected</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Komfortabel</translation>
    </message>
    <message>
        <source>Tight or offload</source>
        <translation>Knapp/ausgelagert</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Memory bandwidth, GB/s (log)</source>
        <translation>Speicherbandbreite, GB/s (log.)</translation>
    </message>
    <message>
        <source>Decode, tokens/s (log)</source>
        <translation>Dekodierung, Token/s (log.)</translation>
    </message>
    <message>
        <source>Ceiling (dashed): bandwidth ÷ bytes read per token, the most any box can reach. Estimate (solid): the calibration of a discrete CUDA card at each bandwidth. Points: boxes that run the model (✓ comfortable, ! tight); boxes that do not run it have no speed and are left out.</source>
        <translation>Obergrenze (gestrichelt): Bandbreite ÷ pro Token gelesene Bytes, mehr schafft keine Box. Schätzung (durchgezogen): die Kalibrierung einer diskreten CUDA-Karte bei jeder Bandbreite. Punkte: Boxen, die das Modell ausführen (✓ komfortabel, ! knapp); Boxen, die es nicht ausführen, haben keine Geschwindigkeit und fehlen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 context · %4 KV cache · %5 of %n box(es) run it</source>
        <translation>
            <numerusform>%1 · %2 · %3 Kontext · %4-KV-Cache · läuft auf %5 von %n Box</numerusform>
            <numerusform>%1 · %2 · %3 Kontext · %4-KV-Cache · läuft auf %5 von %n Boxen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::BoxEditor</name>
    <message>
        <source>Headroom&apos;s default rule</source>
        <translation>Headrooms Standardregel</translation>
    </message>
    <message>
        <source>Host computer around the card</source>
        <translation>Host-Rechner um die Karte</translation>
    </message>
    <message>
        <source>Add a box</source>
        <translation>Box hinzufügen</translation>
    </message>
    <message>
        <source>Box: %1</source>
        <translation>Box: %1</translation>
    </message>
    <message>
        <source>Discrete GPU(s)</source>
        <translation>Eigenständige GPU(s)</translation>
    </message>
    <message>
        <source>Unified memory (CPU and GPU share it)</source>
        <translation>Gemeinsamer Speicher (CPU und GPU teilen ihn)</translation>
    </message>
    <message>
        <source>Multi-GPU node</source>
        <translation>Multi-GPU-Knoten</translation>
    </message>
    <message>
        <source>The runtime family whose measured efficiency calibrates decode speed</source>
        <translation>Die Laufzeitfamilie, deren gemessene Effizienz die Decode-Geschwindigkeit kalibriert</translation>
    </message>
    <message>
        <source>entered in Headroom</source>
        <translation>in Headroom eingegeben</translation>
    </message>
    <message>
        <source>Where the values you change come from (a quote, a datasheet URL): saved with them</source>
        <translation>Woher die geänderten Werte stammen (ein Angebot, eine Datenblatt-URL): wird mit ihnen gespeichert</translation>
    </message>
    <message>
        <source>None: a complete computer</source>
        <translation>Keiner: ein vollständiger Rechner</translation>
    </message>
    <message>
        <source>A new host…</source>
        <translation>Ein neuer Host …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Devices:</source>
        <translation>&amp;Geräte:</translation>
    </message>
    <message>
        <source>&amp;Link between devices:</source>
        <translation>&amp;Verbindung zwischen Geräten:</translation>
    </message>
    <message>
        <source>&amp;Memory per device:</source>
        <translation>&amp;Speicher je Gerät:</translation>
    </message>
    <message>
        <source>&amp;Usable per device:</source>
        <translation>&amp;Nutzbar je Gerät:</translation>
    </message>
    <message>
        <source>Memory &amp;bandwidth per device:</source>
        <translation>Speicher&amp;bandbreite je Gerät:</translation>
    </message>
    <message>
        <source>&amp;Compute per device (FP16, FP32 accumulate):</source>
        <translation>&amp;Rechenleistung je Gerät (FP16, FP32-Akkumulation):</translation>
    </message>
    <message>
        <source>Power under &amp;load:</source>
        <translation>Leistung unter &amp;Last:</translation>
    </message>
    <message>
        <source>Power at &amp;idle:</source>
        <translation>Leistung im Le&amp;erlauf:</translation>
    </message>
    <message>
        <source>&amp;Price (street):</source>
        <translation>&amp;Preis (Straßenpreis):</translation>
    </message>
    <message>
        <source>&amp;Source of your values:</source>
        <translation>&amp;Quelle Ihrer Werte:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>System RAM:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>RAM bandwidth (for offload):</source>
        <translation>RAM-Bandbreite (für Auslagerung):</translation>
    </message>
    <message>
        <source>Power under load:</source>
        <translation>Leistung unter Last:</translation>
    </message>
    <message>
        <source>Power at idle:</source>
        <translation>Leistung im Leerlauf:</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>Headroom could not detect the memory: enter it.</source>
        <translation>Headroom konnte den Speicher nicht erkennen: bitte eingeben.</translation>
    </message>
    <message>
        <source>Headroom could not detect the memory bandwidth and found no catalog box like this one: enter it from the vendor’s datasheet.</source>
        <translation>Headroom konnte die Speicherbandbreite nicht erkennen und fand keine solche Box im Katalog: bitte aus dem Datenblatt des Herstellers eingeben.</translation>
    </message>
    <message>
        <source>No tool reports the system RAM’s bandwidth: enter it (dual-channel DDR5-5600 is about 90 GB/s), or choose no host.</source>
        <translation>Kein Werkzeug meldet die Bandbreite des Arbeitsspeichers: bitte eingeben (Dual-Channel-DDR5-5600 hat etwa 90 GB/s) oder keinen Host wählen.</translation>
    </message>
    <message>
        <source>Give the box a name.</source>
        <translation>Geben Sie der Box einen Namen.</translation>
    </message>
    <message>
        <source>Usable memory cannot be more than the memory.</source>
        <translation>Nutzbarer Speicher kann nicht größer als der Speicher sein.</translation>
    </message>
    <message>
        <source>Give the host a name.</source>
        <translation>Geben Sie dem Host einen Namen.</translation>
    </message>
    <message>
        <source>default share of unified memory</source>
        <translation>Standardanteil des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Usable &amp;setting:</source>
        <translation>Nutzbar-&amp;Einstellung:</translation>
    </message>
    <message>
        <source>That leaves %1 GiB usable per device: enter the usable memory yourself, or more memory.</source>
        <translation>Das lässt %1 GiB nutzbar pro Gerät: Geben Sie den nutzbaren Speicher selbst ein oder mehr Speicher.</translation>
    </message>
    <message>
        <source>the whole memory (the runtime counts as overhead; llama.cpp --fit&apos;s 1 GiB free is inside the comfortable margin)</source>
        <translation>der ganze Speicher (die Laufzeit zählt als Overhead; das 1 GiB, das llama.cpp --fit frei hält, liegt in der komfortablen Reserve)</translation>
    </message>
</context>
<context>
    <name>Headroom::BudgetAdvisor</name>
    <message>
        <source>Single box only</source>
        <translation>Nur Einzelbox</translation>
    </message>
    <message>
        <source> tok/s</source>
        <translation> Tok/s</translation>
    </message>
    <message>
        <source>Use as box &amp;A</source>
        <translation>Als Box &amp;A verwenden</translation>
    </message>
    <message>
        <source>Use as box &amp;B</source>
        <translation>Als Box &amp;B verwenden</translation>
    </message>
    <message>
        <source>Budget from</source>
        <translation>Budget von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Comfortable only</source>
        <translation>Nur komfortabel</translation>
    </message>
    <message>
        <source>Default 8.3 tok/s: a 500-token answer within 60 seconds</source>
        <translation>Vorgabe 8,3 Tok/s: eine Antwort mit 500 Tokens in 60 Sekunden</translation>
    </message>
    <message>
        <source>As released</source>
        <translation>Wie veröffentlicht</translation>
    </message>
    <message>
        <source>Leave out pairs that fit only tightly (less than the comfortable margin free)</source>
        <translation>Paare weglassen, die nur knapp passen (weniger frei als die komfortable Reserve)</translation>
    </message>
    <message>
        <source>Compare this pick with its context, weights and KV cache</source>
        <translation>Diese Wahl mit ihrem Kontext, ihren Gewichten und ihrem KV-Cache vergleichen</translation>
    </message>
    <message>
        <source> comfortably</source>
        <translation> komfortabel</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) run, best first. Boxes without a known price are left out.</source>
        <translation>
            <numerusform>%n Paar läuft, das beste zuerst. Boxen ohne bekannten Preis fehlen.</numerusform>
            <numerusform>%n Paare laufen, das beste zuerst. Boxen ohne bekannten Preis fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking %1 pairs…</source>
        <translation>%1 Paare werden gereiht …</translation>
    </message>
    <message>
        <source>%1 pairs run; the best %2 are listed, best first. Boxes without a known price are left out.</source>
        <translation>%1 Paare laufen; die besten %2 sind aufgeführt, die besten zuerst. Boxen ohne bekannten Preis fehlen.</translation>
    </message>
    <message>
        <source>Prompt tokens before the answer: sets the time to first token column</source>
        <translation>Prompt-Token vor der Antwort: bestimmen die Spalte „Erstes Token“</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>Kommerzielle Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Leave out models whose weights&apos; licence does not allow commercial use without conditions</source>
        <translation>Modelle weglassen, deren Gewichte-Lizenz keine kommerzielle Nutzung ohne Bedingungen erlaubt</translation>
    </message>
    <message>
        <source>Leave out boxes joined over a network (2× DGX Spark); a multi-GPU node is one box</source>
        <translation>Boxen auslassen, die über ein Netzwerk verbunden sind (2× DGX Spark); ein Multi-GPU-Knoten ist eine Box</translation>
    </message>
    <message>
        <source>The floor the compare view holds a box to: the prompt&apos;s prefill plus the answer within this many seconds. A box whose prompt speed is unknown cannot show it, and is left out.</source>
        <translation>Die Untergrenze, die auch der Vergleich ansetzt: Prefill des Prompts plus Antwort in so vielen Sekunden. Eine Box mit unbekannter Prompt-Geschwindigkeit kann das nicht zeigen und wird ausgelassen.</translation>
    </message>
    <message>
        <source>answer within</source>
        <translation>Antwort in</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs within this budget, speed, answer time and context%1. Try a wider budget, a lower floor or a shorter context.</source>
        <translation>Nichts im Katalog läuft%1 mit diesem Budget, dieser Geschwindigkeit, Antwortzeit und diesem Kontext. Versuchen Sie ein größeres Budget, eine niedrigere Untergrenze oder einen kürzeren Kontext.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>Headroom::CalibrationChart</name>
    <message>
        <source>Measured = predicted</source>
        <translation>Gemessen = vorhergesagt</translation>
    </message>
    <message>
        <source>Shown range</source>
        <translation>Angezeigte Spanne</translation>
    </message>
    <message>
        <source>Publications (source held out)</source>
        <translation>Veröffentlichungen (Quelle zurückgehalten)</translation>
    </message>
    <message>
        <source>Your llama-bench runs</source>
        <translation>Ihre llama-bench-Läufe</translation>
    </message>
    <message>
        <source>Predicted (tokens/s, log scale)</source>
        <translation>Vorhergesagt (Token/s, logarithmisch)</translation>
    </message>
    <message>
        <source>Measured (tokens/s, log scale)</source>
        <translation>Gemessen (Token/s, logarithmisch)</translation>
    </message>
    <message>
        <source>A point on the line was predicted exactly; above it, the box was faster than predicted. Between the dashed lines: the range Headroom shows beside every speed.</source>
        <translation>Ein Punkt auf der Linie wurde genau vorhergesagt; darüber war die Box schneller als vorhergesagt. Zwischen den gestrichelten Linien: die Spanne, die Headroom neben jeder Geschwindigkeit zeigt.</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>Prompt-Verarbeitung</translation>
    </message>
    <message>
        <source>Predicted against measured speed: decode and prompt processing</source>
        <translation>Vorhergesagte gegen gemessene Geschwindigkeit: Decode und Prompt-Verarbeitung</translation>
    </message>
</context>
<context>
    <name>Headroom::CatalogActions</name>
    <message>
        <source>New: %1.</source>
        <translation>Neu: %1.</translation>
    </message>
    <message>
        <source>Replaces what you have: %1.</source>
        <translation>Ersetzt Vorhandenes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) identical to yours, left as they are.</source>
        <translation>
            <numerusform>%n Eintrag gleicht Ihrem und bleibt, wie er ist.</numerusform>
            <numerusform>%n Einträge gleichen Ihren und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a &amp;box…</source>
        <translation>&amp;Box hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit box…</source>
        <translation>Box &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>D&amp;uplicate box…</source>
        <translation>Box d&amp;uplizieren …</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>Box &amp;löschen</translation>
    </message>
    <message>
        <source>Add a &amp;model…</source>
        <translation>&amp;Modell hinzufügen …</translation>
    </message>
    <message>
        <source>Edit m&amp;odel…</source>
        <translation>M&amp;odell bearbeiten …</translation>
    </message>
    <message>
        <source>Duplicate mode&amp;l…</source>
        <translation>Mode&amp;ll duplizieren …</translation>
    </message>
    <message>
        <source>Delete mode&amp;l</source>
        <translation>Mode&amp;ll löschen</translation>
    </message>
    <message>
        <source>Add &amp;this computer…</source>
        <translation>&amp;Diesen Rechner hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Import a catalog file…</source>
        <translation>Katalogdatei &amp;importieren …</translation>
    </message>
    <message>
        <source>E&amp;xport your catalog…</source>
        <translation>Ihren Katalog e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Detect this computer&apos;s GPUs and memory and add it as a box, to compare what you have with what you might buy</source>
        <translation>GPUs und Speicher dieses Rechners erkennen und ihn als Box hinzufügen, um Vorhandenes mit einem möglichen Kauf zu vergleichen</translation>
    </message>
    <message>
        <source>Your own boxes, models and overrides, as a catalog file others can import</source>
        <translation>Ihre eigenen Boxen, Modelle und Änderungen als Katalogdatei, die andere importieren können</translation>
    </message>
    <message>
        <source>Import a catalog file</source>
        <translation>Katalogdatei importieren</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>Katalogdateien (*.json)</translation>
    </message>
    <message>
        <source>Export your catalog</source>
        <translation>Ihren Katalog exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation>„%1“ &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>D&amp;uplicate “%1”…</source>
        <translation>„%1“ d&amp;uplizieren …</translation>
    </message>
    <message>
        <source>&amp;Reset “%1” to the built-in values</source>
        <translation>„%1“ auf die eingebauten Werte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>„%1“ &amp;löschen</translation>
    </message>
    <message>
        <source>Edit m&amp;odel “%1”…</source>
        <translation>M&amp;odell „%1“ bearbeiten …</translation>
    </message>
    <message>
        <source>Duplicate mode&amp;l “%1”…</source>
        <translation>Mode&amp;ll „%1“ duplizieren …</translation>
    </message>
    <message>
        <source>Reset mode&amp;l “%1” to the built-in values</source>
        <translation>Mode&amp;ll „%1“ auf die eingebauten Werte zurücksetzen</translation>
    </message>
    <message>
        <source>Delete mode&amp;l “%1”</source>
        <translation>Mode&amp;ll „%1“ löschen</translation>
    </message>
    <message>
        <source>add box %1</source>
        <translation>Box %1 hinzufügen</translation>
    </message>
    <message>
        <source>edit box %1</source>
        <translation>Box %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>duplicate box %1</source>
        <translation>Box %1 duplizieren</translation>
    </message>
    <message>
        <source>delete box %1</source>
        <translation>Box %1 löschen</translation>
    </message>
    <message>
        <source>reset box %1</source>
        <translation>Box %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back)</source>
        <translation>%1 gelöscht (Strg+Z holt es zurück)</translation>
    </message>
    <message>
        <source>%1 has its built-in values again</source>
        <translation>%1 hat wieder die eingebauten Werte</translation>
    </message>
    <message>
        <source>add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
    <message>
        <source>edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <source>duplicate model %1</source>
        <translation>Modell %1 duplizieren</translation>
    </message>
    <message>
        <source>delete model %1</source>
        <translation>Modell %1 löschen</translation>
    </message>
    <message>
        <source>reset model %1</source>
        <translation>Modell %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Looking at this computer’s GPUs and memory…</source>
        <translation>GPUs und Speicher dieses Rechners werden ermittelt …</translation>
    </message>
    <message>
        <source>Add this computer</source>
        <translation>Diesen Rechner hinzufügen</translation>
    </message>
    <message>
        <source>Headroom found no GPU it can read here (it asks nvidia-smi, rocm-smi and the system). Add the box by hand with Catalog → Add a box.</source>
        <translation>Headroom fand hier keine lesbare GPU (gefragt werden nvidia-smi, rocm-smi und das System). Fügen Sie die Box von Hand hinzu: Katalog → Box hinzufügen.</translation>
    </message>
    <message>
        <source>Found %1; enter what could not be detected</source>
        <translation>%1 gefunden; geben Sie ein, was nicht erkannt wurde</translation>
    </message>
    <message>
        <source>Found %1; bandwidth and power come from the catalog’s %2</source>
        <translation>%1 gefunden; Bandbreite und Leistung stammen von %2 aus dem Katalog</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 holds nothing new</source>
        <translation>%1 enthält nichts Neues</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n entry(s) new</source>
        <translation>
            <numerusform>%1 importiert: %n Eintrag neu</numerusform>
            <numerusform>%1 importiert: %n Einträge neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replaced</source>
        <translation>
            <numerusform>, %n ersetzt</numerusform>
            <numerusform>, %n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Headroom::CatalogPane</name>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Modelle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search hardware</source>
        <translation>Hardware suchen</translation>
    </message>
    <message>
        <source>&amp;Fits selected box</source>
        <translation>&amp;Passt auf gewählte Box</translation>
    </message>
    <message>
        <source>Only models that run on the selected box in this scenario</source>
        <translation>Nur Modelle, die in diesem Szenario auf der gewählten Box laufen</translation>
    </message>
    <message>
        <source>Single box &amp;only</source>
        <translation>Nur &amp;eine Box</translation>
    </message>
    <message>
        <source>Any vendor</source>
        <translation>Jeder Hersteller</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Show boxes whose total memory lies in this range (0 = no limit)</source>
        <translation>Boxen zeigen, deren Gesamtspeicher in diesem Bereich liegt (0 = keine Grenze)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation>Spei&amp;cher:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1 stays selected; the filters above hide it.</source>
        <translation>%1 bleibt ausgewählt; die Filter oben blenden es aus.</translation>
    </message>
    <message>
        <source>Co&amp;mmercial use allowed</source>
        <translation>Ko&amp;mmerzielle Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Only models whose weights&apos; licence allows commercial use without conditions; a model&apos;s hosted API is a separate contract</source>
        <translation>Nur Modelle, deren Gewichte-Lizenz kommerzielle Nutzung ohne Bedingungen erlaubt; die gehostete API eines Modells ist ein eigener Vertrag</translation>
    </message>
</context>
<context>
    <name>Headroom::CatalogStore</name>
    <message>
        <source>
✎ Your own %1 (Catalog menu: edit or delete)</source>
        <translation>
✎ Ihr eigener Eintrag (%1; Menü Katalog: bearbeiten oder löschen)</translation>
    </message>
    <message>
        <source>
✎ A built-in %1 with your changes (Catalog menu: reset to the built-in values)</source>
        <translation>
✎ Eingebauter Eintrag (%1) mit Ihren Änderungen (Menü Katalog: auf die eingebauten Werte zurücksetzen)</translation>
    </message>
</context>
<context>
    <name>Headroom::ChartFigure</name>
    <message>
        <source>%1 · %2 · %3 context · %4 KV cache</source>
        <translation>%1 · %2 · %3 Kontext · %4-KV-Cache</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 · %4 KV cache</source>
        <translation>%1 auf %2 · %3 · %4-KV-Cache</translation>
    </message>
    <message>
        <source>%1: decode speed follows memory bandwidth</source>
        <translation>%1: Decode-Tempo folgt der Speicherbandbreite</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> gegen </translation>
    </message>
    <message>
        <source>%1: memory needed against memory usable</source>
        <translation>%1: benötigter gegen nutzbaren Speicher</translation>
    </message>
    <message>
        <source>%1 on %2: memory and speed as the context grows</source>
        <translation>%1 auf %2: Speicher und Tempo bei wachsendem Kontext</translation>
    </message>
    <message>
        <source>Coding quality against speed on %1</source>
        <translation>Coding-Qualität gegen Tempo auf %1</translation>
    </message>
    <message>
        <source>decode efficiency %1% of bandwidth (given)</source>
        <translation>Decode-Effizienz %1 % der Bandbreite (vorgegeben)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Assumptions: %1 weights (%2 bits/weight), %3 tokens of context, %4 KV cache, %5 sequence(s); %6. Speeds are single-sequence estimates, never above bandwidth ÷ bytes read per token.</source>
        <translation>Annahmen: %1-Gewichte (%2 Bit/Gewicht), %3 Tokens Kontext, %4-KV-Cache, %5 Sequenz(en); %6. Tempi sind Schätzungen für eine Sequenz, nie über Bandbreite ÷ gelesene Bytes pro Token.</translation>
    </message>
    <message>
        <source> size</source>
        <translation> Größe</translation>
    </message>
    <message>
        <source> attention</source>
        <translation> Attention</translation>
    </message>
    <message>
        <source>SWE-bench scores: per model in &apos;headroom catalog --json&apos;, vendor-reported where marked</source>
        <translation>SWE-bench-Werte: je Modell in „headroom catalog --json“, Herstellerangaben markiert</translation>
    </message>
    <message>
        <source> bandwidth</source>
        <translation> Bandbreite</translation>
    </message>
    <message>
        <source>all other boxes: &apos;headroom catalog --json&apos; (catalog as of %1)</source>
        <translation>alle anderen Boxen: „headroom catalog --json“ (Katalog Stand %1)</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>decode speed fitted on published llama.cpp measurements per runtime (bandwidth efficiency %1)</source>
        <translation>Decode-Geschwindigkeit angepasst an veröffentlichte llama.cpp-Messungen je Laufzeitumgebung (Bandbreiten-Effizienz %1)</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 auf %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source> price</source>
        <translation> Preis</translation>
    </message>
    <message>
        <source>API prices (%1)</source>
        <translation>API-Preise (%1)</translation>
    </message>
    <message>
        <source> · the first %1 of the %2 boxes given</source>
        <translation> · die ersten %1 der %2 angegebenen Boxen</translation>
    </message>
    <message>
        <source> · %1 of %2 boxes: those that run it, smallest first, then the nearest misses</source>
        <translation> · %1 von %2 Boxen: die es ausführen, die kleinste zuerst, dann die knappsten Fehlschläge</translation>
    </message>
</context>
<context>
    <name>Headroom::CompareModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 per tok/s</source>
        <translation>%1 pro Tok/s</translation>
    </message>
    <message>
        <source>%1 per M tokens</source>
        <translation>%1 pro Mio. Tokens</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>cannot serve the daily tokens</source>
        <translation>schafft die Tagesmenge nicht</translation>
    </message>
    <message>
        <source>(B − A) ÷ A</source>
        <translation>(B − A) ÷ A</translation>
    </message>
    <message>
        <source>Low purchase price (%1) ÷ decode estimate</source>
        <translation>Niedrigster Kaufpreis (%1) ÷ Decode-Schätzung</translation>
    </message>
    <message>
        <source>Power × seconds per million tokens ÷ 3.6 MJ/kWh × electricity price</source>
        <translation>Leistung × Sekunden pro Million Tokens ÷ 3,6 MJ/kWh × Strompreis</translation>
    </message>
    <message>
        <source>Source: %1 (as of %2)</source>
        <translation>Quelle: %1 (Stand %2)</translation>
    </message>
    <message>
        <source>No price found</source>
        <translation>Kein Preis gefunden</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>B vs A</source>
        <translation>B gegen A</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>Nutzbarer Speicher</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Price (MSRP)</source>
        <translation>Preis (UVP)</translation>
    </message>
    <message>
        <source>Price (street)</source>
        <translation>Preis (Markt)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistungsaufnahme</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>Größter Kontext</translation>
    </message>
    <message>
        <source>Decode estimate</source>
        <translation>Decode-Schätzung</translation>
    </message>
    <message>
        <source>Decode range</source>
        <translation>Decode-Spanne</translation>
    </message>
    <message>
        <source>Price per tok/s</source>
        <translation>Preis pro Tok/s</translation>
    </message>
    <message>
        <source>Energy per M tokens</source>
        <translation>Energie pro Mio. Tokens</translation>
    </message>
    <message>
        <source>Break-even vs API</source>
        <translation>Amortisation gegen API</translation>
    </message>
    <message>
        <source>different model</source>
        <translation>anderes Modell</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>(B − A) ÷ A, only where both sides run the same model and weights</source>
        <translation>(B − A) ÷ A, nur wo beide Seiten dasselbe Modell mit denselben Gewichten nutzen</translation>
    </message>
    <message>
        <source>Single-sequence decode with the KV cache full at %1 tokens</source>
        <translation>Decode einer Sequenz mit vollem KV-Cache bei %1 Tokens</translation>
    </message>
    <message>
        <source>No speed: the model does not run on this box in this scenario.</source>
        <translation>Kein Tempo: Das Modell läuft in diesem Szenario nicht auf dieser Box.</translation>
    </message>
    <message>
        <source>No price known</source>
        <translation>Kein Preis bekannt</translation>
    </message>
    <message>
        <source>Low purchase price ÷ usable memory in %1</source>
        <translation>Niedriger Kaufpreis ÷ nutzbarer Speicher in %1</translation>
    </message>
    <message>
        <source>Purchase price ÷ (monthly API cost %1 − monthly electricity %2). Blank when the price is unknown, the model does not run, or the box never pays back.</source>
        <translation>Kaufpreis ÷ (monatliche API-Kosten %1 − monatlicher Strom %2). Leer, wenn der Preis unbekannt ist, das Modell nicht läuft oder sich die Box nie bezahlt macht.</translation>
    </message>
    <message>
        <source>Model (weights)</source>
        <translation>Modell (Gewichte)</translation>
    </message>
    <message>
        <source>Price per memory</source>
        <translation>Preis pro Speicher</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>keiner nötig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · price unknown</source>
        <translation>%1 · Preis unbekannt</translation>
    </message>
    <message>
        <source>(Low purchase price (%1) + host %2) ÷ decode estimate</source>
        <translation>(Niedriger Kaufpreis (%1) + Host %2) ÷ Decode-Schätzung</translation>
    </message>
    <message>
        <source>A complete computer: no separate host to buy</source>
        <translation>Ein vollständiger Rechner: kein eigener Host nötig</translation>
    </message>
    <message>
        <source>A bare card needs a computer around it: its price and power count in the costs below; its RAM (%1 at %2) holds what is offloaded.
Source: %3 (as of %4)</source>
        <translation>Eine einzelne Karte braucht einen Rechner drumherum: sein Preis und seine Leistung zählen in den Kosten unten; sein RAM (%1 bei %2) nimmt Ausgelagertes auf.
Quelle: %3 (Stand %4)</translation>
    </message>
    <message>
        <source>Under load, the box alone; the energy row adds the host&apos;s %1</source>
        <translation>Unter Last, die Box allein; die Energiezeile rechnet die %1 des Hosts hinzu</translation>
    </message>
    <message>
        <source>Under load</source>
        <translation>Unter Last</translation>
    </message>
    <message>
        <source>Host computer</source>
        <translation>Host-Rechner</translation>
    </message>
    <message>
        <source>
%1 of the weights in the host&apos;s RAM</source>
        <translation>
%1 der Gewichte im RAM des Host-Rechners</translation>
    </message>
    <message>
        <source>
Calibrated on your llama-bench runs</source>
        <translation>
Kalibriert mit Ihren llama-bench-Läufen</translation>
    </message>
    <message>
        <source>
Extrapolated beyond the measurements the speed model is fitted on</source>
        <translation>
Über die Messungen hinaus extrapoliert, an die das Tempomodell angepasst ist</translation>
    </message>
    <message>
        <source>The box&apos;s TFLOPS are not published, so prefill is unknown.</source>
        <translation>Die TFLOPS der Box sind nicht veröffentlicht, daher ist der Prefill unbekannt.</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 am Tag</translation>
    </message>
    <message numerus="yes">
        <source>Output tokens a day at %n sequence(s): 24 h ÷ (decode time per token + prefill of its %1 uncached input tokens)</source>
        <translation>
            <numerusform>Ausgabe-Token am Tag bei %n Sequenz: 24 h ÷ (Decode-Zeit pro Token + Prefill seiner %1 nicht gecachten Eingabe-Token)</numerusform>
            <numerusform>Ausgabe-Token am Tag bei %n Sequenzen: 24 h ÷ (Decode-Zeit pro Token + Prefill seiner %1 nicht gecachten Eingabe-Token)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: the model does not run, or the box&apos;s prompt speed is unknown</source>
        <translation>Unbekannt: das Modell läuft nicht, oder die Prompt-Geschwindigkeit der Box ist unbekannt</translation>
    </message>
    <message>
        <source>Purchase %1 + electricity over %2 months: load power for %3 h a day, idle power the rest</source>
        <translation>Kauf %1 + Strom über %2 Monate: Lastleistung für %3 h am Tag, Leerlaufleistung den Rest</translation>
    </message>
    <message>
        <source>No API price known</source>
        <translation>Kein API-Preis bekannt</translation>
    </message>
    <message>
        <source>Your price, %1 per million output tokens, over %2 months</source>
        <translation>Ihr Preis, %1 pro Million Ausgabe-Token, über %2 Monate</translation>
    </message>
    <message>
        <source>%1 through %2%3: output + %4 input tokens per output token, %5 of them cached, over %6 months</source>
        <translation>%1 über %2%3: Ausgabe + %4 Eingabe-Token pro Ausgabe-Token, davon %5 gecacht, über %6 Monate</translation>
    </message>
    <message>
        <source> (no API serves %1: the stand-in)</source>
        <translation> (keine API bietet %1 an: ersatzweise)</translation>
    </message>
    <message>
        <source>Tokens it can serve</source>
        <translation>Bedienbare Token</translation>
    </message>
    <message>
        <source>Cost of ownership</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>API, same tokens</source>
        <translation>API, dieselben Token</translation>
    </message>
    <message>
        <source>No rental offer for this box in the catalog, or it does not run the model</source>
        <translation>Kein Mietangebot für diese Box im Katalog, oder sie führt das Modell nicht aus</translation>
    </message>
    <message>
        <source>Rent it instead</source>
        <translation>Stattdessen mieten</translation>
    </message>
    <message>
        <source>rented: nothing to pay back</source>
        <translation>gemietet: nichts abzuzahlen</translation>
    </message>
    <message>
        <source>%1 (%2 – %3; %4)</source>
        <translation>%1 (%2 – %3; %4)</translation>
    </message>
    <message>
        <source>%1 prompt tokens ÷ prefill %2 (range %3 – %4): the matrix rate of the weights&apos; path (INT8 for quantized weights, FP16 otherwise) × the share llama.cpp reaches, plus one read of all weights per micro-batch</source>
        <translation>%1 Prompt-Tokens ÷ Prefill %2 (Bereich %3 – %4): die Matrixrate des Rechenwegs der Gewichte (INT8 für quantisierte Gewichte, sonst FP16) × der Anteil, den llama.cpp erreicht, plus ein Lesen aller Gewichte je Mikro-Batch</translation>
    </message>
    <message>
        <source> (extrapolated)</source>
        <translation> (extrapoliert)</translation>
    </message>
    <message>
        <source>%1 for %2 a day ⚠</source>
        <translation>%1 für %2 am Tag ⚠</translation>
    </message>
    <message>
        <source>No purchase price: renting for %1 h a day billed (%2) over %3 months (power included)</source>
        <translation>Kein Kaufpreis: Miete für %1 h am Tag abgerechnet (%2) über %3 Monate (Strom inklusive)</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>on demand, whole hours</source>
        <translation>auf Abruf, ganze Stunden</translation>
    </message>
    <message>
        <source>%1 at %2 an hour for every GPU, %3 h a day billed (%4; the workload needs %5 h), over %6 months</source>
        <translation>%1 zu %2 pro Stunde für alle GPUs, %3 h am Tag abgerechnet (%4; die Arbeitslast braucht %5 h), über %6 Monate</translation>
    </message>
    <message>
        <source>%1 ⚠ over the %2 floor</source>
        <translation>%1 ⚠ über der Untergrenze von %2</translation>
    </message>
    <message>
        <source>Time to first token + %1 answer tokens at the decode estimate; a box qualifies when this is within %2</source>
        <translation>Zeit bis zum ersten Token + %1 Antwort-Tokens bei der Decode-Schätzung; eine Box erfüllt die Bedingung, wenn das innerhalb von %2 liegt</translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>The %1 file; llama.cpp keeps its %2 token table in the host&apos;s RAM, so %3 sit on the GPU</source>
        <translation>Die %1-Datei; llama.cpp hält ihre Token-Tabelle (%2) im RAM des Hosts, also liegen %3 auf der GPU</translation>
    </message>
    <message>
        <source>The %1 file, all of it in the box&apos;s memory</source>
        <translation>Die %1-Datei, ganz im Speicher der Box</translation>
    </message>
</context>
<context>
    <name>Headroom::CompareView</name>
    <message>
        <source>Same context for both</source>
        <translation>Gleicher Kontext für beide</translation>
    </message>
    <message>
        <source> per kWh</source>
        <translation> pro kWh</translation>
    </message>
    <message>
        <source> tokens/day</source>
        <translation> Tokens/Tag</translation>
    </message>
    <message>
        <source> per M tokens</source>
        <translation> pro Mio. Tokens</translation>
    </message>
    <message>
        <source>&amp;Swap A ↔ B</source>
        <translation>A ↔ B &amp;tauschen</translation>
    </message>
    <message>
        <source>Cheapest box for &amp;A</source>
        <translation>Günstigste Box für &amp;A</translation>
    </message>
    <message>
        <source>Cheapest box for &amp;B</source>
        <translation>Günstigste Box für &amp;B</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 auf %3</translation>
    </message>
    <message>
        <source>Tokens read before answering (a file, a diff): fills the prefill-time row where the box&apos;s compute is known</source>
        <translation>Tokens, die vor der Antwort gelesen werden (eine Datei, ein Diff): füllt die Prefill-Zeile, wo die Rechenleistung der Box bekannt ist</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Sequences served at once: more of them raise the tokens a box makes per day (and its KV cache), which decides whether it can replace the API</source>
        <translation>Gleichzeitig bediente Sequenzen: mehr davon erhöhen die Tokens pro Tag (und den KV-Cache) und entscheiden, ob die Box die API ersetzen kann</translation>
    </message>
    <message>
        <source>Se&amp;quences:</source>
        <translation>Se&amp;quenzen:</translation>
    </message>
    <message>
        <source>each model&apos;s own API prices</source>
        <translation>API-Preise des jeweiligen Modells</translation>
    </message>
    <message>
        <source>An all-in price per million output tokens; below zero, each model&apos;s own API offer in the catalog (input, cached input and output prices, with the workload&apos;s %1 input tokens per output token, %2 cached)</source>
        <translation>Ein Gesamtpreis pro Million Ausgabe-Token; unter null das eigene API-Angebot jedes Modells im Katalog (Preise für Eingabe, gecachte Eingabe und Ausgabe, mit %1 Eingabe-Token pro Ausgabe-Token, davon %2 gecacht)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>The cost of ownership covers this long: purchase, and electricity at the workload</source>
        <translation>So lange reichen die Gesamtkosten: Kauf und Strom bei dieser Last</translation>
    </message>
    <message>
        <source>&amp;over</source>
        <translation>&amp;über</translation>
    </message>
    <message>
        <source>The lowest-priced box (host included), other than B&apos;s, that runs A&apos;s model comfortably at the speed floor or faster</source>
        <translation>Die günstigste Box (mit Host-Rechner), außer der von B, die das Modell von A komfortabel und mindestens mit der Mindestgeschwindigkeit ausführt</translation>
    </message>
    <message>
        <source>The lowest-priced box (host included), other than A&apos;s, that runs B&apos;s model comfortably at the speed floor or faster</source>
        <translation>Die günstigste Box (mit Host-Rechner), außer der von A, die das Modell von B komfortabel und mindestens mit der Mindestgeschwindigkeit ausführt</translation>
    </message>
    <message>
        <source>No priced box other than the other side&apos;s runs %1 comfortably at %2 tokens and %3.</source>
        <translation>Keine Box mit Preis außer der der anderen Seite führt %1 komfortabel bei %2 Token und %3 aus.</translation>
    </message>
    <message>
        <source>Lowest purchase price (host included) among the boxes other than the other side&apos;s that run %1 comfortably at %2 or faster: %3</source>
        <translation>Niedrigster Kaufpreis (mit Host-Rechner) unter den Boxen außer der der anderen Seite, die %1 komfortabel mit %2 oder schneller ausführen: %3</translation>
    </message>
    <message>
        <source>Speed against bandwidth</source>
        <translation>Geschwindigkeit und Bandbreite</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kosten über die Zeit</translation>
    </message>
    <message>
        <source>A coding agent reads far more than it writes: each answer brings the files, the diff and the conversation again. Prefill and API input prices follow from it.</source>
        <translation>Ein Coding-Agent liest weit mehr, als er schreibt: Jede Antwort bringt die Dateien, den Diff und das Gespräch erneut mit. Prefill und API-Eingabepreise folgen daraus.</translation>
    </message>
    <message>
        <source>Input seen before (the same context again): APIs bill it at the cached-input price and a box does not prefill it again</source>
        <translation>Schon gesehene Eingabe (derselbe Kontext erneut): APIs berechnen sie zum Preis für zwischengespeicherte Eingabe, und eine Box muss sie nicht erneut vorfüllen</translation>
    </message>
    <message>
        <source>A bare card needs a computer around it; its price counts in the cost of ownership. Set a price to replace the catalog&apos;s host price for both sides.</source>
        <translation>Eine einzelne Karte braucht einen Rechner drumherum; sein Preis zählt zu den Gesamtkosten. Ein Preis hier ersetzt den Host-Preis des Katalogs für beide Seiten.</translation>
    </message>
    <message>
        <source>Agent traffic:</source>
        <translation>Agenten-Verkehr:</translation>
    </message>
    <message>
        <source> input per output token</source>
        <translation> Eingabe je Ausgabe-Token</translation>
    </message>
    <message>
        <source>% cached</source>
        <translation> % im Cache</translation>
    </message>
    <message>
        <source>catalog host per card</source>
        <translation>Host je Karte laut Katalog</translation>
    </message>
    <message>
        <source>Co&amp;mmercial use</source>
        <translation>Ko&amp;mmerzielle Nutzung</translation>
    </message>
    <message>
        <source>The tokens are for a business: buying or renting a box for a model whose weights&apos; licence says no, or sets conditions, does not qualify (its API may)</source>
        <translation>Die Tokens sind für ein Unternehmen: Eine Box für ein Modell zu kaufen oder zu mieten, dessen Gewichtslizenz das verbietet oder an Bedingungen knüpft, kommt nicht in Frage (seine API vielleicht schon)</translation>
    </message>
    <message>
        <source> s for an answer</source>
        <translation> s für eine Antwort</translation>
    </message>
    <message>
        <source>The floor a box must meet: the prompt&apos;s prefill plus the answer (each side&apos;s answer tokens) within this many seconds. Default %1 s.</source>
        <translation>Die Untergrenze, die eine Box erfüllen muss: Prefill des Prompts plus Antwort (die Antwort-Tokens jeder Seite) in so vielen Sekunden. Standard %1 s.</translation>
    </message>
    <message>
        <source> tok/s decode at least</source>
        <translation> tok/s Decode mindestens</translation>
    </message>
    <message>
        <source>no decode floor</source>
        <translation>keine Decode-Untergrenze</translation>
    </message>
    <message>
        <source>An extra floor on decode speed alone, on top of the answer time; at zero, none</source>
        <translation>Eine zusätzliche Untergrenze nur für die Decode-Geschwindigkeit, zusätzlich zur Antwortzeit; bei null keine</translation>
    </message>
    <message>
        <source>Rent on demand</source>
        <translation>Mieten auf Abruf</translation>
    </message>
    <message>
        <source>Rent reserved</source>
        <translation>Mieten reserviert</translation>
    </message>
    <message>
        <source>How a rented box is billed: on demand for the hours the workload needs, rounded up to whole hours a day (at least one); reserved around the clock</source>
        <translation>Wie eine gemietete Box abgerechnet wird: auf Abruf für die Stunden, die die Arbeitslast braucht, auf ganze Stunden am Tag aufgerundet (mindestens eine); reserviert rund um die Uhr</translation>
    </message>
    <message>
        <source>Electricity, host:</source>
        <translation>Strom, Host:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Untergrenze:</translation>
    </message>
    <message>
        <source>API, renting:</source>
        <translation>API, Miete:</translation>
    </message>
</context>
<context>
    <name>Headroom::ContextChart</name>
    <message>
        <source>Context length (K tokens, log scale)</source>
        <translation>Kontextlänge (K Tokens, logarithmisch)</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>Decode-Tempo (Tokens/s)</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>Speicher (%1)</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>Größter passender Kontext</translation>
    </message>
    <message>
        <source>Current context</source>
        <translation>Aktueller Kontext</translation>
    </message>
    <message>
        <source>Decode tok/s (right)</source>
        <translation>Decode Tok/s (rechts)</translation>
    </message>
    <message>
        <source>Beyond the model&apos;s context</source>
        <translation>Jenseits des Modellkontexts</translation>
    </message>
</context>
<context>
    <name>Headroom::ContextSweepModel</name>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>Headroom::CostChart</name>
    <message>
        <source>Paid for itself</source>
        <translation>Amortisiert</translation>
    </message>
    <message>
        <source>Months after purchase</source>
        <translation>Monate nach dem Kauf</translation>
    </message>
    <message>
        <source>Cumulative cost (US$)</source>
        <translation>Kosten (US$)</translation>
    </message>
    <message>
        <source>A box: purchase (with its host computer) + electricity per month × months, the box at load for the hours the workload needs and idle the rest. API: the same output tokens, with their input and cached input, at the API&apos;s prices × months. Where a box&apos;s line crosses below its API line it has paid for itself.</source>
        <translation>Eine Box: Kaufpreis (mit Host-Rechner) + Strom pro Monat × Monate, unter Last für die Stunden, die die Arbeitslast braucht, sonst im Leerlauf. API: dieselben Ausgabe-Token mit ihrer Eingabe und zwischengespeicherten Eingabe zu den API-Preisen × Monate. Wo die Linie einer Box unter ihre API-Linie fällt, hat sie sich bezahlt gemacht.</translation>
    </message>
    <message>
        <source>%1, bought</source>
        <translation>%1, gekauft</translation>
    </message>
    <message>
        <source>API, same tokens</source>
        <translation>API, gleiche Token</translation>
    </message>
    <message>
        <source>API for %1&apos;s model</source>
        <translation>API für das Modell von %1</translation>
    </message>
    <message>
        <source>Cloud API at %1 per million output tokens</source>
        <translation>Cloud-API zu %1 pro Million Ausgabe-Token</translation>
    </message>
    <message>
        <source>%1&apos;s API prices stand in: %2 has no API</source>
        <translation>Die API-Preise von %1 stehen stellvertretend: %2 hat keine API</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 pays for itself after %2 months</source>
        <translation>%1 macht sich nach %2 Monaten bezahlt</translation>
    </message>
    <message>
        <source>Cumulative cost over %1 months at %2 output tokens a day</source>
        <translation>Kumulierte Kosten über %1 Monate bei %2 Ausgabe-Token pro Tag</translation>
    </message>
    <message>
        <source>%1 (cannot serve)</source>
        <translation>%1 (reicht nicht)</translation>
    </message>
    <message>
        <source>%1, rented</source>
        <translation>%1, gemietet</translation>
    </message>
</context>
<context>
    <name>Headroom::ExplorePage</name>
    <message>
        <source>Fit &amp;matrix</source>
        <translation>Passungs-&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Bandwidth</source>
        <translation>&amp;Bandbreite</translation>
    </message>
    <message>
        <source>&amp;Context sweep</source>
        <translation>&amp;Kontextverlauf</translation>
    </message>
    <message>
        <source>&amp;Quality vs speed</source>
        <translation>&amp;Qualität gegen Tempo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Selected pair</source>
        <translation>Gewähltes Paar</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 · %4 KV cache</source>
        <translation>%1 auf %2 · %3 · %4-KV-Cache</translation>
    </message>
    <message>
        <source>Each cell: ✓ comfortable, ! tight, ↧ fits with CPU offload, ✗ does not fit (or the GPUs it needs), » beyond the model&apos;s context, ⊘ format not supported, “max N” the box holds fewer GPUs than asked; where the model runs, decode tok/s with the context full.</source>
        <translation>Jede Zelle: ✓ komfortabel, ! knapp, ↧ passt mit CPU-Auslagerung, ✗ passt nicht (oder die nötigen GPUs), » jenseits des Modellkontexts, ⊘ Format nicht unterstützt, „max. N“ die Box fasst weniger GPUs als verlangt; wo das Modell läuft, Decode-Token/s bei vollem Kontext.</translation>
    </message>
</context>
<context>
    <name>Headroom::ExportActions</name>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Export fit &amp;matrix…</source>
        <translation>Passungs-&amp;Matrix exportieren…</translation>
    </message>
    <message>
        <source>Budget &amp;report (PDF)…</source>
        <translation>Budget&amp;bericht (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print budget report…</source>
        <translation>Budgetbericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorbild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>PNG-Größe</translation>
    </message>
    <message>
        <source>Pixel scale (1× is 1200 × 800):</source>
        <translation>Pixelmaßstab (1× ist 1200 × 800):</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Diagramm in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Export fit matrix</source>
        <translation>Passungsmatrix exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;Markdown table (*.md)</source>
        <translation>CSV-Tabelle (*.csv);;Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <source>Budget report</source>
        <translation>Budgetbericht</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the budget report…</source>
        <translation>Budgetbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Headroom::Figure</name>
    <message>
        <source>Headroom %1 · exported %2 · estimates, not measurements: check with llama-bench on your own box</source>
        <translation>Headroom %1 · exportiert %2 · Schätzungen, keine Messungen: mit llama-bench auf der eigenen Box prüfen</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Quellen: </translation>
    </message>
    <message>
        <source>Cannot export to %1: use a .png, .svg or .pdf file name.</source>
        <translation>Export nach %1 nicht möglich: Dateiname auf .png, .svg oder .pdf verwenden.</translation>
    </message>
    <message>
        <source>Cannot export at scale %1: choose 1, 2 or 3.</source>
        <translation>Export mit Maßstab %1 nicht möglich: 1, 2 oder 3 wählen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Headroom::FitMatrixModel</name>
    <message>
        <source>no fit</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, %4 GPU(s))
%5: %6 needed of %7 usable (headroom %8)</source>
        <translation>%1 auf %2 (%3, %4 GPU(s))
%5: %6 benötigt von %7 nutzbar (Reserve %8)</translation>
    </message>
    <message>
        <source>
Decode ≈ %1 at a full context (ceiling %2)</source>
        <translation>
Decode ≈ %1 bei vollem Kontext (Obergrenze %2)</translation>
    </message>
    <message>
        <source>
Largest context that fits: %1 tokens</source>
        <translation>
Größter passender Kontext: %1 Tokens</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>
Needs %1 GPUs</source>
        <translation>
Braucht %1 GPUs</translation>
    </message>
    <message>
        <source>
Fits with offload: %1, with %2 of the weights in the host&apos;s RAM</source>
        <translation>
Passt mit Auslagerung: %1, mit %2 der Gewichte im RAM des Host-Rechners</translation>
    </message>
    <message>
        <source>
First token after %1</source>
        <translation>
Erstes Token nach %1</translation>
    </message>
    <message>
        <source>
Speed calibrated on your llama-bench runs</source>
        <translation>
Geschwindigkeit mit Ihren llama-bench-Läufen kalibriert</translation>
    </message>
    <message>
        <source>
Speed extrapolated beyond the measurements it is fitted on</source>
        <translation>
Geschwindigkeit über die Messungen hinaus extrapoliert, an die sie angepasst ist</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds at most %n GPU(s); the GPUs setting asks for %2. Set GPUs to “as sold” to see it.</source>
        <translation>
            <numerusform>%1 fasst höchstens %n GPU; die Einstellung GPUs verlangt %2. Stellen Sie GPUs auf „wie verkauft“, um die Box zu sehen.</numerusform>
            <numerusform>%1 fasst höchstens %n GPUs; die Einstellung GPUs verlangt %2. Stellen Sie GPUs auf „wie verkauft“, um die Box zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::Fixes</name>
    <message>
        <source>with %1 weights</source>
        <translation>mit %1-Gewichten</translation>
    </message>
    <message>
        <source>at the model&apos;s %1 context</source>
        <translation>beim Modellkontext von %1</translation>
    </message>
    <message>
        <source>with a q8_0 KV cache</source>
        <translation>mit einem q8_0-KV-Cache</translation>
    </message>
    <message>
        <source>at %1 tokens of context</source>
        <translation>bei %1 Tokens Kontext</translation>
    </message>
    <message>
        <source>with %1 GPUs</source>
        <translation>mit %1 GPUs</translation>
    </message>
    <message>
        <source>with %1 offloaded to system RAM</source>
        <translation>mit %1 in den Arbeitsspeicher ausgelagert</translation>
    </message>
</context>
<context>
    <name>Headroom::Format</name>
    <message>
        <source>MSRP</source>
        <translation>UVP</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Marktpreis</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <source>used</source>
        <translation>gebraucht</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Headroom::HardwareTableModel</name>
    <message>
        <source>No price found for this configuration.</source>
        <translation>Für diese Ausstattung wurde kein Preis gefunden.</translation>
    </message>
    <message>
        <source>%1
Source: %2 (as of %3)</source>
        <translation>%1
Quelle: %2 (Stand %3)</translation>
    </message>
    <message>
        <source>Memory per device × %1 device(s)</source>
        <translation>Speicher pro Gerät × %1 Gerät(e)</translation>
    </message>
    <message>
        <source>Memory bandwidth per device</source>
        <translation>Speicherbandbreite pro Gerät</translation>
    </message>
    <message>
        <source>Power under load</source>
        <translation>Leistungsaufnahme unter Last</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistungsaufnahme</translation>
    </message>
    <message>
        <source>Usable: %1
Double-click to enter your own value (Ctrl+Z undoes it).</source>
        <translation>Nutzbar: %1
Doppelklicken, um einen eigenen Wert einzugeben (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (as of %4)</source>
        <translation>%1: %2 — %3 (Stand %4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 device(s) as sold, up to %3</source>
        <translation>%1: %2 Gerät(e) ab Werk, bis zu %3</translation>
    </message>
    <message>
        <source>box</source>
        <translation>Box</translation>
    </message>
</context>
<context>
    <name>Headroom::HfImportDialog</name>
    <message>
        <source>Import from Hugging Face</source>
        <translation>Von Hugging Face importieren</translation>
    </message>
    <message>
        <source>A repository on the Hub: its config.json and the sizes of its files are fetched (HF_TOKEN for gated repositories, HF_ENDPOINT for a mirror)</source>
        <translation>Ein Repository auf dem Hub: seine config.json und die Größen seiner Dateien werden geholt (HF_TOKEN für geschützte Repositories, HF_ENDPOINT für einen Spiegel)</translation>
    </message>
    <message>
        <source>…or paste a config.json here</source>
        <translation>…oder hier eine config.json einfügen</translation>
    </message>
    <message>
        <source>&amp;Open a config.json…</source>
        <translation>config.json ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Give a repository id or a config.json.</source>
        <translation>Geben Sie eine Repository-ID oder eine config.json an.</translation>
    </message>
    <message>
        <source>Open a config.json</source>
        <translation>config.json öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>Headroom::Hints</name>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 mit %2 (%3)</translation>
    </message>
    <message>
        <source>no catalog box at %1</source>
        <translation>keine Box im Katalog mit %1</translation>
    </message>
    <message>
        <source>none at %1</source>
        <translation>keine mit %1</translation>
    </message>
    <message>
        <source>Smallest box at %1: %2</source>
        <translation>Kleinste Box bei %1: %2</translation>
    </message>
</context>
<context>
    <name>Headroom::Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Headroom::LimitSpinBox</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Headroom::MainWindow</name>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>Fit &amp;matrix</source>
        <translation>Passungs-&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Context sweep</source>
        <translation>&amp;Kontextverlauf</translation>
    </message>
    <message>
        <source>&amp;Quality vs speed</source>
        <translation>&amp;Qualität gegen Tempo</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <source>Com&amp;pare two boxes</source>
        <translation>Zwei Boxen &amp;vergleichen</translation>
    </message>
    <message>
        <source>Budget &amp;advisor</source>
        <translation>Budget-&amp;Berater</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Memory in &amp;GiB (2^30 bytes, like llama.cpp)</source>
        <translation>Speicher in &amp;GiB (2^30 Byte, wie llama.cpp)</translation>
    </message>
    <message>
        <source>Memory in G&amp;B (10^9 bytes, like Hugging Face)</source>
        <translation>Speicher in G&amp;B (10^9 Byte, wie Hugging Face)</translation>
    </message>
    <message>
        <source>&amp;Bandwidth chart</source>
        <translation>&amp;Bandbreiten-Diagramm</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>Er&amp;kunden</translation>
    </message>
    <message>
        <source>Compare &amp;two boxes</source>
        <translation>&amp;Zwei Boxen vergleichen</translation>
    </message>
    <message>
        <source>Budget a&amp;dvisor</source>
        <translation>Budget-Be&amp;rater</translation>
    </message>
    <message>
        <source>Compare the selected pair as box &amp;A</source>
        <translation>Gewähltes Paar als Box &amp;A vergleichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>&amp;Über Headroom</translation>
    </message>
    <message>
        <source>About Headroom</source>
        <translation>Über Headroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Which open-weight coding model fits the box you can buy, and how fast it will feel.&lt;/p&gt;&lt;p&gt;Catalog as of %2. Every value carries its source and date: hover a cell to see it. Decode speed is calibrated on %3 (%4).&lt;/p&gt;&lt;p&gt;Licensed under the GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Welches offene Coding-Modell auf die Box passt, die Sie kaufen können, und wie schnell es sich anfühlt.&lt;/p&gt;&lt;p&gt;Katalog mit Stand %2. Jeder Wert trägt Quelle und Datum: Zeigen Sie auf eine Zelle. Das Decode-Tempo ist kalibriert an %3 (%4).&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>usable memory of %1</source>
        <translation>nutzbarer Speicher von %1</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Usable memory of %1: %2 (%3)</source>
        <translation>Nutzbarer Speicher von %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Models as &amp;rows in the matrix</source>
        <translation>Modelle als &amp;Zeilen der Matrix</translation>
    </message>
    <message>
        <source>Boxes across, models down: fits more on a narrow screen</source>
        <translation>Boxen waagerecht, Modelle senkrecht: passt besser auf schmale Bildschirme</translation>
    </message>
    <message>
        <source>Box A is the explored pair; both sides now use its %1-token context.</source>
        <translation>Box A ist das erkundete Paar; beide Seiten nutzen jetzt seinen Kontext von %1 Tokens.</translation>
    </message>
    <message>
        <source>Fit the matrix to the &amp;window width</source>
        <translation>Matrix an die &amp;Fensterbreite anpassen</translation>
    </message>
    <message>
        <source>Every column on screen; narrow cells show the verdict&apos;s sign alone</source>
        <translation>Alle Spalten im Bild; schmale Zellen zeigen nur das Zeichen des Urteils</translation>
    </message>
    <message>
        <source>Your catalog</source>
        <translation>Ihr Katalog</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Your catalog could not be read: %1.</source>
        <translation>Ihr Katalog konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file was kept, unchanged, as %1.</source>
        <translation>Die Datei wurde unverändert als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Headroom will not save over it until you move or repair it.</source>
        <translation>Headroom überschreibt sie nicht, bis Sie sie verschieben oder reparieren.</translation>
    </message>
    <message>
        <source>Headroom started with the built-in catalog and your last good backup.</source>
        <translation>Headroom startete mit dem eingebauten Katalog und Ihrer letzten guten Sicherung.</translation>
    </message>
    <message>
        <source>Headroom started with the built-in catalog.</source>
        <translation>Headroom startete mit dem eingebauten Katalog.</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Catalog as of %1</source>
        <comment>status bar</comment>
        <translation>Katalog Stand %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n model(s)</source>
        <translation>
            <numerusform> · %n Modell</numerusform>
            <numerusform> · %n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n box(es)</source>
        <translation>
            <numerusform> · %n Box</numerusform>
            <numerusform> · %n Boxen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>Your settings could not be read: %1. The file is left as it is; what you change in this session is not remembered.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden: %1. Die Datei bleibt, wie sie ist; was Sie in dieser Sitzung ändern, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 holds usable-memory values from version 0.1 that cannot be read (%2); they are kept there, unused.</source>
        <translation>%1 enthält Werte für nutzbaren Speicher aus Version 0.1, die nicht gelesen werden können (%2); sie bleiben dort, ungenutzt.</translation>
    </message>
    <message>
        <source>The language remembered in %1, “%2”, is not one Headroom has; the system&apos;s language is used, and the value is kept.</source>
        <translation>Die in %1 gespeicherte Sprache „%2“ kennt Headroom nicht; die Sprache des Systems wird verwendet, und der Wert bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Headroom::MemoryBar</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>%1 used · %2 free of %3 usable</source>
        <translation>%1 belegt · %2 frei von %3 nutzbar</translation>
    </message>
    <message>
        <source>%1 needed · %2 short of %3 usable</source>
        <translation>%1 benötigt · %2 fehlen bei %3 nutzbar</translation>
    </message>
    <message>
        <source>%1 needed · %2 of it in host RAM</source>
        <translation>%1 benötigt · %2 davon im Host-RAM</translation>
    </message>
    <message>
        <source>Weights on the device %1 + KV cache %2 + overhead %3 = %4 of %5 usable</source>
        <translation>Gewichte auf dem Gerät %1 + KV-Cache %2 + Overhead %3 = %4 von %5 nutzbar</translation>
    </message>
</context>
<context>
    <name>Headroom::MemoryChart</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>Speicher (%1)</translation>
    </message>
    <message>
        <source>%1: %2 short</source>
        <translation>%1: %2 zu wenig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 needed of %3 usable (weights on the device %4, KV cache %5, overhead %6)</source>
        <translation>%1: %2 benötigt von %3 nutzbar (Gewichte auf dem Gerät %4, KV-Cache %5, Overhead %6)</translation>
    </message>
</context>
<context>
    <name>Headroom::ModelEditor</name>
    <message>
        <source> B</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <source>reported by the lab</source>
        <translation>vom Labor gemeldet</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Every parameter, all experts included: all of them stay in memory</source>
        <translation>Alle Parameter, alle Experten eingeschlossen: sie bleiben alle im Speicher</translation>
    </message>
    <message>
        <source>Parameters read for each token (a mixture of experts reads only its active experts): they set the decode speed</source>
        <translation>Je Token gelesene Parameter (ein Mixture-of-Experts-Modell liest nur seine aktiven Experten): sie bestimmen die Decode-Geschwindigkeit</translation>
    </message>
    <message>
        <source>The format the lab released the weights in</source>
        <translation>Das Format, in dem das Labor die Gewichte veröffentlicht hat</translation>
    </message>
    <message>
        <source>entered in Headroom</source>
        <translation>in Headroom eingegeben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>&amp;Labor:</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>Li&amp;zenz:</translation>
    </message>
    <message>
        <source>&amp;Total parameters:</source>
        <translation>&amp;Parameter gesamt:</translation>
    </message>
    <message>
        <source>&amp;Active parameters:</source>
        <translation>&amp;Aktive Parameter:</translation>
    </message>
    <message>
        <source>La&amp;yers:</source>
        <translation>&amp;Schichten:</translation>
    </message>
    <message>
        <source>Maximum &amp;context:</source>
        <translation>Maximaler &amp;Kontext:</translation>
    </message>
    <message>
        <source>Release &amp;format:</source>
        <translation>Veröffentlichungs&amp;format:</translation>
    </message>
    <message>
        <source>Attention (sizes the KV cache)</source>
        <translation>Attention (bestimmt die Größe des KV-Caches)</translation>
    </message>
    <message>
        <source>Full-attention layers:</source>
        <translation>Schichten mit voller Attention:</translation>
    </message>
    <message>
        <source>KV heads:</source>
        <translation>KV-Köpfe:</translation>
    </message>
    <message>
        <source>Head dimension:</source>
        <translation>Kopfdimension:</translation>
    </message>
    <message>
        <source>Sliding-window layers:</source>
        <translation>Sliding-Window-Schichten:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Latent, linear and compressed attention layers are kept as %1 has them.</source>
        <translation>Latente, lineare und komprimierte Attention-Schichten bleiben, wie %1 sie hat.</translation>
    </message>
    <message>
        <source>SWE-bench (two different exams, never one axis)</source>
        <translation>SWE-bench (zwei verschiedene Prüfungen, nie eine Achse)</translation>
    </message>
    <message>
        <source>SWE-bench &amp;Verified:</source>
        <translation>SWE-bench &amp;Verified:</translation>
    </message>
    <message>
        <source>SWE-bench &amp;Pro:</source>
        <translation>SWE-bench &amp;Pro:</translation>
    </message>
    <message>
        <source>&amp;Source of your values:</source>
        <translation>&amp;Quelle Ihrer Werte:</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>Geben Sie dem Modell einen Namen.</translation>
    </message>
    <message>
        <source>Active parameters cannot exceed the total.</source>
        <translation>Aktive Parameter können die Gesamtzahl nicht übersteigen.</translation>
    </message>
    <message numerus="yes">
        <source>The attention layers add up to more than the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>Die Attention-Schichten ergeben mehr als die %n Schicht des Modells.</numerusform>
            <numerusform>Die Attention-Schichten ergeben mehr als die %n Schichten des Modells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::ModelImport</name>
    <message>
        <source>Import a &amp;GGUF model…</source>
        <translation>&amp;GGUF-Modell importieren…</translation>
    </message>
    <message>
        <source>Size a model from a downloaded .gguf file (its header only; split files with all their shards). You can also drop the file on the window.</source>
        <translation>Ein Modell aus einer heruntergeladenen .gguf-Datei bemessen (nur ihr Kopf; geteilte Dateien mit allen Teilen). Die Datei lässt sich auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>GGUF-Dateien (*.gguf)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2. Nothing was added to your catalog.</source>
        <translation>%1 lässt sich nicht importieren: %2. Ihrem Katalog wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: %2 of weights (%3), %4 layers. Check the form and add it to your catalog.</source>
        <translation>%1: %2 Gewichte (%3), %4 Schichten. Prüfen Sie das Formular und fügen Sie es Ihrem Katalog hinzu.</translation>
    </message>
    <message>
        <source>import model %1</source>
        <translation>Modell %1 importieren</translation>
    </message>
    <message>
        <source>Import from &amp;Hugging Face…</source>
        <translation>Von &amp;Hugging Face importieren…</translation>
    </message>
    <message>
        <source>Size a model from its Hugging Face repository (config.json and the real sizes of its files) or from a pasted config.json</source>
        <translation>Ein Modell aus seinem Hugging-Face-Repository bemessen (config.json und die echten Größen seiner Dateien) oder aus einer eingefügten config.json</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>The config.json</source>
        <translation>Die config.json</translation>
    </message>
    <message>
        <source>Hugging Face file list of %1</source>
        <translation>Hugging-Face-Dateiliste von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 layers, %3 B parameters (counted from its config), %n file size(s) from the Hub. Check the form and add it to your catalog.</source>
        <translation>
            <numerusform>%1: %2 Schichten, %3 Mrd. Parameter (aus der Config gezählt), %n Dateigröße vom Hub. Prüfen Sie das Formular und fügen Sie es Ihrem Katalog hinzu.</numerusform>
            <numerusform>%1: %2 Schichten, %3 Mrd. Parameter (aus der Config gezählt), %n Dateigrößen vom Hub. Prüfen Sie das Formular und fügen Sie es Ihrem Katalog hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the Hub for %1…</source>
        <translation>Der Hub wird nach %1 gefragt…</translation>
    </message>
    <message>
        <source>Import from Hugging Face</source>
        <translation>Von Hugging Face importieren</translation>
    </message>
    <message>
        <source>it has no config.json (a GGUF-only repository): download one of its .gguf files and import that</source>
        <translation>es hat keine config.json (ein reines GGUF-Repository): laden Sie eine seiner .gguf-Dateien herunter und importieren Sie diese</translation>
    </message>
</context>
<context>
    <name>Headroom::ModelTableModel</name>
    <message>
        <source>No %1 score found.</source>
        <translation>Kein %1-Ergebnis gefunden.</translation>
    </message>
    <message>
        <source>%1: %2%3
%4
Source: %5 (as of %6)</source>
        <translation>%1: %2%3
%4
Quelle: %5 (Stand %6)</translation>
    </message>
    <message>
        <source> (vendor-reported)</source>
        <translation> (Herstellerangabe)</translation>
    </message>
    <message>
        <source>%1
Source: %2 (as of %3)</source>
        <translation>%1
Quelle: %2 (Stand %3)</translation>
    </message>
    <message>
        <source>
Estimated from %1</source>
        <translation>
Geschätzt nach %1</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), released %4</source>
        <translation>%1 — %2 (%3), erschienen %4</translation>
    </message>
    <message>
        <source>Every parameter stays resident; only active ones are read per token.</source>
        <translation>Jeder Parameter bleibt im Speicher; pro Token werden nur die aktiven gelesen.</translation>
    </message>
    <message>
        <source>Attention layout and maximum context</source>
        <translation>Attention-Aufbau und maximaler Kontext</translation>
    </message>
    <message>
        <source>SWE-bench Verified</source>
        <translation>SWE-bench Verified</translation>
    </message>
    <message>
        <source>SWE-bench Pro (a harder exam: never compare with Verified)</source>
        <translation>SWE-bench Pro (eine schwerere Prüfung: nie mit Verified vergleichen)</translation>
    </message>
    <message>
        <source>
Trained on: %1</source>
        <translation>
Trainiert auf: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Max context</source>
        <translation>Max. Kontext</translation>
    </message>
    <message>
        <source>SWE-bench Pro</source>
        <translation>SWE-bench Pro</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>

Commercial use: terms unknown</source>
        <translation>

Kommerzielle Nutzung: Bedingungen unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>under conditions</source>
        <translation>unter Bedingungen</translation>
    </message>
    <message>
        <source>Commercial use: %1 (%2)</source>
        <translation>Kommerzielle Nutzung: %1 (%2)</translation>
    </message>
    <message>
        <source>Computed: among the catalog&apos;s boxes (each as sold) where the model is tight or comfortable at 32K context, the one with the least usable memory, then the lowest price; at the model&apos;s native format and at Q4_K_M. Single box: one computer, not a node or boxes on a network.</source>
        <translation>Berechnet: unter den Boxen des Katalogs (jede wie verkauft), auf denen das Modell bei 32K Kontext knapp oder bequem passt, die mit dem wenigsten nutzbaren Speicher, dann die günstigste; im nativen Format des Modells und mit Q4_K_M. Einzelne Box: ein Computer, kein Knoten und keine Boxen im Netzwerk.</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Plus a lookup table of %1, resident beside the weights; %2</source>
        <translation>Dazu eine Lookup-Tabelle mit %1, resident neben den Gewichten; %2</translation>
    </message>
    <message>
        <source>read in full per token</source>
        <translation>pro Token vollständig gelesen</translation>
    </message>
    <message>
        <source>a token reads only a few of its rows</source>
        <translation>ein Token liest nur wenige ihrer Zeilen</translation>
    </message>
</context>
<context>
    <name>Headroom::OptionsModel</name>
    <message>
        <source>%1 a month for %2 output tokens a day, with their input, × %3 months</source>
        <translation>%1 im Monat für %2 Ausgabe-Tokens am Tag samt Eingabe, × %3 Monate</translation>
    </message>
    <message>
        <source>No API price known</source>
        <translation>Kein API-Preis bekannt</translation>
    </message>
    <message>
        <source>%1 an hour for every GPU × %2 h a day billed (%3) × %4 days × %5 months; power included</source>
        <translation>%1 pro Stunde für alle GPUs × %2 h am Tag abgerechnet (%3) × %4 Tage × %5 Monate; Strom inklusive</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>on demand, whole hours</source>
        <translation>auf Abruf, ganze Stunden</translation>
    </message>
    <message>
        <source>Unknown: the model does not run, or the prompt speed is unknown</source>
        <translation>Unbekannt: Das Modell läuft nicht, oder die Prompt-Geschwindigkeit ist unbekannt</translation>
    </message>
    <message>
        <source>Purchase %1 (host included) + electricity %2 a month × %3 months</source>
        <translation>Kauf %1 (mit Host) + Strom %2 im Monat × %3 Monate</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>✓ Recommended (within 10 % of the API)</source>
        <translation>✓ Empfohlen (innerhalb 10 % der API)</translation>
    </message>
    <message>
        <source>✓ Recommended</source>
        <translation>✓ Empfohlen</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>✗ no API price</source>
        <translation>✗ kein API-Preis</translation>
    </message>
    <message>
        <source>✗ cannot be estimated</source>
        <translation>✗ nicht abschätzbar</translation>
    </message>
    <message>
        <source>✗ licence</source>
        <translation>✗ Lizenz</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ prompt speed unknown</source>
        <translation>✗ Prompt-Geschwindigkeit unbekannt</translation>
    </message>
    <message>
        <source>✗ answers in %1</source>
        <translation>✗ antwortet in %1</translation>
    </message>
    <message>
        <source>✗ decodes %1</source>
        <translation>✗ decodiert %1</translation>
    </message>
    <message>
        <source>✗ serves %1 a day</source>
        <translation>✗ schafft %1 am Tag</translation>
    </message>
    <message>
        <source>? no price</source>
        <translation>? kein Preis</translation>
    </message>
    <message>
        <source>? host price unknown</source>
        <translation>? Host-Preis unbekannt</translation>
    </message>
    <message>
        <source>? power unknown</source>
        <translation>? Leistungsaufnahme unbekannt</translation>
    </message>
    <message>
        <source>? cost unknown</source>
        <translation>? Kosten unbekannt</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source> (extrapolated)</source>
        <translation> (extrapoliert)</translation>
    </message>
    <message>
        <source>%1 through %2 stands in: no API serves %3</source>
        <translation>%1 über %2 steht stellvertretend: keine API bietet %3 an</translation>
    </message>
    <message>
        <source>The lowest and highest cost over every corner of the quoted price ranges and the decode and prompt-speed ranges</source>
        <translation>Niedrigste und höchste Kosten über alle Ecken der Preisspannen und der Decode- und Prompt-Geschwindigkeitsspannen</translation>
    </message>
    <message>
        <source>An API&apos;s speed is the provider&apos;s: it is not compared</source>
        <translation>Die Geschwindigkeit einer API ist Sache des Anbieters: Sie wird nicht verglichen</translation>
    </message>
    <message>
        <source>Single-sequence decode at the compared context</source>
        <translation>Decode einer Sequenz beim verglichenen Kontext</translation>
    </message>
    <message>
        <source>Runs the model, meets the floor and serves the workload</source>
        <translation>Führt das Modell aus, erfüllt die Untergrenze und schafft die Arbeitslast</translation>
    </message>
    <message>
        <source>Way to get the tokens</source>
        <translation>Weg zu den Tokens</translation>
    </message>
    <message numerus="yes">
        <source>Cost over %n month(s)</source>
        <translation>
            <numerusform>Kosten über %n Monat</numerusform>
            <numerusform>Kosten über %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Qualifies?</source>
        <translation>Erfüllt?</translation>
    </message>
</context>
<context>
    <name>Headroom::PointLabels</name>
    <message>
        <source>too close to mark: %1</source>
        <translation>zu dicht zum Beschriften: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more: hover here</source>
        <translation>
            <numerusform>%n weiterer: hier zeigen</numerusform>
            <numerusform>%n weitere: hier zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::ProblemLabel</name>
    <message>
        <source>A %1-token context cannot hold the %2-token prompt and the %3-token answer: it needs at least %4 tokens.</source>
        <translation>Ein Kontext von %1 Tokens fasst den Prompt von %2 Tokens und die Antwort von %3 Tokens nicht: Er braucht mindestens %4 Tokens.</translation>
    </message>
</context>
<context>
    <name>Headroom::QualityChart</name>
    <message>
        <source>Decode speed on this box (tokens/s, log scale)</source>
        <translation>Decode-Geschwindigkeit auf dieser Box (Token/s, logarithmisch)</translation>
    </message>
    <message>
        <source>SWE-bench Verified (%)</source>
        <translation>SWE-bench Verified (%)</translation>
    </message>
    <message>
        <source>SWE-bench Pro (%), a harder exam</source>
        <translation>SWE-bench Pro (%), eine schwerere Prüfung</translation>
    </message>
    <message>
        <source> (Pro)</source>
        <translation> (Pro)</translation>
    </message>
    <message>
        <source>Verified, comfortable</source>
        <translation>Verified, komfortabel</translation>
    </message>
    <message>
        <source>Verified, tight or offload</source>
        <translation>Verified, knapp oder Auslagerung</translation>
    </message>
    <message>
        <source>SWE-bench Pro only (right axis)</source>
        <translation>Nur SWE-bench Pro (rechte Achse)</translation>
    </message>
    <message>
        <source>%1 · %2 context · %3 scored models do not run on it</source>
        <translation>%1 · %2 Kontext · %3 bewertete Modelle laufen darauf nicht</translation>
    </message>
    <message>
        <source> · showing the %1 best of %2 that run</source>
        <translation> · gezeigt: die %1 besten von %2 lauffähigen</translation>
    </message>
</context>
<context>
    <name>Headroom::Quantization</name>
    <message>
        <source>llama.cpp&apos;s Metal backend has no NVFP4 kernels (they exist for CPU, CUDA and Vulkan); on a Mac, MLX runs NVFP4 files instead</source>
        <translation>Das Metal-Backend von llama.cpp hat keine NVFP4-Kernel (es gibt sie für CPU, CUDA und Vulkan); auf einem Mac führt MLX NVFP4-Dateien aus</translation>
    </message>
    <message>
        <source>GGUF has no FP8 weight type and vLLM/SGLang, which run FP8, do not run on Metal</source>
        <translation>GGUF kennt keine FP8-Gewichte, und vLLM/SGLang, die FP8 ausführen, laufen nicht unter Metal</translation>
    </message>
    <message>
        <source>GGUF has no FP8 weight type and vLLM/SGLang, which run FP8, have no Vulkan backend</source>
        <translation>GGUF kennt keine FP8-Gewichte, und vLLM/SGLang, die FP8 ausführen, haben kein Vulkan-Backend</translation>
    </message>
</context>
<context>
    <name>Headroom::Recommendation</name>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>%1 lässt sich nicht schätzen: %2</translation>
    </message>
    <message>
        <source>%1 does not run %2 at %3 tokens (%4)</source>
        <translation>%1 führt %2 bei %3 Token nicht aus (%4)</translation>
    </message>
    <message>
        <source>%1 reaches %2, below the %3 floor</source>
        <translation>%1 erreicht %2, unter der Untergrenze von %3</translation>
    </message>
    <message>
        <source>%1&apos;s prompt speed is unknown, so whether it serves %2 tokens a day is too</source>
        <translation>Die Prompt-Geschwindigkeit von %1 ist unbekannt, und damit auch, ob sie %2 Token am Tag bedient</translation>
    </message>
    <message>
        <source>%1 serves at most %2 of the %3 tokens a day (%4 such boxes would)</source>
        <translation>%1 bedient höchstens %2 der %3 Token am Tag (%4 solche Boxen würden es)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence: %1&apos;s weights may not be used commercially (%2).</source>
        <translation>Lizenz: Die Gewichte von %1 dürfen nicht kommerziell genutzt werden (%2).</translation>
    </message>
    <message>
        <source>Licence: %1&apos;s weights may be used commercially only under conditions (%2).</source>
        <translation>Lizenz: Die Gewichte von %1 dürfen nur unter Bedingungen kommerziell genutzt werden (%2).</translation>
    </message>
    <message>
        <source>terms unknown</source>
        <translation>Bedingungen unbekannt</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>nicht für kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>commercial use only under conditions</source>
        <translation>kommerzielle Nutzung nur unter Bedingungen</translation>
    </message>
    <message>
        <source>%1 would run %2, whose weights are not cleared for commercial use (%3)</source>
        <translation>%1 würde %2 ausführen, dessen Gewichte nicht für kommerzielle Nutzung freigegeben sind (%3)</translation>
    </message>
    <message>
        <source>%1 does not run %2 at %3 tokens (%4); at %5 it does (--quant %5)</source>
        <translation>%1 führt %2 bei %3 Tokens nicht aus (%4); mit %5 schon (--quant %5)</translation>
    </message>
    <message>
        <source>%1&apos;s prompt speed is unknown, so whether it answers within %2 is too</source>
        <translation>Die Prompt-Geschwindigkeit von %1 ist unbekannt, also auch, ob es innerhalb von %2 antwortet</translation>
    </message>
    <message>
        <source>%1 takes %2 for a %3-token answer, more than the %4 floor</source>
        <translation>%1 braucht %2 für eine Antwort mit %3 Tokens, mehr als die Untergrenze von %4</translation>
    </message>
    <message>
        <source>Rent %1</source>
        <translation>%1 mieten</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>%1 kaufen</translation>
    </message>
    <message>
        <source>API: %1 at your price</source>
        <translation>API: %1 zu Ihrem Preis</translation>
    </message>
    <message>
        <source>API of %1 (stand-in)</source>
        <translation>API von %1 (stellvertretend)</translation>
    </message>
    <message>
        <source>API: %1 (%2)</source>
        <translation>API: %1 (%2)</translation>
    </message>
    <message>
        <source>no API price for %1 in the catalog (--api-usd-per-m)</source>
        <translation>kein API-Preis für %1 im Katalog (--api-usd-per-m)</translation>
    </message>
    <message>
        <source>no purchase price for %1 (give one with %2)</source>
        <translation>kein Kaufpreis für %1 (mit %2 angeben)</translation>
    </message>
    <message>
        <source>the price of its host computer, %1, is unknown (give one with --host-usd)</source>
        <translation>der Preis seines Host-Rechners, %1, ist unbekannt (mit --host-usd angeben)</translation>
    </message>
    <message>
        <source>the power %1 draws is unknown (edit the box&apos;s power)</source>
        <translation>die Leistungsaufnahme von %1 ist unbekannt (in der Box eintragen)</translation>
    </message>
    <message>
        <source>its cost is unknown</source>
        <translation>seine Kosten sind unbekannt</translation>
    </message>
    <message>
        <source>%1 costs more than %2</source>
        <translation>%1 mehr als %2 kostet</translation>
    </message>
    <message>
        <source>%1 costs less than %2</source>
        <translation>%1 weniger als %2 kostet</translation>
    </message>
    <message>
        <source>%1 decodes faster than %2</source>
        <translation>%1 schneller als %2 decodiert</translation>
    </message>
    <message>
        <source>%1 decodes slower than %2</source>
        <translation>%1 langsamer als %2 decodiert</translation>
    </message>
    <message>
        <source>%1 reads prompts faster than %2</source>
        <translation>%1 Prompts schneller als %2 liest</translation>
    </message>
    <message>
        <source>%1 reads prompts slower than %2</source>
        <translation>%1 Prompts langsamer als %2 liest</translation>
    </message>
    <message>
        <source>the API costs more than %1 a month</source>
        <translation>die API mehr als %1 im Monat kostet</translation>
    </message>
    <message>
        <source>the API costs less than %1 a month</source>
        <translation>die API weniger als %1 im Monat kostet</translation>
    </message>
    <message>
        <source>%1 (extrapolated: beyond the measurements the speed model is fitted on)</source>
        <translation>%1 (extrapoliert: außerhalb der Messungen, an die das Geschwindigkeitsmodell angepasst ist)</translation>
    </message>
    <message>
        <source>Neither box: use the API of %1 through %2, standing in for %3, which no API serves: %4 over %5.</source>
        <translation>Keine der Boxen: die API von %1 über %2 nutzen, stellvertretend für %3, das keine API anbietet: %4 über %5.</translation>
    </message>
    <message>
        <source>Neither box: call %1 through %2: %3 over %4.</source>
        <translation>Keine der Boxen: %1 über %2 aufrufen: %3 über %4.</translation>
    </message>
    <message>
        <source>an API at your price</source>
        <translation>eine API zu Ihrem Preis</translation>
    </message>
    <message>
        <source>reserved around the clock</source>
        <translation>reserviert rund um die Uhr</translation>
    </message>
    <message numerus="yes">
        <source>on demand, %n hour(s) a day</source>
        <translation>
            <numerusform>auf Abruf, %n Stunde am Tag</numerusform>
            <numerusform>auf Abruf, %n Stunden am Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent %1 (%2, %3 an hour for every GPU): %4 over %5, %6 for %7.</source>
        <translation>%1 mieten (%2, %3 pro Stunde für alle GPUs): %4 über %5, %6 für %7.</translation>
    </message>
    <message>
        <source>Buy %1: %2 over %3 (purchase and electricity), %4 for %5.</source>
        <translation>%1 kaufen: %2 über %3 (Kauf und Strom), %4 für %5.</translation>
    </message>
    <message>
        <source>Both sides are %1 running %2: the options are that box, bought or rented, or the API.</source>
        <translation>Beide Seiten sind %1 mit %2: Die Wege sind diese Box, gekauft oder gemietet, oder die API.</translation>
    </message>
    <message>
        <source>The sides run different models (%1 on A, %2 on B): every option is priced for the same %3 output tokens a day.</source>
        <translation>Die Seiten führen verschiedene Modelle aus (%1 auf A, %2 auf B): Jeder Weg ist für dieselben %3 Ausgabe-Tokens am Tag berechnet.</translation>
    </message>
    <message>
        <source>Nothing qualifies: no box meets the floor and the workload, and no API price is known (choose smaller weights, a shorter context, a bigger box, or give --api-usd-per-m).</source>
        <translation>Nichts erfüllt die Bedingungen: Keine Box erreicht die Untergrenze und die Arbeitslast, und kein API-Preis ist bekannt (kleinere Gewichte, kürzerer Kontext, größere Box, oder --api-usd-per-m angeben).</translation>
    </message>
    <message>
        <source>The next cheapest way, %1, costs the same, %2.</source>
        <translation>Der nächstgünstige Weg, %1, kostet gleich viel, %2.</translation>
    </message>
    <message>
        <source>The next cheapest way, %1, costs %2.</source>
        <translation>Der nächstgünstige Weg, %1, kostet %2.</translation>
    </message>
    <message>
        <source>The next cheapest way, %1, costs %2 (%3 more).</source>
        <translation>Der nächstgünstige Weg, %1, kostet %2 (%3 mehr).</translation>
    </message>
    <message>
        <source>%1 costs %2, less, but within 10 %: owning the speed is worth the difference.</source>
        <translation>%1 kostet %2, weniger, aber innerhalb von 10 %: Die eigene Geschwindigkeit ist den Unterschied wert.</translation>
    </message>
    <message>
        <source>%1 costs %2, within 10 %, but is slower (%3).</source>
        <translation>%1 kostet %2, innerhalb von 10 %, ist aber langsamer (%3).</translation>
    </message>
    <message>
        <source>%1 would cost %2.</source>
        <translation>%1 würde %2 kosten.</translation>
    </message>
    <message>
        <source>%1 is not weighed: %2.</source>
        <translation>%1 wird nicht gewichtet: %2.</translation>
    </message>
    <message>
        <source>The answer holds across the quoted price ranges and the speed and prompt-speed ranges.</source>
        <translation>Die Antwort gilt über die Preisspannen und die Geschwindigkeits- und Prompt-Geschwindigkeitsspannen hinweg.</translation>
    </message>
    <message>
        <source>The answer is close: nothing qualifies if %1.</source>
        <translation>Die Antwort ist knapp: Nichts erfüllt die Bedingungen, wenn %1.</translation>
    </message>
    <message>
        <source>The answer is close: %1 wins if %2.</source>
        <translation>Die Antwort ist knapp: %1 gewinnt, wenn %2.</translation>
    </message>
    <message>
        <source>The answer changes within the quoted ranges.</source>
        <translation>Die Antwort ändert sich innerhalb der angegebenen Spannen.</translation>
    </message>
    <message>
        <source>Above %1 output tokens a day nothing qualifies.</source>
        <translation>Über %1 Ausgabe-Tokens am Tag erfüllt nichts die Bedingungen.</translation>
    </message>
    <message>
        <source>Above %1 output tokens a day the answer becomes %2.</source>
        <translation>Über %1 Ausgabe-Tokens am Tag lautet die Antwort %2.</translation>
    </message>
</context>
<context>
    <name>Headroom::Report</name>
    <message>
        <source> parameters</source>
        <translation> Parameter</translation>
    </message>
    <message>
        <source> attention geometry</source>
        <translation> Attention-Geometrie</translation>
    </message>
    <message>
        <source> memory</source>
        <translation> Speicher</translation>
    </message>
    <message>
        <source> bandwidth</source>
        <translation> Bandbreite</translation>
    </message>
    <message>
        <source> price</source>
        <translation> Preis</translation>
    </message>
    <message>
        <source>Decode calibration</source>
        <translation>Decode-Kalibrierung</translation>
    </message>
    <message>
        <source>Budget proposal: %1 or %2 for %3</source>
        <translation>Budgetantrag: %1 oder %2 für %3</translation>
    </message>
    <message>
        <source>✓ marks the better value in each row. Speeds are single-sequence decode estimates from memory bandwidth, calibrated on measured llama.cpp results; check them with llama-bench on the box before you buy. A dash means the value is unknown, never zero.</source>
        <translation>✓ markiert den besseren Wert jeder Zeile. Tempi sind Decode-Schätzungen für eine Sequenz aus der Speicherbandbreite, kalibriert an gemessenen llama.cpp-Ergebnissen; prüfen Sie sie vor dem Kauf mit llama-bench auf der Box. Ein Strich bedeutet: Wert unbekannt, nie null.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Decode speed follows memory bandwidth</source>
        <translation>Decode-Tempo folgt der Speicherbandbreite</translation>
    </message>
    <message>
        <source>Memory needed against memory usable</source>
        <translation>Benötigter gegen nutzbaren Speicher</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Budget proposal: %1 or %2</source>
        <translation>Budgetantrag: %1 oder %2</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written to %1.</source>
        <translation>Export abgebrochen; nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 at %2 weights, %3 KV cache, %4 tokens of context, %5 sequence(s). Decode and prompt-processing speeds fitted on published llama.cpp measurements. Electricity %6 per kWh; workload %7 output tokens a day, %8 input tokens per output token, %9 of them cached; costs over %10 months; %11.</source>
        <translation>%1 mit %2-Gewichten, %3-KV-Cache, %4 Token Kontext, %5 Sequenz(en). Decode- und Prompt-Geschwindigkeit angepasst an veröffentlichte llama.cpp-Messungen. Strom %6 pro kWh; Last %7 Ausgabe-Token am Tag, %8 Eingabe-Token pro Ausgabe-Token, davon %9 gecacht; Kosten über %10 Monate; %11.</translation>
    </message>
    <message>
        <source>cloud API %1 per million output tokens</source>
        <translation>Cloud-API %1 pro Million Ausgabe-Token</translation>
    </message>
    <message>
        <source>cloud API: the model&apos;s own API prices</source>
        <translation>Cloud-API: die API-Preise des Modells</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Annahmen:</translation>
    </message>
    <message>
        <source>%1; the two boxes compared are framed. Assumptions as on page 1.</source>
        <translation>%1; die beiden verglichenen Boxen sind umrahmt. Annahmen wie auf Seite 1.</translation>
    </message>
    <message>
        <source>%1 · A needs %2 of %3 · B needs %4 of %5</source>
        <translation>%1 · A braucht %2 von %3 · B braucht %4 von %5</translation>
    </message>
    <message>
        <source>Weights, KV cache at the context and runtime overhead, in %1; the rest of the bar is free memory.</source>
        <translation>Gewichte, KV-Cache beim Kontext und Laufzeit-Overhead in %1; der Rest des Balkens ist freier Speicher.</translation>
    </message>
    <message>
        <source>What each box costs over time, against the API</source>
        <translation>Kosten jeder Box über die Zeit, gegen die API</translation>
    </message>
    <message>
        <source>Purchase with its host on day one, then electricity at the workload&apos;s duty cycle; the API line prices the same tokens. Assumptions as on page 1.</source>
        <translation>Kauf mit Host-Rechner am ersten Tag, dann Strom im Lastzyklus der Arbeitslast; die API-Linie bepreist dieselben Token. Annahmen wie auf Seite 1.</translation>
    </message>
    <message>
        <source>A box qualifies when it answers %1 tokens within %2, the prompt&apos;s prefill included</source>
        <translation>Eine Box erfüllt die Bedingungen, wenn sie %1 Tokens innerhalb von %2 beantwortet, Prefill des Prompts eingeschlossen</translation>
    </message>
    <message>
        <source>and decodes at %1 or faster</source>
        <translation>und mit %1 oder schneller decodiert</translation>
    </message>
    <message>
        <source>%1&apos;s host priced at %2 (your figure)</source>
        <translation>Host von %1 mit %2 angesetzt (Ihr Wert)</translation>
    </message>
    <message>
        <source>%1&apos;s host %2 at %3</source>
        <translation>Host von %1: %2 zu %3</translation>
    </message>
    <message>
        <source>%1&apos;s host %2 has no known price, so buying it is not costed</source>
        <translation>Host von %1, %2, hat keinen bekannten Preis; der Kauf wird daher nicht berechnet</translation>
    </message>
    <message>
        <source>renting is reserved around the clock</source>
        <translation>Miete ist rund um die Uhr reserviert</translation>
    </message>
    <message>
        <source>renting is on demand, the hours the workload needs rounded up to whole hours a day</source>
        <translation>Miete erfolgt auf Abruf, die Stunden der Arbeitslast auf ganze Stunden am Tag aufgerundet</translation>
    </message>
    <message>
        <source>no API serves %1: %2 through %3 stands in</source>
        <translation>keine API bietet %1 an: %2 über %3 steht stellvertretend</translation>
    </message>
    <message>
        <source>Resale value and the time value of money are left out.</source>
        <translation>Wiederverkaufswert und Zeitwert des Geldes sind nicht berücksichtigt.</translation>
    </message>
    <message>
        <source> power</source>
        <translation> Leistungsaufnahme</translation>
    </message>
    <message>
        <source>API prices (%1, %2)</source>
        <translation>API-Preise (%1, %2)</translation>
    </message>
    <message>
        <source>Rental (%1) of %2</source>
        <translation>Miete (%1) von %2</translation>
    </message>
    <message>
        <source>Prepared with Headroom on %1. Both boxes figure by figure on page 2, charts on page 3, cost over time and sources on page 4.</source>
        <translation>Erstellt mit Headroom am %1. Beide Boxen Wert für Wert auf Seite 2, Diagramme auf Seite 3, Kosten über die Zeit und Quellen auf Seite 4.</translation>
    </message>
    <message>
        <source>The two boxes, figure by figure</source>
        <translation>Die beiden Boxen, Wert für Wert</translation>
    </message>
    <message>
        <source>as on page 4</source>
        <translation>wie auf Seite 4</translation>
    </message>
</context>
<context>
    <name>Headroom::ResultPanel</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>Größter Kontext</translation>
    </message>
    <message>
        <source>Decode estimate</source>
        <translation>Decode-Schätzung</translation>
    </message>
    <message>
        <source>Bandwidth ceiling</source>
        <translation>Bandbreiten-Obergrenze</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
</context>
<context>
    <name>Headroom::ScenarioActions</name>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>Szenario &amp;speichern unter …</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>The explored pair, its sliders, both compared boxes and the cost assumptions, with the catalog entries they use</source>
        <translation>Das erkundete Paar, seine Regler, beide verglichenen Boxen und die Kostenannahmen, mit den Katalogeinträgen, die sie nutzen</translation>
    </message>
    <message>
        <source>Open sce&amp;nario</source>
        <translation>Sze&amp;nario öffnen</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>No saved scenarios yet</source>
        <translation>Noch keine gespeicherten Szenarien</translation>
    </message>
    <message>
        <source>Open a scenario &amp;file…</source>
        <translation>Szenario&amp;datei öffnen …</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Could not save the scenario to %1: %2</source>
        <translation>Das Szenario konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved scenario “%1” (%2)</source>
        <translation>Szenario „%1“ gespeichert (%2)</translation>
    </message>
    <message>
        <source>Could not open the scenario: %1</source>
        <translation>Das Szenario konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>open scenario %1</source>
        <translation>Szenario %1 öffnen</translation>
    </message>
    <message>
        <source>entries of scenario %1</source>
        <translation>Einträge von Szenario %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”; %n catalog entry(s) it was saved with differ from yours and were added as your own (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>„%1“ geöffnet; %n Katalogeintrag, mit dem es gespeichert wurde, weicht von Ihrem ab und wurde als eigener hinzugefügt (Strg+Z entfernt ihn)</numerusform>
            <numerusform>„%1“ geöffnet; %n Katalogeinträge, mit denen es gespeichert wurde, weichen von Ihren ab und wurden als eigene hinzugefügt (Strg+Z entfernt sie)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>„%1“ geöffnet</translation>
    </message>
    <message>
        <source>Opened, but some values were out of range and kept: %1</source>
        <translation>Geöffnet, aber einige Werte lagen außerhalb des Bereichs und blieben unverändert: %1</translation>
    </message>
</context>
<context>
    <name>Headroom::ScenarioControls</name>
    <message>
        <source>Context length on a log scale: 4K to 1M tokens</source>
        <translation>Kontextlänge logarithmisch: 4K bis 1M Tokens</translation>
    </message>
    <message>
        <source>Precision of the KV cache elements</source>
        <translation>Genauigkeit der KV-Cache-Elemente</translation>
    </message>
    <message>
        <source>Concurrent sequences, each with its own KV cache</source>
        <translation>Gleichzeitige Sequenzen, jede mit eigenem KV-Cache</translation>
    </message>
    <message>
        <source>as sold</source>
        <translation>wie verkauft</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;Gewichte:</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV-&amp;Cache:</translation>
    </message>
    <message>
        <source>&amp;Sequences:</source>
        <translation>&amp;Sequenzen:</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>&amp;GPUs:</translation>
    </message>
    <message>
        <source>Rope-scaled context</source>
        <translation>RoPE-skalierter Kontext</translation>
    </message>
    <message>
        <source>Weights format: &quot;as released&quot; on the left, then from 16 bits down to about 3</source>
        <translation>Gewichtsformat: „wie veröffentlicht“ links, dann von 16 Bit hinab bis etwa 3</translation>
    </message>
    <message>
        <source>As released</source>
        <translation>Wie veröffentlicht</translation>
    </message>
    <message>
        <source>Each model at its release format where that is 4-bit (gpt-oss MXFP4, Kimi INT4, NVFP4 releases), else Q4_K_M</source>
        <translation>Jedes Modell in seinem Veröffentlichungsformat, wo das 4 Bit ist (gpt-oss MXFP4, Kimi INT4, NVFP4-Versionen), sonst Q4_K_M</translation>
    </message>
    <message>
        <source>%1 · %2 bits</source>
        <translation>%1 · %2 Bit</translation>
    </message>
    <message>
        <source>GPUs per box, for every box in the matrix; &quot;as sold&quot; uses each box&apos;s own count. Boxes that cannot hold that many say so.</source>
        <translation>GPUs pro Box, für jede Box der Matrix; „ab Werk“ nutzt die Anzahl der Box. Boxen, die so viele nicht aufnehmen, sagen es.</translation>
    </message>
    <message>
        <source>Allow a model&apos;s longer, rope-scaled context where its card documents one (quality may drop at short contexts)</source>
        <translation>Den längeren, RoPE-skalierten Kontext eines Modells erlauben, wo seine Modellkarte ihn nennt (die Qualität kann bei kurzen Kontexten sinken)</translation>
    </message>
    <message>
        <source>Allow CPU offload</source>
        <translation>In RAM auslagern</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Layer split</source>
        <translation>Schichten aufteilen</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Tensor-parallel</translation>
    </message>
    <message>
        <source>How several GPUs share a model. Auto: tensor parallel over NVLink or NVSwitch (an all-reduce per layer per token, so single-stream speed saturates), else llama.cpp&apos;s layer split (the cards take turns: more memory, no more speed).</source>
        <translation>Wie sich mehrere GPUs ein Modell teilen. Automatisch: Tensor-parallel über NVLink oder NVSwitch (ein All-Reduce pro Schicht und Token, daher sättigt die Geschwindigkeit eines einzelnen Datenstroms), sonst die Schichtaufteilung von llama.cpp (die Karten wechseln sich ab: mehr Speicher, nicht mehr Geschwindigkeit).</translation>
    </message>
    <message>
        <source>Prompt tokens processed before the first answer token: sets the time to first token</source>
        <translation>Prompt-Token, die vor dem ersten Antwort-Token verarbeitet werden: bestimmen die Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <source>Let weights that do not fit the GPU sit in the host computer&apos;s RAM, experts first (llama.cpp --n-cpu-moe). It runs, slowly: every token reads them over the host&apos;s memory bus.</source>
        <translation>Gewichte, die nicht auf die GPU passen, im RAM des Host-Rechners ablegen, Experten zuerst (llama.cpp --n-cpu-moe). Es läuft, langsam: jedes Token liest sie über den Speicherbus des Hosts.</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>Auft&amp;eilung:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>P&amp;rompt:</translation>
    </message>
    <message>
        <source>The context stays %1 tokens and the prompt %2.</source>
        <translation>Der Kontext bleibt bei %1 Tokens und der Prompt bei %2.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Layers whose routed experts sit in the host&apos;s RAM, as llama.cpp&apos;s --n-cpu-moe (&quot;all&quot;: --cpu-moe). &quot;auto&quot; puts there only what does not fit the GPU. A number keeps that many layers&apos; experts there even where they would fit; what stays must fit the GPU. Each such layer hands its activations to the CPU and back every token.</source>
        <translation>Schichten, deren geroutete Experten im RAM des Hosts liegen, wie llama.cpps --n-cpu-moe („alle“: --cpu-moe). „auto“ legt dort nur ab, was nicht in die GPU passt. Eine Zahl hält die Experten so vieler Schichten dort, auch wo sie passen würden; was bleibt, muss in die GPU passen. Jede solche Schicht reicht ihre Aktivierungen bei jedem Token an die CPU und zurück.</translation>
    </message>
    <message>
        <source>E&amp;xperts on CPU:</source>
        <translation>E&amp;xperten auf der CPU:</translation>
    </message>
</context>
<context>
    <name>Headroom::SelectedPair</name>
    <message>
        <source>the comfortable margin of %1 (the smaller of 20% of %2 usable and 16 GiB)</source>
        <translation>die komfortable Reserve von %1 (das Kleinere von 20 % der nutzbaren %2 und 16 GiB)</translation>
    </message>
    <message>
        <source>The context is longer than the model&apos;s %1 tokens; it was not trained for more.</source>
        <translation>Der Kontext ist länger als die %1 Tokens des Modells; für mehr wurde es nicht trainiert.</translation>
    </message>
    <message>
        <source>Needs %1, but %2 is usable: %3 short.</source>
        <translation>Braucht %1, nutzbar sind %2: es fehlen %3.</translation>
    </message>
    <message>
        <source>Fits, but only %1 stays free: less than %2.</source>
        <translation>Passt, aber nur %1 bleibt frei: weniger als %2.</translation>
    </message>
    <message>
        <source>%1 stays free: at least %2.</source>
        <translation>%1 bleibt frei: mindestens %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>What would change it:</source>
        <translation>Was es ändern würde:</translation>
    </message>
    <message>
        <source>tensor parallel</source>
        <translation>Tensor-parallel</translation>
    </message>
    <message>
        <source>layer split</source>
        <translation>Schichten aufgeteilt</translation>
    </message>
    <message>
        <source>time per token = weights %1 ÷ (%2 × %3%4) + KV cache %5 ÷ (%2 × %6) + %7 layers × %8 µs + %9 µs</source>
        <translation>Zeit pro Token = Gewichte %1 ÷ (%2 × %3%4) + KV-Cache %5 ÷ (%2 × %6) + %7 Schichten × %8 µs + %9 µs</translation>
    </message>
    <message>
        <source> × %1 for experts</source>
        <translation> × %1 für Experten</translation>
    </message>
    <message>
        <source>
+ two all-reduces per layer over the link</source>
        <translation>
+ zwei All-Reduce pro Schicht über die Verbindung</translation>
    </message>
    <message>
        <source>
+ %1 µs per extra device (the cards take turns)</source>
        <translation>
+ %1 µs je weiterem Gerät (die Karten wechseln sich ab)</translation>
    </message>
    <message>
        <source>
÷ %1, your llama-bench runs (%2)</source>
        <translation>
÷ %1, Ihre llama-bench-Läufe (%2)</translation>
    </message>
    <message numerus="yes">
        <source>
Constants of the &apos;%1&apos; class, fitted on %n published measurement(s); range from sources the fit never saw (Speed ▸ Check the speed model).</source>
        <translation>
            <numerusform>
Konstanten der Klasse „%1“, angepasst an %n veröffentlichte Messung; Spanne aus Quellen, die die Anpassung nie sah (Tempo ▸ Tempomodell prüfen).</numerusform>
            <numerusform>
Konstanten der Klasse „%1“, angepasst an %n veröffentlichte Messungen; Spanne aus Quellen, die die Anpassung nie sah (Tempo ▸ Tempomodell prüfen).</numerusform>
        </translation>
    </message>
    <message>
        <source>
Check it: llama-bench -fa 1 -p 512 -n 128 -d %1</source>
        <translation>
Selbst prüfen: llama-bench -fa 1 -p 512 -n 128 -d %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1-token answer:</source>
        <translation>Antwort mit %1 Tokens:</translation>
    </message>
    <message>
        <source>Cannot estimate</source>
        <translation>Keine Schätzung möglich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Known %1 file size: %2
Source: %3</source>
        <translation>Bekannte %1-Dateigröße: %2
Quelle: %3</translation>
    </message>
    <message>
        <source>%1 parameters × %2 bits ÷ 8 = %3
(all experts stay resident)
%4</source>
        <translation>%1 Parameter × %2 Bit ÷ 8 = %3
(alle Experten bleiben im Speicher)
%4</translation>
    </message>
    <message>
        <source>%1 per token × %2 tokens × %3 sequence(s) = %4
+ fixed recurrent state %5
KV elements: %6</source>
        <translation>%1 pro Token × %2 Tokens × %3 Sequenz(en) = %4
+ fester rekurrenter Zustand %5
KV-Elemente: %6</translation>
    </message>
    <message>
        <source>usable %1 (%2) − total %3 = %4</source>
        <translation>nutzbar %1 (%2) − gesamt %3 = %4</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>The longest context whose memory still fits usable memory, capped at the model&apos;s %1.</source>
        <translation>Der längste Kontext, dessen Speicher noch in den nutzbaren Speicher passt, begrenzt auf die %1 des Modells.</translation>
    </message>
    <message>
        <source>bandwidth %1 ÷ (active weights %2 + KV read %3) per token</source>
        <translation>Bandbreite %1 ÷ (aktive Gewichte %2 + gelesener KV %3) pro Token</translation>
    </message>
    <message>
        <source>— (does not run)</source>
        <translation>— (läuft nicht)</translation>
    </message>
    <message>
        <source>— (does not run); %1: %2</source>
        <translation>— (läuft nicht); %1: %2</translation>
    </message>
    <message>
        <source>%1 of the weights in host RAM</source>
        <translation>%1 der Gewichte im Host-RAM</translation>
    </message>
    <message numerus="yes">
        <source>calibrated on your %n run(s)</source>
        <translation>
            <numerusform>kalibriert mit Ihrem %n Lauf</numerusform>
            <numerusform>kalibriert mit Ihren %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>extrapolated: beyond the measurements it is fitted on</source>
        <translation>extrapoliert: jenseits der Messungen, an die es angepasst ist</translation>
    </message>
    <message>
        <source>%1 (range %2 – %3) with the cache full at %4; %5 at an empty context</source>
        <translation>%1 (Spanne %2 – %3) mit vollem Cache bei %4; %5 bei leerem Kontext</translation>
    </message>
    <message>
        <source>prefill of %1 prompt tokens %2 + %3 tokens ÷ decode estimate</source>
        <translation>Prefill von %1 Prompt-Tokens %2 + %3 Tokens ÷ Decode-Schätzung</translation>
    </message>
    <message>
        <source>unknown: the box&apos;s compute is not published, so prefill is unknown</source>
        <translation>unbekannt: Die Rechenleistung der Box ist nicht veröffentlicht, also ist Prefill unbekannt</translation>
    </message>
    <message>
        <source>The box&apos;s TFLOPS are not published, so prefill speed is unknown.</source>
        <translation>Die TFLOPS der Box sind nicht veröffentlicht, daher ist die Prefill-Geschwindigkeit unbekannt.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) for a %4-token prompt (prefill %5)</source>
        <translation>%1 (%2 – %3) für einen Prompt mit %4 Tokens (Prefill %5)</translation>
    </message>
    <message>
        <source>%1 prompt tokens ÷ prefill %2 (llama.cpp, class %3, fitted on %4 published prompt speeds)
time = tokens × (2 × %5 active parameters + attention over the prefix) ÷ (%6 %7 × %8 reached%9)
  + per micro-batch of 512: all weights read once + %10 µs per layer
range: measured ÷ predicted %11 – %12 on the class&apos;s rows</source>
        <translation>%1 Prompt-Tokens ÷ Prefill %2 (llama.cpp, Klasse %3, angepasst an %4 veröffentlichte Prompt-Geschwindigkeiten)
Zeit = Tokens × (2 × %5 aktive Parameter + Attention über den Präfix) ÷ (%6 %7 × %8 erreicht%9)
  + je Mikro-Batch von 512: alle Gewichte einmal gelesen + %10 µs je Schicht
Bereich: gemessen ÷ vorhergesagt %11 – %12 auf den Zeilen der Klasse</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16-TFLOPS</translation>
    </message>
    <message>
        <source>INT8 TOPS</source>
        <translation>INT8-TOPS</translation>
    </message>
    <message>
        <source> × the experts&apos; share at %1 tokens each</source>
        <translation> × Anteil der Experten bei je %1 Tokens</translation>
    </message>
    <message numerus="yes">
        <source>the routed experts of %n layer(s)</source>
        <translation>
            <numerusform>die gerouteten Experten von %n Schicht</numerusform>
            <numerusform>die gerouteten Experten von %n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>whole layers</source>
        <translation>ganze Schichten</translation>
    </message>
    <message>
        <source>Needs %1 with %2 usable on the GPU: %3 of the weights (%4) live in the host&apos;s %5 of RAM and are read from there for every token.</source>
        <translation>Braucht %1 bei %2 nutzbar auf der GPU: %3 der Gewichte (%4) liegen in den %5 RAM des Hosts und werden für jedes Token von dort gelesen.</translation>
    </message>
    <message>
        <source>
+ offloaded %1 ÷ (host RAM bandwidth × %2 %) + %3 hand-overs to the CPU × %4 µs</source>
        <translation>
+ ausgelagert %1 ÷ (RAM-Bandbreite des Hosts × %2 %) + %3 Übergaben an die CPU × %4 µs</translation>
    </message>
    <message numerus="yes">
        <source>The routed experts of %n layer(s), %1, are more than the host can lend: %2 of its RAM after what the system keeps.</source>
        <translation>
            <numerusform>Die gerouteten Experten von %n Schicht, %1, sind mehr, als der Host leihen kann: %2 seines RAM nach dem, was das System behält.</numerusform>
            <numerusform>Die gerouteten Experten von %n Schichten, %1, sind mehr, als der Host leihen kann: %2 seines RAM nach dem, was das System behält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the routed experts of %n layer(s) (%1) in the host&apos;s RAM, %2 stays on the GPU, but %3 is usable.</source>
        <translation>
            <numerusform>Mit den gerouteten Experten von %n Schicht (%1) im RAM des Hosts bleiben %2 auf der GPU, nutzbar sind aber %3.</numerusform>
            <numerusform>Mit den gerouteten Experten von %n Schichten (%1) im RAM des Hosts bleiben %2 auf der GPU, nutzbar sind aber %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the model&apos;s vocabulary is not in the catalog)</source>
        <translation>%1 (das Vokabular des Modells steht nicht im Katalog)</translation>
    </message>
    <message>
        <source>%1 rows × (%2 logits + %3 × %4 hidden) × 4 B</source>
        <translation>%1 Zeilen × (%2 Logits + %3 × %4 verborgen) × 4 B</translation>
    </message>
    <message>
        <source>
− %1 token table (%2 × %3 × bits ÷ 8) that llama.cpp keeps in RAM: %4 on the GPU</source>
        <translation>
− %1 Token-Tabelle (%2 × %3 × Bits ÷ 8), die llama.cpp im RAM hält: %4 auf der GPU</translation>
    </message>
    <message>
        <source>%1 device(s) × (runtime %2 + compute buffer %3) + attention mask %4 × %5 tokens × %6 sequence(s) = %7
Compute buffer: %8</source>
        <translation>%1 Gerät(e) × (Laufzeit %2 + Rechenpuffer %3) + Attention-Maske %4 × %5 Token × %6 Sequenz(en) = %7
Rechenpuffer: %8</translation>
    </message>
    <message>
        <source>the comfortable margin of %1 (1 GiB a device, which llama.cpp&apos;s --fit keeps free)</source>
        <translation>die komfortable Reserve von %1 (1 GiB je Gerät, das llama.cpp --fit frei hält)</translation>
    </message>
    <message>
        <source> + lookup table %1</source>
        <translation> + Nachschlagetabelle %1</translation>
    </message>
    <message>
        <source>
+ lookup table %1 (%2)</source>
        <translation>
+ Nachschlagetabelle %1 (%2)</translation>
    </message>
    <message>
        <source>, %1 of it in RAM</source>
        <translation>, davon %1 im RAM</translation>
    </message>
</context>
<context>
    <name>Headroom::SideEditor</name>
    <message>
        <source>as sold</source>
        <translation>wie verkauft</translation>
    </message>
    <message>
        <source>Box:</source>
        <translation>Box:</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPUs:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <source>KV cache:</source>
        <translation>KV-Cache:</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Box A</source>
        <translation>Box A</translation>
    </message>
    <message>
        <source>Box B</source>
        <translation>Box B</translation>
    </message>
    <message>
        <source>As released</source>
        <translation>Wie veröffentlicht</translation>
    </message>
    <message>
        <source>Linked: both sides use the shared context above</source>
        <translation>Gekoppelt: Beide Seiten nutzen den gemeinsamen Kontext oben</translation>
    </message>
    <message>
        <source>This side&apos;s own context</source>
        <translation>Der eigene Kontext dieser Seite</translation>
    </message>
    <message>
        <source>Usable:</source>
        <translation>Nutzbar:</translation>
    </message>
    <message>
        <source>The box&apos;s own: %1</source>
        <translation>Wert der Box: %1</translation>
    </message>
    <message>
        <source>The usable memory in the catalog or that you typed (%1)</source>
        <translation>Der nutzbare Speicher aus dem Katalog oder Ihre Eingabe (%1)</translation>
    </message>
    <message>
        <source>This box has one usable figure: no settings to choose from</source>
        <translation>Diese Box hat einen einzigen Wert für nutzbaren Speicher: keine Einstellung zur Auswahl</translation>
    </message>
    <message>
        <source>How the box is set up decides how much memory the GPU may use</source>
        <translation>Wie die Box eingerichtet ist, entscheidet, wie viel Speicher die GPU nutzen darf</translation>
    </message>
</context>
<context>
    <name>Headroom::SpeedActions</name>
    <message>
        <source>&amp;Calibrate with my llama-bench runs…</source>
        <translation>Mit meinen llama-bench-Läufen &amp;kalibrieren …</translation>
    </message>
    <message>
        <source>C&amp;heck the speed model…</source>
        <translation>Tempomodell &amp;prüfen …</translation>
    </message>
    <message>
        <source>Scale a box&apos;s speeds by what llama-bench measured on it (headroom calibrate)</source>
        <translation>Die Geschwindigkeiten einer Box mit dem skalieren, was llama-bench auf ihr gemessen hat (headroom calibrate)</translation>
    </message>
    <message>
        <source>Predicted against measured speed, for the built-in publications and your runs</source>
        <translation>Vorhergesagte gegen gemessene Geschwindigkeit, für die eingebauten Veröffentlichungen und Ihre Läufe</translation>
    </message>
    <message>
        <source>Your speed calibrations could not be read and are left as they are: %1</source>
        <translation>Ihre Tempo-Kalibrierungen konnten nicht gelesen werden und bleiben unverändert: %1</translation>
    </message>
    <message>
        <source>&amp;Forget my calibration of %1</source>
        <translation>Meine Kalibrierung von %1 &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Forget my calibration</source>
        <translation>Meine Kalibrierung &amp;vergessen</translation>
    </message>
    <message>
        <source>Calibrate with my llama-bench runs</source>
        <translation>Mit meinen llama-bench-Läufen kalibrieren</translation>
    </message>
    <message>
        <source>llama-bench -o json (or -o md) output</source>
        <translation>Ausgabe von llama-bench -o json (oder -o md)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Match each run by its parameter count</source>
        <translation>Jeden Lauf über seine Parameterzahl zuordnen</translation>
    </message>
    <message>
        <source>&amp;Runs file:</source>
        <translation>&amp;Datei mit Läufen:</translation>
    </message>
    <message>
        <source>&amp;Box the runs were made on:</source>
        <translation>&amp;Box der Läufe:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Run for example: llama-bench -m MODEL.gguf -fa 1 -d 0,4096,16384 -o json &gt; runs.json</source>
        <translation>Zum Beispiel: llama-bench -m MODELL.gguf -fa 1 -d 0,4096,16384 -o json &gt; laeufe.json</translation>
    </message>
    <message>
        <source>llama-bench output</source>
        <translation>llama-bench-Ausgabe</translation>
    </message>
    <message>
        <source>llama-bench output (*.json *.jsonl *.md *.txt);;All files (*)</source>
        <translation>llama-bench-Ausgabe (*.json *.jsonl *.md *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no box &apos;%1&apos; in the catalog.</source>
        <translation>Im Katalog gibt es keine Box „%1“.</translation>
    </message>
    <message>
        <source>Your calibration file %1 could not be read. Fix or remove it first; Headroom does not write over it.</source>
        <translation>Ihre Kalibrierungsdatei %1 konnte nicht gelesen werden. Reparieren oder entfernen Sie sie zuerst; Headroom überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not llama-bench output Headroom can read: %2</source>
        <translation>%1 ist keine llama-bench-Ausgabe, die Headroom lesen kann: %2</translation>
    </message>
    <message>
        <source>llama-bench output %1</source>
        <translation>llama-bench-Ausgabe %1</translation>
    </message>
    <message>
        <source>Nothing was calibrated: %1</source>
        <translation>Nichts wurde kalibriert: %1</translation>
    </message>
    <message>
        <source>Calibrate %1</source>
        <translation>%1 kalibrieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: decode speeds × %2 from %n run(s)</source>
        <translation>
            <numerusform>%1: Decode-Geschwindigkeiten × %2 aus %n Lauf</numerusform>
            <numerusform>%1: Decode-Geschwindigkeiten × %2 aus %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>, prompt processing × %1</source>
        <translation>, Prompt-Verarbeitung × %1</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Forget the calibration of %1</source>
        <translation>Kalibrierung von %1 vergessen</translation>
    </message>
    <message>
        <source>Your speed calibrations could not be saved: %1</source>
        <translation>Ihre Tempo-Kalibrierungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Check the speed model</source>
        <translation>Tempomodell prüfen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>Your speed calibrations are not saved yet: %1. Headroom tries again in a moment.</source>
        <translation>Ihre Tempo-Kalibrierungen sind noch nicht gespeichert: %1. Headroom versucht es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Headroom::SpeedCheckModel</name>
    <message numerus="yes">
        <source>All %n measurements</source>
        <translation>
            <numerusform>Alle %n Messung</numerusform>
            <numerusform>Alle %n Messungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n Zeile)</numerusform>
            <numerusform>%1 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source left out</source>
        <translation>Ausgelassene Quelle</translation>
    </message>
    <message>
        <source>Median error</source>
        <translation>Median-Fehler</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Inside the range</source>
        <translation>Innerhalb der Spanne</translation>
    </message>
    <message>
        <source>Prompt processing: checking (a few seconds)…</source>
        <translation>Prompt-Verarbeitung: wird geprüft (einige Sekunden) …</translation>
    </message>
    <message numerus="yes">
        <source>Prompt processing: all %n measurements (publisher left out)</source>
        <translation>
            <numerusform>Prompt-Verarbeitung: %n Messung (Herausgeber ausgelassen)</numerusform>
            <numerusform>Prompt-Verarbeitung: alle %n Messungen (Herausgeber ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each source is predicted by a fit on the other sources only (headroom validate). Targets: median ≤ %1, 90th percentile ≤ %2, ≥ %3 inside the shown range. Prompt processing (triangles) leaves out one publisher at a time; its targets are ≤ %4, ≤ %5 and ≥ %6, not met yet.</source>
        <translation>Jede Quelle wird von einer Anpassung nur an die anderen Quellen vorhergesagt (headroom validate). Ziele: Median ≤ %1, 90. Perzentil ≤ %2, ≥ %3 innerhalb der gezeigten Spanne. Die Prompt-Verarbeitung (Dreiecke) lässt je einen Herausgeber aus; ihre Ziele sind ≤ %4, ≤ %5 und ≥ %6, noch nicht erreicht.</translation>
    </message>
</context>
<context>
    <name>Headroom::Staleness</name>
    <message>
        <source>%1 months old</source>
        <translation>%1 Monate alt</translation>
    </message>
    <message>
        <source>price from %1, %2: check before you buy</source>
        <translation>Preis von %1, %2: vor dem Kauf prüfen</translation>
    </message>
</context>
<context>
    <name>Headroom::TableUtil</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick wählt die Spalten</translation>
    </message>
</context>
<context>
    <name>Headroom::TokenSpinBox</name>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>A token count such as 32768, 128k or 1M, from %1 to %2</source>
        <translation>Eine Tokenanzahl wie 32768, 128k oder 1M, von %1 bis %2</translation>
    </message>
    <message>
        <source>Not a token count: %1</source>
        <translation>Keine Tokenanzahl: %1</translation>
    </message>
    <message>
        <source>“%1” is not a token count (%2); it stays %3.</source>
        <translation>„%1“ ist keine Token-Zahl (%2); es bleibt bei %3.</translation>
    </message>
    <message>
        <source>%1 tokens is out of range (%2); it stays %3.</source>
        <translation>%1 Tokens liegen außerhalb des Bereichs (%2); es bleibt bei %3.</translation>
    </message>
</context>
<context>
    <name>Headroom::UsableSettingItems</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <translation>%1
%2 (%3)</translation>
    </message>
</context>
<context>
    <name>Headroom::UserDataSaver</name>
    <message>
        <source>Your changes are not saved: %1 could not be read and could not be moved aside, and Headroom will not write over it. Move or repair that file, then edit again.</source>
        <translation>Ihre Änderungen sind nicht gespeichert: %1 konnte weder gelesen noch beiseitegelegt werden, und Headroom überschreibt die Datei nicht. Verschieben oder reparieren Sie sie und bearbeiten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not save your catalog to %1: %2. Your last saved catalog is unchanged.</source>
        <translation>Ihr Katalog konnte nicht unter %1 gespeichert werden: %2. Ihr zuletzt gespeicherter Katalog ist unverändert.</translation>
    </message>
    <message>
        <source>Your catalog is not saved yet: %1. Headroom tries again in a moment.</source>
        <translation>Ihr Katalog ist noch nicht gespeichert: %1. Headroom versucht es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Headroom::Verdict</name>
    <message>
        <source>Format not supported</source>
        <translation>Format nicht unterstützt</translation>
    </message>
    <message>
        <source>Exceeds the model&apos;s context</source>
        <translation>Über dem Modellkontext</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Fits with offload</source>
        <translation>Passt mit Auslagerung</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Komfortabel</translation>
    </message>
    <message>
        <source>Comfortable: free memory is at least the smaller of 20% of usable memory and 16 GiB. Tight: it fits with less free. Does not fit: it needs more than usable memory.</source>
        <translation>Komfortabel: Der freie Speicher ist mindestens das Kleinere von 20 % des nutzbaren Speichers und 16 GiB. Knapp: Es passt mit weniger freiem Speicher. Passt nicht: Es braucht mehr als den nutzbaren Speicher.</translation>
    </message>
</context>
<context>
    <name>ScenarioControls</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
</TS>
