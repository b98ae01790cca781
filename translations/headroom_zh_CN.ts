<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Headroom::AdvisorModel</name>
    <message>
        <source>%1 free at %2</source>
        <translation>%2 时剩余 %1</translation>
    </message>
    <message>
        <source>room to %1</source>
        <translation>可扩展到 %1</translation>
    </message>
    <message>
        <source>%1 tokens in %2</source>
        <translation>%2 内 %1 个 token</translation>
    </message>
    <message>
        <source>MoE reads %1 of %2</source>
        <translation>MoE 读取 %2 中的 %1</translation>
    </message>
    <message>
        <source>%1 (Pro)</source>
        <translation>%1（Pro）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>SWE-bench Pro only: ranked apart, never against Verified scores.</source>
        <translation>仅有 SWE-bench Pro 分数：单独排名，绝不与 Verified 分数比较。</translation>
    </message>
    <message>
        <source>SWE-bench Verified%1</source>
        <translation>SWE-bench Verified%1</translation>
    </message>
    <message>
        <source>, vendor-reported</source>
        <translation>，厂商自报</translation>
    </message>
    <message>
        <source>Time to first token: the %1-token prompt at the box&apos;s prefill speed</source>
        <translation>首 token 时间：以该机器的预填充速度处理 %1 token 的提示</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>SWE-bench</source>
        <translation>SWE-bench</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 token</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
</context>
<context>
    <name>Headroom::AdvisorRanking</name>
    <message>
        <source>The budget&apos;s upper end is below its lower end.</source>
        <translation>预算上限低于下限。</translation>
    </message>
</context>
<context>
    <name>Headroom::BandwidthChart</name>
    <message>
        <source>Ceiling</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>宽裕</translation>
    </message>
    <message>
        <source>Tight or offload</source>
        <translation>紧张或卸载</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Memory bandwidth, GB/s (log)</source>
        <translation>内存带宽，GB/s（对数）</translation>
    </message>
    <message>
        <source>Decode, tokens/s (log)</source>
        <translation>解码，token/s（对数）</translation>
    </message>
    <message>
        <source>Ceiling (dashed): bandwidth ÷ bytes read per token, the most any box can reach. Estimate (solid): the calibration of a discrete CUDA card at each bandwidth. Points: boxes that run the model (✓ comfortable, ! tight); boxes that do not run it have no speed and are left out.</source>
        <translation>上限（虚线）：带宽 ÷ 每个 token 读取的字节数，任何机器都无法超过。估计（实线）：按各带宽对独立 CUDA 显卡的校准。点：能运行该模型的机器（✓ 宽裕，! 紧张）；不能运行的机器没有速度，不予显示。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 context · %4 KV cache · %5 of %n box(es) run it</source>
        <translation>
            <numerusform>%1 · %2 · %3 上下文 · %4 KV 缓存 · %n 台机器中有 %5 台可运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::BoxEditor</name>
    <message>
        <source>Headroom&apos;s default rule</source>
        <translation>Headroom 的默认规则</translation>
    </message>
    <message>
        <source>Host computer around the card</source>
        <translation>显卡所在的宿主机</translation>
    </message>
    <message>
        <source>Add a box</source>
        <translation>添加机器</translation>
    </message>
    <message>
        <source>Box: %1</source>
        <translation>机器：%1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Discrete GPU(s)</source>
        <translation>独立 GPU</translation>
    </message>
    <message>
        <source>Unified memory (CPU and GPU share it)</source>
        <translation>统一内存（CPU 与 GPU 共享）</translation>
    </message>
    <message>
        <source>Multi-GPU node</source>
        <translation>多 GPU 节点</translation>
    </message>
    <message>
        <source>The runtime family whose measured efficiency calibrates decode speed</source>
        <translation>以其实测效率校准解码速度的运行时类别</translation>
    </message>
    <message>
        <source>entered in Headroom</source>
        <translation>在 Headroom 中输入</translation>
    </message>
    <message>
        <source>Where the values you change come from (a quote, a datasheet URL): saved with them</source>
        <translation>你所改数值的来源（报价、数据手册网址）：与数值一同保存</translation>
    </message>
    <message>
        <source>None: a complete computer</source>
        <translation>无：一台完整的计算机</translation>
    </message>
    <message>
        <source>A new host…</source>
        <translation>新的宿主机…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>厂商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>后端(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Devices:</source>
        <translation>设备数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Link between devices:</source>
        <translation>设备间互连(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Memory per device:</source>
        <translation>每设备内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Usable per device:</source>
        <translation>每设备可用(&amp;U)：</translation>
    </message>
    <message>
        <source>Memory &amp;bandwidth per device:</source>
        <translation>每设备内存带宽(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Compute per device (FP16, FP32 accumulate):</source>
        <translation>每设备算力（FP16，FP32 累加）(&amp;C)：</translation>
    </message>
    <message>
        <source>Power under &amp;load:</source>
        <translation>满载功耗(&amp;L)：</translation>
    </message>
    <message>
        <source>Power at &amp;idle:</source>
        <translation>空闲功耗(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Price (street):</source>
        <translation>价格（市场价）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Source of your values:</source>
        <translation>数值来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>宿主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>System RAM:</source>
        <translation>系统内存：</translation>
    </message>
    <message>
        <source>RAM bandwidth (for offload):</source>
        <translation>内存带宽（用于卸载）：</translation>
    </message>
    <message>
        <source>Power under load:</source>
        <translation>满载功耗：</translation>
    </message>
    <message>
        <source>Power at idle:</source>
        <translation>空闲功耗：</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>请输入数值</translation>
    </message>
    <message>
        <source>Headroom could not detect the memory: enter it.</source>
        <translation>Headroom 无法检测内存：请输入。</translation>
    </message>
    <message>
        <source>Headroom could not detect the memory bandwidth and found no catalog box like this one: enter it from the vendor’s datasheet.</source>
        <translation>Headroom 无法检测内存带宽，目录中也没有类似的机器：请按厂商数据手册输入。</translation>
    </message>
    <message>
        <source>No tool reports the system RAM’s bandwidth: enter it (dual-channel DDR5-5600 is about 90 GB/s), or choose no host.</source>
        <translation>没有工具能报告系统内存的带宽：请输入（双通道 DDR5-5600 约为 90 GB/s），或选择不使用宿主机。</translation>
    </message>
    <message>
        <source>Give the box a name.</source>
        <translation>请为机器命名。</translation>
    </message>
    <message>
        <source>Usable memory cannot be more than the memory.</source>
        <translation>可用内存不能超过内存总量。</translation>
    </message>
    <message>
        <source>Give the host a name.</source>
        <translation>请为宿主机命名。</translation>
    </message>
    <message>
        <source>default share of unified memory</source>
        <translation>统一内存的默认份额</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>你的数值</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Usable &amp;setting:</source>
        <translation>可用内存设置(&amp;S)：</translation>
    </message>
    <message>
        <source>That leaves %1 GiB usable per device: enter the usable memory yourself, or more memory.</source>
        <translation>每个设备只剩 %1 GiB 可用：请自行输入可用内存，或输入更多内存。</translation>
    </message>
    <message>
        <source>the whole memory (the runtime counts as overhead; llama.cpp --fit&apos;s 1 GiB free is inside the comfortable margin)</source>
        <translation>全部内存（运行时计入开销；llama.cpp --fit 保留的 1 GiB 空闲包含在宽裕余量内）</translation>
    </message>
</context>
<context>
    <name>Headroom::BudgetAdvisor</name>
    <message>
        <source>Single box only</source>
        <translation>仅单台机器</translation>
    </message>
    <message>
        <source>Comfortable only</source>
        <translation>仅宽裕</translation>
    </message>
    <message>
        <source> tok/s</source>
        <translation> token/s</translation>
    </message>
    <message>
        <source>Default 8.3 tok/s: a 500-token answer within 60 seconds</source>
        <translation>默认 8.3 token/s：60 秒内给出 500 token 的回答</translation>
    </message>
    <message>
        <source>Prompt tokens before the answer: sets the time to first token column</source>
        <translation>回答前的提示 token 数：决定首 token 时间一列</translation>
    </message>
    <message>
        <source>As released</source>
        <translation>按发布格式</translation>
    </message>
    <message>
        <source>Leave out pairs that fit only tightly (less than the comfortable margin free)</source>
        <translation>排除只能紧张运行的组合（剩余空间低于宽裕余量）</translation>
    </message>
    <message>
        <source>Use as box &amp;A</source>
        <translation>用作机器 A(&amp;A)</translation>
    </message>
    <message>
        <source>Use as box &amp;B</source>
        <translation>用作机器 B(&amp;B)</translation>
    </message>
    <message>
        <source>Compare this pick with its context, weights and KV cache</source>
        <translation>以其上下文、权重和 KV 缓存比较此选择</translation>
    </message>
    <message>
        <source>Budget from</source>
        <translation>预算从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Ranking %1 pairs…</source>
        <translation>正在为 %1 个组合排名…</translation>
    </message>
    <message>
        <source> comfortably</source>
        <translation>（宽裕）</translation>
    </message>
    <message>
        <source>%1 pairs run; the best %2 are listed, best first. Boxes without a known price are left out.</source>
        <translation>%1 个组合可运行；列出最好的 %2 个，由好到差。价格未知的机器不予列出。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) run, best first. Boxes without a known price are left out.</source>
        <translation>
            <numerusform>%n 个组合可运行，由好到差。价格未知的机器不予列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>允许商用</translation>
    </message>
    <message>
        <source>Leave out models whose weights&apos; licence does not allow commercial use without conditions</source>
        <translation>排除权重许可不允许无条件商用的模型</translation>
    </message>
    <message>
        <source>Leave out boxes joined over a network (2× DGX Spark); a multi-GPU node is one box</source>
        <translation>排除通过网络连接的机器（2× DGX Spark）；多 GPU 节点算作一台</translation>
    </message>
    <message>
        <source>The floor the compare view holds a box to: the prompt&apos;s prefill plus the answer within this many seconds. A box whose prompt speed is unknown cannot show it, and is left out.</source>
        <translation>与比较视图相同的下限：提示预填充加上回答在这么多秒内完成。提示处理速度未知的机器无法证明这一点，因此被排除。</translation>
    </message>
    <message>
        <source>answer within</source>
        <translation>回答时间</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs within this budget, speed, answer time and context%1. Try a wider budget, a lower floor or a shorter context.</source>
        <translation>目录中没有任何组合能%1在此预算、速度、回答时间和上下文下运行。请尝试更宽的预算、更低的下限或更短的上下文。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>Headroom::CalibrationChart</name>
    <message>
        <source>Measured = predicted</source>
        <translation>实测 = 预测</translation>
    </message>
    <message>
        <source>Shown range</source>
        <translation>显示的范围</translation>
    </message>
    <message>
        <source>Publications (source held out)</source>
        <translation>公开数据（留出其来源）</translation>
    </message>
    <message>
        <source>Your llama-bench runs</source>
        <translation>你的 llama-bench 运行</translation>
    </message>
    <message>
        <source>Predicted (tokens/s, log scale)</source>
        <translation>预测（token/s，对数刻度）</translation>
    </message>
    <message>
        <source>Measured (tokens/s, log scale)</source>
        <translation>实测（token/s，对数刻度）</translation>
    </message>
    <message>
        <source>A point on the line was predicted exactly; above it, the box was faster than predicted. Between the dashed lines: the range Headroom shows beside every speed.</source>
        <translation>线上的点表示预测完全准确；线上方表示机器比预测更快。虚线之间：Headroom 在每个速度旁显示的范围。</translation>
    </message>
    <message>
        <source>Prompt processing</source>
        <translation>提示处理</translation>
    </message>
    <message>
        <source>Predicted against measured speed: decode and prompt processing</source>
        <translation>预测与实测速度对比：解码与提示处理</translation>
    </message>
</context>
<context>
    <name>Headroom::CatalogActions</name>
    <message>
        <source>New: %1.</source>
        <translation>新增：%1。</translation>
    </message>
    <message>
        <source>Replaces what you have: %1.</source>
        <translation>替换你已有的：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) identical to yours, left as they are.</source>
        <translation>
            <numerusform>%n 个条目与你的相同，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a &amp;box…</source>
        <translation>添加机器(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Edit box…</source>
        <translation>编辑机器(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate box…</source>
        <translation>复制机器(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete box</source>
        <translation>删除机器(&amp;D)</translation>
    </message>
    <message>
        <source>Add a &amp;model…</source>
        <translation>添加模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit m&amp;odel…</source>
        <translation>编辑模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Duplicate mode&amp;l…</source>
        <translation>复制模型(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete mode&amp;l</source>
        <translation>删除模型(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;this computer…</source>
        <translation>添加本机(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import a catalog file…</source>
        <translation>导入目录文件(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport your catalog…</source>
        <translation>导出你的目录(&amp;X)…</translation>
    </message>
    <message>
        <source>Detect this computer&apos;s GPUs and memory and add it as a box, to compare what you have with what you might buy</source>
        <translation>检测本机的 GPU 和内存并添加为一台机器，以便比较已有的和可能购买的</translation>
    </message>
    <message>
        <source>Your own boxes, models and overrides, as a catalog file others can import</source>
        <translation>你自己的机器、模型和覆盖值，作为他人可导入的目录文件</translation>
    </message>
    <message>
        <source>Import a catalog file</source>
        <translation>导入目录文件</translation>
    </message>
    <message>
        <source>Catalog files (*.json)</source>
        <translation>目录文件 (*.json)</translation>
    </message>
    <message>
        <source>Export your catalog</source>
        <translation>导出你的目录</translation>
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation>编辑“%1”(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate “%1”…</source>
        <translation>复制“%1”(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Reset “%1” to the built-in values</source>
        <translation>将“%1”重置为内置数值(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>删除“%1”(&amp;D)</translation>
    </message>
    <message>
        <source>Edit m&amp;odel “%1”…</source>
        <translation>编辑模型“%1”(&amp;O)…</translation>
    </message>
    <message>
        <source>Duplicate mode&amp;l “%1”…</source>
        <translation>复制模型“%1”(&amp;L)…</translation>
    </message>
    <message>
        <source>Reset mode&amp;l “%1” to the built-in values</source>
        <translation>将模型“%1”重置为内置数值(&amp;L)</translation>
    </message>
    <message>
        <source>Delete mode&amp;l “%1”</source>
        <translation>删除模型“%1”(&amp;L)</translation>
    </message>
    <message>
        <source>add box %1</source>
        <translation>添加机器 %1</translation>
    </message>
    <message>
        <source>edit box %1</source>
        <translation>编辑机器 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>duplicate box %1</source>
        <translation>复制机器 %1</translation>
    </message>
    <message>
        <source>delete box %1</source>
        <translation>删除机器 %1</translation>
    </message>
    <message>
        <source>reset box %1</source>
        <translation>重置机器 %1</translation>
    </message>
    <message>
        <source>Deleted %1 (Ctrl+Z brings it back)</source>
        <translation>已删除 %1（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>%1 has its built-in values again</source>
        <translation>%1 已恢复内置数值</translation>
    </message>
    <message>
        <source>add model %1</source>
        <translation>添加模型 %1</translation>
    </message>
    <message>
        <source>edit model %1</source>
        <translation>编辑模型 %1</translation>
    </message>
    <message>
        <source>duplicate model %1</source>
        <translation>复制模型 %1</translation>
    </message>
    <message>
        <source>delete model %1</source>
        <translation>删除模型 %1</translation>
    </message>
    <message>
        <source>reset model %1</source>
        <translation>重置模型 %1</translation>
    </message>
    <message>
        <source>Looking at this computer’s GPUs and memory…</source>
        <translation>正在查看本机的 GPU 和内存…</translation>
    </message>
    <message>
        <source>Add this computer</source>
        <translation>添加本机</translation>
    </message>
    <message>
        <source>Headroom found no GPU it can read here (it asks nvidia-smi, rocm-smi and the system). Add the box by hand with Catalog → Add a box.</source>
        <translation>Headroom 在此没有找到可读取的 GPU（已询问 nvidia-smi、rocm-smi 和系统）。请通过 目录 → 添加机器 手动添加。</translation>
    </message>
    <message>
        <source>Found %1; enter what could not be detected</source>
        <translation>找到 %1；请输入无法检测的部分</translation>
    </message>
    <message>
        <source>Found %1; bandwidth and power come from the catalog’s %2</source>
        <translation>找到 %1；带宽和功耗取自目录中的 %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds nothing new</source>
        <translation>%1 没有新内容</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n entry(s) new</source>
        <translation>
            <numerusform>已导入 %1：%n 个新条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replaced</source>
        <translation>
            <numerusform>，替换 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Headroom::CatalogPane</name>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>搜索模型（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search hardware</source>
        <translation>搜索硬件</translation>
    </message>
    <message>
        <source>&amp;Fits selected box</source>
        <translation>适合所选机器(&amp;F)</translation>
    </message>
    <message>
        <source>Only models that run on the selected box in this scenario</source>
        <translation>只显示在此场景下能在所选机器上运行的模型</translation>
    </message>
    <message>
        <source>Single box &amp;only</source>
        <translation>仅单台机器(&amp;O)</translation>
    </message>
    <message>
        <source>Any vendor</source>
        <translation>任意厂商</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Show boxes whose total memory lies in this range (0 = no limit)</source>
        <translation>显示总内存在此范围内的机器（0 = 不限）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Memor&amp;y:</source>
        <translation>内存(&amp;Y)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>%1 stays selected; the filters above hide it.</source>
        <translation>%1 仍处于选中状态；上面的筛选条件把它隐藏了。</translation>
    </message>
    <message>
        <source>Co&amp;mmercial use allowed</source>
        <translation>允许商用(&amp;M)</translation>
    </message>
    <message>
        <source>Only models whose weights&apos; licence allows commercial use without conditions; a model&apos;s hosted API is a separate contract</source>
        <translation>仅显示权重许可无条件允许商用的模型；模型的托管 API 属于单独的合同</translation>
    </message>
</context>
<context>
    <name>Headroom::CatalogStore</name>
    <message>
        <source>
✎ Your own %1 (Catalog menu: edit or delete)</source>
        <translation>
✎ 你自己的%1（目录菜单：编辑或删除）</translation>
    </message>
    <message>
        <source>
✎ A built-in %1 with your changes (Catalog menu: reset to the built-in values)</source>
        <translation>
✎ 经你修改的内置%1（目录菜单：重置为内置数值）</translation>
    </message>
</context>
<context>
    <name>Headroom::ChartFigure</name>
    <message>
        <source>%1 · %2 · %3 context · %4 KV cache</source>
        <translation>%1 · %2 · %3 上下文 · %4 KV 缓存</translation>
    </message>
    <message>
        <source> · the first %1 of the %2 boxes given</source>
        <translation> · 给定的 %2 台机器中的前 %1 台</translation>
    </message>
    <message>
        <source> · %1 of %2 boxes: those that run it, smallest first, then the nearest misses</source>
        <translation> · %2 台机器中的 %1 台：先列能运行的（由小到大），再列最接近的</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 · %4 KV cache</source>
        <translation>%1，%2 · %3 · %4 KV 缓存</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1：%2，运行于 %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source> price</source>
        <translation> 价格</translation>
    </message>
    <message>
        <source>API prices (%1)</source>
        <translation>API 价格（%1）</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>%1: decode speed follows memory bandwidth</source>
        <translation>%1：解码速度随内存带宽变化</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，运行于 %2</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 对比 </translation>
    </message>
    <message>
        <source>%1: memory needed against memory usable</source>
        <translation>%1：所需内存与可用内存</translation>
    </message>
    <message>
        <source>%1 on %2: memory and speed as the context grows</source>
        <translation>%1，运行于 %2：随上下文增长的内存与速度</translation>
    </message>
    <message>
        <source>Coding quality against speed on %1</source>
        <translation>%1 上的编码质量与速度</translation>
    </message>
    <message>
        <source>decode efficiency %1% of bandwidth (given)</source>
        <translation>解码效率为带宽的 %1%（给定）</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>decode speed fitted on published llama.cpp measurements per runtime (bandwidth efficiency %1)</source>
        <translation>解码速度按运行时拟合自公开的 llama.cpp 实测数据（带宽效率 %1）</translation>
    </message>
    <message>
        <source>Assumptions: %1 weights (%2 bits/weight), %3 tokens of context, %4 KV cache, %5 sequence(s); %6. Speeds are single-sequence estimates, never above bandwidth ÷ bytes read per token.</source>
        <translation>假设：%1 权重（%2 位/权重），%3 token 上下文，%4 KV 缓存，%5 个序列；%6。速度为单序列估计，绝不超过 带宽 ÷ 每 token 读取字节数。</translation>
    </message>
    <message>
        <source> size</source>
        <translation> 大小</translation>
    </message>
    <message>
        <source> attention</source>
        <translation> 注意力</translation>
    </message>
    <message>
        <source>SWE-bench scores: per model in &apos;headroom catalog --json&apos;, vendor-reported where marked</source>
        <translation>SWE-bench 分数：见 &apos;headroom catalog --json&apos; 中各模型，标注处为厂商自报</translation>
    </message>
    <message>
        <source> bandwidth</source>
        <translation> 带宽</translation>
    </message>
    <message>
        <source>all other boxes: &apos;headroom catalog --json&apos; (catalog as of %1)</source>
        <translation>其他所有机器：&apos;headroom catalog --json&apos;（目录截至 %1）</translation>
    </message>
</context>
<context>
    <name>Headroom::CompareModel</name>
    <message>
        <source>different model</source>
        <translation>不同模型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · price unknown</source>
        <translation>%1 · 价格未知</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 per tok/s</source>
        <translation>每 token/s %1</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>每 %2 %1</translation>
    </message>
    <message>
        <source>%1 per M tokens</source>
        <translation>每百万 token %1</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>cannot serve the daily tokens</source>
        <translation>无法满足每日 token 量</translation>
    </message>
    <message>
        <source>rented: nothing to pay back</source>
        <translation>租用：无需回本</translation>
    </message>
    <message>
        <source>(B − A) ÷ A, only where both sides run the same model and weights</source>
        <translation>(B − A) ÷ A，仅当两边运行相同模型和权重时</translation>
    </message>
    <message>
        <source>(B − A) ÷ A</source>
        <translation>(B − A) ÷ A</translation>
    </message>
    <message>
        <source>No speed: the model does not run on this box in this scenario.</source>
        <translation>无速度：在此场景下该模型无法在这台机器上运行。</translation>
    </message>
    <message>
        <source>Single-sequence decode with the KV cache full at %1 tokens</source>
        <translation>KV 缓存填满至 %1 token 时的单序列解码</translation>
    </message>
    <message>
        <source>
%1 of the weights in the host&apos;s RAM</source>
        <translation>
%1 的权重位于宿主机内存中</translation>
    </message>
    <message>
        <source>
Calibrated on your llama-bench runs</source>
        <translation>
已用你的 llama-bench 运行校准</translation>
    </message>
    <message>
        <source>
Extrapolated beyond the measurements the speed model is fitted on</source>
        <translation>
超出速度模型拟合所用实测数据的范围，属外推</translation>
    </message>
    <message>
        <source>The box&apos;s TFLOPS are not published, so prefill is unknown.</source>
        <translation>该机器的 TFLOPS 未公开，因此预填充未知。</translation>
    </message>
    <message>
        <source>No price known</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>(Low purchase price (%1) + host %2) ÷ decode estimate</source>
        <translation>（最低购买价 (%1) + 宿主机 %2）÷ 解码估计</translation>
    </message>
    <message>
        <source>Low purchase price (%1) ÷ decode estimate</source>
        <translation>最低购买价 (%1) ÷ 解码估计</translation>
    </message>
    <message>
        <source>A complete computer: no separate host to buy</source>
        <translation>完整的计算机：无需另购宿主机</translation>
    </message>
    <message>
        <source>A bare card needs a computer around it: its price and power count in the costs below; its RAM (%1 at %2) holds what is offloaded.
Source: %3 (as of %4)</source>
        <translation>裸卡需要一台计算机承载：其价格和功耗计入下方成本；其内存（%1，%2）容纳被卸载的部分。
来源：%3（截至 %4）</translation>
    </message>
    <message>
        <source>Under load, the box alone; the energy row adds the host&apos;s %1</source>
        <translation>满载时仅机器本身；能耗一行加上宿主机的 %1</translation>
    </message>
    <message>
        <source>Under load</source>
        <translation>满载</translation>
    </message>
    <message>
        <source>Low purchase price ÷ usable memory in %1</source>
        <translation>最低购买价 ÷ 可用内存（%1）</translation>
    </message>
    <message>
        <source>Power × seconds per million tokens ÷ 3.6 MJ/kWh × electricity price</source>
        <translation>功率 × 每百万 token 秒数 ÷ 3.6 MJ/kWh × 电价</translation>
    </message>
    <message numerus="yes">
        <source>Output tokens a day at %n sequence(s): 24 h ÷ (decode time per token + prefill of its %1 uncached input tokens)</source>
        <translation>
            <numerusform>%n 个序列时每天的输出 token：24 h ÷（每 token 解码时间 + 其 %1 个未缓存输入 token 的预填充时间）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: the model does not run, or the box&apos;s prompt speed is unknown</source>
        <translation>未知：模型无法运行，或机器的提示处理速度未知</translation>
    </message>
    <message>
        <source>Purchase %1 + electricity over %2 months: load power for %3 h a day, idle power the rest</source>
        <translation>购买 %1 + %2 个月电费：每天满载 %3 h，其余时间空闲</translation>
    </message>
    <message>
        <source>No API price known</source>
        <translation>API 价格未知</translation>
    </message>
    <message>
        <source>Your price, %1 per million output tokens, over %2 months</source>
        <translation>你的价格，每百万输出 token %1，共 %2 个月</translation>
    </message>
    <message>
        <source>%1 through %2%3: output + %4 input tokens per output token, %5 of them cached, over %6 months</source>
        <translation>通过 %2%3 使用 %1：每个输出 token 对应输出 + %4 个输入 token，其中 %5 已缓存，共 %6 个月</translation>
    </message>
    <message>
        <source> (no API serves %1: the stand-in)</source>
        <translation>（没有 API 提供 %1：以此代替）</translation>
    </message>
    <message>
        <source>No rental offer for this box in the catalog, or it does not run the model</source>
        <translation>目录中没有此机器的租用报价，或它无法运行该模型</translation>
    </message>
    <message>
        <source>Purchase price ÷ (monthly API cost %1 − monthly electricity %2). Blank when the price is unknown, the model does not run, or the box never pays back.</source>
        <translation>购买价 ÷（每月 API 成本 %1 − 每月电费 %2）。价格未知、模型无法运行或永不回本时为空。</translation>
    </message>
    <message>
        <source>No price found</source>
        <translation>未找到价格</translation>
    </message>
    <message>
        <source>Source: %1 (as of %2)</source>
        <translation>来源：%1（截至 %2）</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>B vs A</source>
        <translation>B 对比 A</translation>
    </message>
    <message>
        <source>Model (weights)</source>
        <translation>模型（权重）</translation>
    </message>
    <message>
        <source>Usable memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Price (MSRP)</source>
        <translation>价格（建议零售价）</translation>
    </message>
    <message>
        <source>Price (street)</source>
        <translation>价格（市场价）</translation>
    </message>
    <message>
        <source>Host computer</source>
        <translation>宿主机</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <source>Decode estimate</source>
        <translation>解码估计</translation>
    </message>
    <message>
        <source>Decode range</source>
        <translation>解码范围</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 时间</translation>
    </message>
    <message>
        <source>Price per tok/s</source>
        <translation>每 token/s 价格</translation>
    </message>
    <message>
        <source>Price per memory</source>
        <translation>每单位内存价格</translation>
    </message>
    <message>
        <source>Energy per M tokens</source>
        <translation>每百万 token 能耗</translation>
    </message>
    <message>
        <source>Tokens it can serve</source>
        <translation>可提供的 token</translation>
    </message>
    <message>
        <source>Cost of ownership</source>
        <translation>拥有成本</translation>
    </message>
    <message>
        <source>API, same tokens</source>
        <translation>API，相同 token</translation>
    </message>
    <message>
        <source>Rent it instead</source>
        <translation>改为租用</translation>
    </message>
    <message>
        <source>Break-even vs API</source>
        <translation>与 API 的回本点</translation>
    </message>
    <message>
        <source>%1 (%2 – %3; %4)</source>
        <translation>%1（%2 – %3；%4）</translation>
    </message>
    <message>
        <source>%1 prompt tokens ÷ prefill %2 (range %3 – %4): the matrix rate of the weights&apos; path (INT8 for quantized weights, FP16 otherwise) × the share llama.cpp reaches, plus one read of all weights per micro-batch</source>
        <translation>%1 个提示词元 ÷ 预填充 %2（范围 %3 – %4）：权重计算路径的矩阵速率（量化权重用 INT8，否则 FP16）× llama.cpp 达到的比例，另加每个微批次读取一次全部权重</translation>
    </message>
    <message>
        <source> (extrapolated)</source>
        <translation>（外推）</translation>
    </message>
    <message>
        <source>%1 for %2 a day ⚠</source>
        <translation>%1（每天 %2）⚠</translation>
    </message>
    <message>
        <source>No purchase price: renting for %1 h a day billed (%2) over %3 months (power included)</source>
        <translation>没有购买价格：每天计费租用 %1 小时（%2），共 %3 个月（含电费）</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>on demand, whole hours</source>
        <translation>按需，整小时</translation>
    </message>
    <message>
        <source>%1 at %2 an hour for every GPU, %3 h a day billed (%4; the workload needs %5 h), over %6 months</source>
        <translation>%1，所有 GPU 每小时 %2，每天计费 %3 小时（%4；工作负载需要 %5 小时），共 %6 个月</translation>
    </message>
    <message>
        <source>%1 ⚠ over the %2 floor</source>
        <translation>%1 ⚠ 超过 %2 的下限</translation>
    </message>
    <message>
        <source>Time to first token + %1 answer tokens at the decode estimate; a box qualifies when this is within %2</source>
        <translation>首 token 时间 + 按解码估计生成 %1 个回答 token；在 %2 内即符合条件</translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation>回答时间</translation>
    </message>
    <message>
        <source>The %1 file; llama.cpp keeps its %2 token table in the host&apos;s RAM, so %3 sit on the GPU</source>
        <translation>%1 文件；llama.cpp 将其 %2 的词元表保留在主机内存中，因此 GPU 上为 %3</translation>
    </message>
    <message>
        <source>The %1 file, all of it in the box&apos;s memory</source>
        <translation>%1 文件，全部位于机器的内存中</translation>
    </message>
</context>
<context>
    <name>Headroom::CompareView</name>
    <message>
        <source>Same context for both</source>
        <translation>两边使用相同上下文</translation>
    </message>
    <message>
        <source>Tokens read before answering (a file, a diff): fills the prefill-time row where the box&apos;s compute is known</source>
        <translation>回答前读取的 token（一个文件、一个 diff）：在机器算力已知时填入预填充时间一行</translation>
    </message>
    <message>
        <source>Sequences served at once: more of them raise the tokens a box makes per day (and its KV cache), which decides whether it can replace the API</source>
        <translation>同时服务的序列数：越多，机器每天产出的 token（及其 KV 缓存）越多，这决定它能否取代 API</translation>
    </message>
    <message>
        <source> per kWh</source>
        <translation> 每 kWh</translation>
    </message>
    <message>
        <source> tokens/day</source>
        <translation> token/天</translation>
    </message>
    <message>
        <source> per M tokens</source>
        <translation> 每百万 token</translation>
    </message>
    <message>
        <source>each model&apos;s own API prices</source>
        <translation>各模型自己的 API 价格</translation>
    </message>
    <message>
        <source>An all-in price per million output tokens; below zero, each model&apos;s own API offer in the catalog (input, cached input and output prices, with the workload&apos;s %1 input tokens per output token, %2 cached)</source>
        <translation>每百万输出 token 的全包价格；小于零时使用目录中各模型自己的 API 报价（输入、缓存输入和输出价格，按工作量每个输出 token 对应 %1 个输入 token，%2 已缓存）</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>The cost of ownership covers this long: purchase, and electricity at the workload</source>
        <translation>拥有成本涵盖的时长：购买，以及按工作量计算的电费</translation>
    </message>
    <message>
        <source> input per output token</source>
        <translation> 输入/输出 token</translation>
    </message>
    <message>
        <source>A coding agent reads far more than it writes: each answer brings the files, the diff and the conversation again. Prefill and API input prices follow from it.</source>
        <translation>编码智能体读得远比写得多：每次回答都会再次带上文件、diff 和对话。预填充和 API 输入价格由此而来。</translation>
    </message>
    <message>
        <source>% cached</source>
        <translation>% 已缓存</translation>
    </message>
    <message>
        <source>Input seen before (the same context again): APIs bill it at the cached-input price and a box does not prefill it again</source>
        <translation>之前见过的输入（再次出现的同一上下文）：API 按缓存输入价格计费，机器也无需再次预填充</translation>
    </message>
    <message>
        <source>catalog host per card</source>
        <translation>目录中每张卡的宿主机</translation>
    </message>
    <message>
        <source>A bare card needs a computer around it; its price counts in the cost of ownership. Set a price to replace the catalog&apos;s host price for both sides.</source>
        <translation>裸卡需要一台计算机承载；其价格计入拥有成本。设置价格可替换两边目录中的宿主机价格。</translation>
    </message>
    <message>
        <source>&amp;Swap A ↔ B</source>
        <translation>交换 A ↔ B(&amp;S)</translation>
    </message>
    <message>
        <source>Cheapest box for &amp;A</source>
        <translation>A 的最便宜机器(&amp;A)</translation>
    </message>
    <message>
        <source>The lowest-priced box (host included), other than B&apos;s, that runs A&apos;s model comfortably at the speed floor or faster</source>
        <translation>除 B 的机器外，能以速度下限或更快宽裕运行 A 模型的最低价机器（含宿主机）</translation>
    </message>
    <message>
        <source>Cheapest box for &amp;B</source>
        <translation>B 的最便宜机器(&amp;B)</translation>
    </message>
    <message>
        <source>The lowest-priced box (host included), other than A&apos;s, that runs B&apos;s model comfortably at the speed floor or faster</source>
        <translation>除 A 的机器外，能以速度下限或更快宽裕运行 B 模型的最低价机器（含宿主机）</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>Se&amp;quences:</source>
        <translation>序列数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>&amp;over</source>
        <translation>时长(&amp;O)</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>工作量：</translation>
    </message>
    <message>
        <source>Agent traffic:</source>
        <translation>智能体流量：</translation>
    </message>
    <message>
        <source>Speed against bandwidth</source>
        <translation>速度与带宽</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>随时间的成本</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1：%2，运行于 %3</translation>
    </message>
    <message>
        <source>No priced box other than the other side&apos;s runs %1 comfortably at %2 tokens and %3.</source>
        <translation>除另一边的机器外，没有已定价的机器能在 %2 token 和 %3 下宽裕运行 %1。</translation>
    </message>
    <message>
        <source>Lowest purchase price (host included) among the boxes other than the other side&apos;s that run %1 comfortably at %2 or faster: %3</source>
        <translation>除另一边的机器外，能以 %2 或更快宽裕运行 %1 的机器中最低的购买价（含宿主机）：%3</translation>
    </message>
    <message>
        <source>Co&amp;mmercial use</source>
        <translation>商业用途(&amp;M)</translation>
    </message>
    <message>
        <source>The tokens are for a business: buying or renting a box for a model whose weights&apos; licence says no, or sets conditions, does not qualify (its API may)</source>
        <translation>这些 token 用于企业：若模型权重的许可证禁止商用或附带条件，为其购买或租用机器均不符合要求（其 API 可能可以）</translation>
    </message>
    <message>
        <source> s for an answer</source>
        <translation> 秒内给出回答</translation>
    </message>
    <message>
        <source>The floor a box must meet: the prompt&apos;s prefill plus the answer (each side&apos;s answer tokens) within this many seconds. Default %1 s.</source>
        <translation>机器必须达到的下限：提示的预填充加上回答（每侧的回答 token 数）在这么多秒内完成。默认 %1 秒。</translation>
    </message>
    <message>
        <source> tok/s decode at least</source>
        <translation> tok/s 解码下限</translation>
    </message>
    <message>
        <source>no decode floor</source>
        <translation>无解码下限</translation>
    </message>
    <message>
        <source>An extra floor on decode speed alone, on top of the answer time; at zero, none</source>
        <translation>仅针对解码速度的额外下限，在回答时间之外；为零时不设</translation>
    </message>
    <message>
        <source>Rent on demand</source>
        <translation>按需租用</translation>
    </message>
    <message>
        <source>Rent reserved</source>
        <translation>预留租用</translation>
    </message>
    <message>
        <source>How a rented box is billed: on demand for the hours the workload needs, rounded up to whole hours a day (at least one); reserved around the clock</source>
        <translation>租用机器的计费方式：按需按工作负载所需的小时数计费，每天向上取整到整小时（至少一小时）；预留则全天计费</translation>
    </message>
    <message>
        <source>Electricity, host:</source>
        <translation>电费、主机：</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>下限：</translation>
    </message>
    <message>
        <source>API, renting:</source>
        <translation>API、租用：</translation>
    </message>
</context>
<context>
    <name>Headroom::ContextChart</name>
    <message>
        <source>Memory needed</source>
        <translation>所需内存</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>可容纳的最大上下文</translation>
    </message>
    <message>
        <source>Current context</source>
        <translation>当前上下文</translation>
    </message>
    <message>
        <source>Decode tok/s (right)</source>
        <translation>解码 token/s（右）</translation>
    </message>
    <message>
        <source>Beyond the model&apos;s context</source>
        <translation>超出模型上下文</translation>
    </message>
    <message>
        <source>Context length (K tokens, log scale)</source>
        <translation>上下文长度（K token，对数刻度）</translation>
    </message>
    <message>
        <source>Decode speed (tokens/s)</source>
        <translation>解码速度（token/s）</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>内存（%1）</translation>
    </message>
</context>
<context>
    <name>Headroom::ContextSweepModel</name>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>Headroom::CostChart</name>
    <message>
        <source>Paid for itself</source>
        <translation>已回本</translation>
    </message>
    <message>
        <source>Months after purchase</source>
        <translation>购买后的月数</translation>
    </message>
    <message>
        <source>Cumulative cost (US$)</source>
        <translation>累计成本（美元）</translation>
    </message>
    <message>
        <source>A box: purchase (with its host computer) + electricity per month × months, the box at load for the hours the workload needs and idle the rest. API: the same output tokens, with their input and cached input, at the API&apos;s prices × months. Where a box&apos;s line crosses below its API line it has paid for itself.</source>
        <translation>机器：购买价（含宿主机）+ 每月电费 × 月数，按工作量需要的时长满载，其余时间空闲。API：相同的输出 token 及其输入和缓存输入，按 API 价格 × 月数。机器的线低于其 API 线之处即已回本。</translation>
    </message>
    <message>
        <source>%1, rented</source>
        <translation>%1，租用</translation>
    </message>
    <message>
        <source>%1, bought</source>
        <translation>%1，购买</translation>
    </message>
    <message>
        <source>%1 (cannot serve)</source>
        <translation>%1（无法满足）</translation>
    </message>
    <message>
        <source>API, same tokens</source>
        <translation>API，相同 token</translation>
    </message>
    <message>
        <source>API for %1&apos;s model</source>
        <translation>%1 的模型的 API</translation>
    </message>
    <message>
        <source>Cloud API at %1 per million output tokens</source>
        <translation>云 API，每百万输出 token %1</translation>
    </message>
    <message>
        <source>%1&apos;s API prices stand in: %2 has no API</source>
        <translation>以 %1 的 API 价格代替：%2 没有 API</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>通过 %2 使用 %1</translation>
    </message>
    <message>
        <source>%1 pays for itself after %2 months</source>
        <translation>%1 在 %2 个月后回本</translation>
    </message>
    <message>
        <source>Cumulative cost over %1 months at %2 output tokens a day</source>
        <translation>%1 个月内的累计成本，每天 %2 个输出 token</translation>
    </message>
</context>
<context>
    <name>Headroom::ExplorePage</name>
    <message>
        <source>Fit &amp;matrix</source>
        <translation>适配矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bandwidth</source>
        <translation>带宽(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Context sweep</source>
        <translation>上下文扫描(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quality vs speed</source>
        <translation>质量与速度(&amp;Q)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Selected pair</source>
        <translation>所选组合</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 · %4 KV cache</source>
        <translation>%1，运行于 %2 · %3 · %4 KV 缓存</translation>
    </message>
    <message>
        <source>Each cell: ✓ comfortable, ! tight, ↧ fits with CPU offload, ✗ does not fit (or the GPUs it needs), » beyond the model&apos;s context, ⊘ format not supported, “max N” the box holds fewer GPUs than asked; where the model runs, decode tok/s with the context full.</source>
        <translation>每个单元格：✓ 宽裕，! 紧张，↧ 借助 CPU 卸载可容纳，✗ 放不下（或所需的 GPU 数），» 超出模型上下文，⊘ 格式不支持，“最多 N”表示这台机器装不下所要求的 GPU 数；模型能运行时显示上下文填满时的解码 token/s。</translation>
    </message>
</context>
<context>
    <name>Headroom::ExportActions</name>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Export fit &amp;matrix…</source>
        <translation>导出适配矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>Budget &amp;report (PDF)…</source>
        <translation>预算报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print budget report…</source>
        <translation>打印预算报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <source>Pixel scale (1× is 1200 × 800):</source>
        <translation>像素倍数（1× 为 1200 × 800）：</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export fit matrix</source>
        <translation>导出适配矩阵</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;Markdown table (*.md)</source>
        <translation>CSV 表格 (*.csv);;Markdown 表格 (*.md)</translation>
    </message>
    <message>
        <source>Budget report</source>
        <translation>预算报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Writing the budget report…</source>
        <translation>正在写入预算报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Headroom::Figure</name>
    <message>
        <source>Headroom %1 · exported %2 · estimates, not measurements: check with llama-bench on your own box</source>
        <translation>Headroom %1 · 导出于 %2 · 这是估计而非实测：请在你自己的机器上用 llama-bench 核对</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Cannot export to %1: use a .png, .svg or .pdf file name.</source>
        <translation>无法导出到 %1：请使用 .png、.svg 或 .pdf 文件名。</translation>
    </message>
    <message>
        <source>Cannot export at scale %1: choose 1, 2 or 3.</source>
        <translation>无法以 %1 倍导出：请选择 1、2 或 3。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Headroom::FitMatrixModel</name>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 个 GPU</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1，运行于 %2：%3</translation>
    </message>
    <message>
        <source>
Needs %1 GPUs</source>
        <translation>
需要 %1 个 GPU</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, %4 GPU(s))
%5: %6 needed of %7 usable (headroom %8)</source>
        <translation>%1，运行于 %2（%3，%4 个 GPU）
%5：需要 %6，可用 %7（余量 %8）</translation>
    </message>
    <message>
        <source>
Fits with offload: %1, with %2 of the weights in the host&apos;s RAM</source>
        <translation>
借助卸载可容纳：%1，%2 的权重位于宿主机内存</translation>
    </message>
    <message>
        <source>
Decode ≈ %1 at a full context (ceiling %2)</source>
        <translation>
上下文填满时解码 ≈ %1（上限 %2）</translation>
    </message>
    <message>
        <source>
First token after %1</source>
        <translation>
%1 后出现首 token</translation>
    </message>
    <message>
        <source>
Speed calibrated on your llama-bench runs</source>
        <translation>
速度已用你的 llama-bench 运行校准</translation>
    </message>
    <message>
        <source>
Speed extrapolated beyond the measurements it is fitted on</source>
        <translation>
速度超出其拟合所用的实测范围，属外推</translation>
    </message>
    <message>
        <source>
Largest context that fits: %1 tokens</source>
        <translation>
可容纳的最大上下文：%1 token</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>最多 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds at most %n GPU(s); the GPUs setting asks for %2. Set GPUs to “as sold” to see it.</source>
        <translation>
            <numerusform>%1 最多装 %n 块 GPU；GPU 设置要求 %2 块。把 GPU 设为“按出售配置”即可看到它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::Fixes</name>
    <message>
        <source>with %1 weights</source>
        <translation>使用 %1 权重</translation>
    </message>
    <message>
        <source>at the model&apos;s %1 context</source>
        <translation>使用模型的 %1 上下文</translation>
    </message>
    <message>
        <source>with a q8_0 KV cache</source>
        <translation>使用 q8_0 KV 缓存</translation>
    </message>
    <message>
        <source>at %1 tokens of context</source>
        <translation>使用 %1 token 上下文</translation>
    </message>
    <message>
        <source>with %1 GPUs</source>
        <translation>使用 %1 个 GPU</translation>
    </message>
    <message>
        <source>with %1 offloaded to system RAM</source>
        <translation>将 %1 卸载到系统内存</translation>
    </message>
</context>
<context>
    <name>Headroom::Format</name>
    <message>
        <source>MSRP</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <source>street</source>
        <translation>市场价</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>缺 %1</translation>
    </message>
    <message>
        <source>used</source>
        <translation>二手</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>Headroom::HardwareTableModel</name>
    <message>
        <source>No price found for this configuration.</source>
        <translation>没有找到此配置的价格。</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (as of %4)</source>
        <translation>%1：%2 — %3（截至 %4）</translation>
    </message>
    <message>
        <source>%1
Source: %2 (as of %3)</source>
        <translation>%1
来源：%2（截至 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 device(s) as sold, up to %3</source>
        <translation>%1：出售时 %2 个设备，最多 %3 个</translation>
    </message>
    <message>
        <source>box</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Memory per device × %1 device(s)</source>
        <translation>每设备内存 × %1 个设备</translation>
    </message>
    <message>
        <source>Usable: %1
Double-click to enter your own value (Ctrl+Z undoes it).</source>
        <translation>可用：%1
双击输入你自己的数值（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Memory bandwidth per device</source>
        <translation>每设备内存带宽</translation>
    </message>
    <message>
        <source>Power under load</source>
        <translation>满载功耗</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
</context>
<context>
    <name>Headroom::HfImportDialog</name>
    <message>
        <source>Import from Hugging Face</source>
        <translation>从 Hugging Face 导入</translation>
    </message>
    <message>
        <source>A repository on the Hub: its config.json and the sizes of its files are fetched (HF_TOKEN for gated repositories, HF_ENDPOINT for a mirror)</source>
        <translation>Hub 上的一个仓库：获取其 config.json 和各文件大小（受限仓库用 HF_TOKEN，镜像用 HF_ENDPOINT）</translation>
    </message>
    <message>
        <source>…or paste a config.json here</source>
        <translation>……或在此粘贴 config.json</translation>
    </message>
    <message>
        <source>&amp;Open a config.json…</source>
        <translation>打开 config.json(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Give a repository id or a config.json.</source>
        <translation>请给出仓库 id 或 config.json。</translation>
    </message>
    <message>
        <source>Open a config.json</source>
        <translation>打开 config.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>Headroom::Hints</name>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>no catalog box at %1</source>
        <translation>目录中没有可运行 %1 的设备</translation>
    </message>
    <message>
        <source>none at %1</source>
        <translation>%1 下没有</translation>
    </message>
    <message>
        <source>Smallest box at %1: %2</source>
        <translation>%1 下最小的设备：%2</translation>
    </message>
</context>
<context>
    <name>Headroom::Language</name>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Headroom::LimitSpinBox</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Headroom::MainWindow</name>
    <message>
        <source>Your catalog</source>
        <translation>你的目录</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Headroom</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>探索(&amp;E)</translation>
    </message>
    <message>
        <source>Com&amp;pare two boxes</source>
        <translation>比较两台机器(&amp;P)</translation>
    </message>
    <message>
        <source>Budget &amp;advisor</source>
        <translation>预算顾问(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>速度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>探索(&amp;X)</translation>
    </message>
    <message>
        <source>Compare &amp;two boxes</source>
        <translation>比较两台机器(&amp;T)</translation>
    </message>
    <message>
        <source>Budget a&amp;dvisor</source>
        <translation>预算顾问(&amp;D)</translation>
    </message>
    <message>
        <source>Fit &amp;matrix</source>
        <translation>适配矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Bandwidth chart</source>
        <translation>带宽图(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Context sweep</source>
        <translation>上下文扫描(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quality vs speed</source>
        <translation>质量与速度(&amp;Q)</translation>
    </message>
    <message>
        <source>Models as &amp;rows in the matrix</source>
        <translation>矩阵中以模型为行(&amp;R)</translation>
    </message>
    <message>
        <source>Boxes across, models down: fits more on a narrow screen</source>
        <translation>机器横排、模型竖排：窄屏上能显示更多</translation>
    </message>
    <message>
        <source>Fit the matrix to the &amp;window width</source>
        <translation>矩阵适应窗口宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Every column on screen; narrow cells show the verdict&apos;s sign alone</source>
        <translation>所有列都在屏幕上；窄单元格只显示结论符号</translation>
    </message>
    <message>
        <source>Compare the selected pair as box &amp;A</source>
        <translation>将所选组合作为机器 A 比较(&amp;A)</translation>
    </message>
    <message>
        <source>Memory in &amp;GiB (2^30 bytes, like llama.cpp)</source>
        <translation>内存以 GiB 显示（2^30 字节，同 llama.cpp）(&amp;G)</translation>
    </message>
    <message>
        <source>Memory in G&amp;B (10^9 bytes, like Hugging Face)</source>
        <translation>内存以 GB 显示（10^9 字节，同 Hugging Face）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>深色配色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation>关于 Headroom(&amp;A)</translation>
    </message>
    <message>
        <source>About Headroom</source>
        <translation>关于 Headroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;Which open-weight coding model fits the box you can buy, and how fast it will feel.&lt;/p&gt;&lt;p&gt;Catalog as of %2. Every value carries its source and date: hover a cell to see it. Decode speed is calibrated on %3 (%4).&lt;/p&gt;&lt;p&gt;Licensed under the GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Headroom %1&lt;/h3&gt;&lt;p&gt;哪个开放权重编码模型适合你买得起的机器，用起来有多快。&lt;/p&gt;&lt;p&gt;目录截至 %2。每个数值都带有来源和日期：将鼠标悬停在单元格上即可查看。解码速度校准自 %3（%4）。&lt;/p&gt;&lt;p&gt;以 GPL-3.0-or-later 许可发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Box A is the explored pair; both sides now use its %1-token context.</source>
        <translation>机器 A 即所探索的组合；两边现在都使用其 %1 token 的上下文。</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>你的数值</translation>
    </message>
    <message>
        <source>usable memory of %1</source>
        <translation>%1 的可用内存</translation>
    </message>
    <message>
        <source>Usable memory of %1: %2 (%3)</source>
        <translation>%1 的可用内存：%2（%3）</translation>
    </message>
    <message>
        <source>Your catalog could not be read: %1.</source>
        <translation>无法读取你的目录：%1。</translation>
    </message>
    <message>
        <source>The file was kept, unchanged, as %1.</source>
        <translation>该文件已原样保留为 %1。</translation>
    </message>
    <message>
        <source>Headroom will not save over it until you move or repair it.</source>
        <translation>在你移走或修复它之前，Headroom 不会覆盖它。</translation>
    </message>
    <message>
        <source>Headroom started with the built-in catalog and your last good backup.</source>
        <translation>Headroom 已使用内置目录和你最近一次完好的备份启动。</translation>
    </message>
    <message>
        <source>Headroom started with the built-in catalog.</source>
        <translation>Headroom 已使用内置目录启动。</translation>
    </message>
    <message>
        <source>Catalog as of %1</source>
        <comment>status bar</comment>
        <translation>目录截至 %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n model(s)</source>
        <translation>
            <numerusform> · %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n box(es)</source>
        <translation>
            <numerusform> · %n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>你的设置</translation>
    </message>
    <message>
        <source>Your settings could not be read: %1. The file is left as it is; what you change in this session is not remembered.</source>
        <translation>无法读取你的设置：%1。该文件保持原样；本次会话中的更改不会被记住。</translation>
    </message>
    <message>
        <source>%1 holds usable-memory values from version 0.1 that cannot be read (%2); they are kept there, unused.</source>
        <translation>%1 中有来自 0.1 版、无法读取的可用内存值（%2）；它们保留在原处，不被使用。</translation>
    </message>
    <message>
        <source>The language remembered in %1, “%2”, is not one Headroom has; the system&apos;s language is used, and the value is kept.</source>
        <translation>%1 中记住的语言“%2”不是 Headroom 提供的语言；将使用系统语言，该值保持不变。</translation>
    </message>
</context>
<context>
    <name>Headroom::MemoryBar</name>
    <message>
        <source>%1 needed · %2 of it in host RAM</source>
        <translation>需要 %1 · 其中 %2 位于宿主机内存</translation>
    </message>
    <message>
        <source>%1 used · %2 free of %3 usable</source>
        <translation>已用 %1 · 可用 %3 中剩余 %2</translation>
    </message>
    <message>
        <source>%1 needed · %2 short of %3 usable</source>
        <translation>需要 %1 · 比可用 %3 少 %2</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Weights on the device %1 + KV cache %2 + overhead %3 = %4 of %5 usable</source>
        <translation>设备上的权重 %1 + KV 缓存 %2 + 开销 %3 = %4（可用 %5）</translation>
    </message>
</context>
<context>
    <name>Headroom::MemoryChart</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation>内存（%1）</translation>
    </message>
    <message>
        <source>%1: %2 short</source>
        <translation>%1：差 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 needed of %3 usable (weights on the device %4, KV cache %5, overhead %6)</source>
        <translation>%1：需要 %2，可用 %3（设备上的权重 %4，KV 缓存 %5，开销 %6）</translation>
    </message>
</context>
<context>
    <name>Headroom::ModelEditor</name>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>reported by the lab</source>
        <translation>由实验室公布</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Every parameter, all experts included: all of them stay in memory</source>
        <translation>全部参数，包括所有专家：它们都常驻内存</translation>
    </message>
    <message>
        <source>Parameters read for each token (a mixture of experts reads only its active experts): they set the decode speed</source>
        <translation>每个 token 读取的参数（混合专家模型只读取激活的专家）：决定解码速度</translation>
    </message>
    <message>
        <source>The format the lab released the weights in</source>
        <translation>实验室发布权重时的格式</translation>
    </message>
    <message>
        <source>entered in Headroom</source>
        <translation>在 Headroom 中输入</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>实验室(&amp;L)：</translation>
    </message>
    <message>
        <source>Li&amp;cence:</source>
        <translation>许可证(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Total parameters:</source>
        <translation>总参数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Active parameters:</source>
        <translation>激活参数(&amp;A)：</translation>
    </message>
    <message>
        <source>La&amp;yers:</source>
        <translation>层数(&amp;Y)：</translation>
    </message>
    <message>
        <source>Maximum &amp;context:</source>
        <translation>最大上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>Release &amp;format:</source>
        <translation>发布格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Attention (sizes the KV cache)</source>
        <translation>注意力（决定 KV 缓存大小）</translation>
    </message>
    <message>
        <source>Full-attention layers:</source>
        <translation>全注意力层：</translation>
    </message>
    <message>
        <source>KV heads:</source>
        <translation>KV 头数：</translation>
    </message>
    <message>
        <source>Head dimension:</source>
        <translation>头维度：</translation>
    </message>
    <message>
        <source>Sliding-window layers:</source>
        <translation>滑动窗口层：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Latent, linear and compressed attention layers are kept as %1 has them.</source>
        <translation>潜在、线性和压缩注意力层保持 %1 中的设置。</translation>
    </message>
    <message>
        <source>SWE-bench (two different exams, never one axis)</source>
        <translation>SWE-bench（两种不同的考试，绝不放在同一坐标轴上）</translation>
    </message>
    <message>
        <source>SWE-bench &amp;Verified:</source>
        <translation>SWE-bench Verified(&amp;V)：</translation>
    </message>
    <message>
        <source>SWE-bench &amp;Pro:</source>
        <translation>SWE-bench Pro(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Source of your values:</source>
        <translation>数值来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>请为模型命名。</translation>
    </message>
    <message>
        <source>Active parameters cannot exceed the total.</source>
        <translation>激活参数不能超过总参数。</translation>
    </message>
    <message numerus="yes">
        <source>The attention layers add up to more than the model&apos;s %n layer(s).</source>
        <translation>
            <numerusform>注意力层合计超过了模型的 %n 层。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::ModelImport</name>
    <message>
        <source>Import a &amp;GGUF model…</source>
        <translation>导入 GGUF 模型(&amp;G)…</translation>
    </message>
    <message>
        <source>Import from &amp;Hugging Face…</source>
        <translation>从 Hugging Face 导入(&amp;H)…</translation>
    </message>
    <message>
        <source>Size a model from its Hugging Face repository (config.json and the real sizes of its files) or from a pasted config.json</source>
        <translation>根据 Hugging Face 仓库（config.json 及文件的实际大小）或粘贴的 config.json 估算模型大小</translation>
    </message>
    <message>
        <source>Size a model from a downloaded .gguf file (its header only; split files with all their shards). You can also drop the file on the window.</source>
        <translation>根据下载的 .gguf 文件估算模型大小（仅读取文件头；分片文件需包含所有分片）。也可以把文件拖到窗口上。</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF files (*.gguf)</source>
        <translation>GGUF 文件 (*.gguf)</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 未导入。</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2. Nothing was added to your catalog.</source>
        <translation>无法导入 %1：%2。你的目录中没有添加任何内容。</translation>
    </message>
    <message>
        <source>The config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>Hugging Face file list of %1</source>
        <translation>%1 的 Hugging Face 文件列表</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 layers, %3 B parameters (counted from its config), %n file size(s) from the Hub. Check the form and add it to your catalog.</source>
        <translation>
            <numerusform>%1：%2 层，%3 B 参数（由其配置计算），来自 Hub 的 %n 个文件大小。请检查表单并将其添加到你的目录。</numerusform>
        </translation>
    </message>
    <message>
        <source>import model %1</source>
        <translation>导入模型 %1</translation>
    </message>
    <message>
        <source>Asking the Hub for %1…</source>
        <translation>正在向 Hub 查询 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import from Hugging Face</source>
        <translation>从 Hugging Face 导入</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>导入已取消；没有添加任何内容。</translation>
    </message>
    <message>
        <source>it has no config.json (a GGUF-only repository): download one of its .gguf files and import that</source>
        <translation>它没有 config.json（仅含 GGUF 的仓库）：请下载其中一个 .gguf 文件再导入</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1: %2 of weights (%3), %4 layers. Check the form and add it to your catalog.</source>
        <translation>%1：权重 %2（%3），%4 层。请检查表单并将其添加到你的目录。</translation>
    </message>
</context>
<context>
    <name>Headroom::ModelTableModel</name>
    <message>
        <source>No %1 score found.</source>
        <translation>没有找到 %1 分数。</translation>
    </message>
    <message>
        <source>%1: %2%3
%4
Source: %5 (as of %6)</source>
        <translation>%1：%2%3
%4
来源：%5（截至 %6）</translation>
    </message>
    <message>
        <source> (vendor-reported)</source>
        <translation>（厂商自报）</translation>
    </message>
    <message>
        <source>%1
Source: %2 (as of %3)</source>
        <translation>%1
来源：%2（截至 %3）</translation>
    </message>
    <message>
        <source>
Estimated from %1</source>
        <translation>
由 %1 估计</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), released %4</source>
        <translation>%1 — %2（%3），发布于 %4</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Every parameter stays resident; only active ones are read per token.</source>
        <translation>全部参数常驻内存；每个 token 只读取激活参数。</translation>
    </message>
    <message>
        <source>Attention layout and maximum context</source>
        <translation>注意力结构与最大上下文</translation>
    </message>
    <message>
        <source>SWE-bench Verified</source>
        <translation>SWE-bench Verified</translation>
    </message>
    <message>
        <source>SWE-bench Pro (a harder exam: never compare with Verified)</source>
        <translation>SWE-bench Pro（更难的考试：绝不与 Verified 比较）</translation>
    </message>
    <message>
        <source>
Trained on: %1</source>
        <translation>
训练数据截至：%1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总参数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Max context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <source>SWE-bench Pro</source>
        <translation>SWE-bench Pro</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>

Commercial use: terms unknown</source>
        <translation>

商业用途：条款未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>under conditions</source>
        <translation>有条件</translation>
    </message>
    <message>
        <source>Commercial use: %1 (%2)</source>
        <translation>商业用途：%1（%2）</translation>
    </message>
    <message>
        <source>Computed: among the catalog&apos;s boxes (each as sold) where the model is tight or comfortable at 32K context, the one with the least usable memory, then the lowest price; at the model&apos;s native format and at Q4_K_M. Single box: one computer, not a node or boxes on a network.</source>
        <translation>计算所得：在目录中（按出售配置）于 32K 上下文下运行该模型为紧张或宽裕的设备中，可用内存最少者，其次价格最低者；分别按模型的原生格式和 Q4_K_M。单台设备：一台计算机，而非节点或联网的多台设备。</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>可运行于</translation>
    </message>
    <message>
        <source>Plus a lookup table of %1, resident beside the weights; %2</source>
        <translation>另有 %1 的查找表，与权重一同常驻内存；%2</translation>
    </message>
    <message>
        <source>read in full per token</source>
        <translation>每个 token 完整读取</translation>
    </message>
    <message>
        <source>a token reads only a few of its rows</source>
        <translation>每个 token 只读取其中少数几行</translation>
    </message>
</context>
<context>
    <name>Headroom::OptionsModel</name>
    <message>
        <source>%1 a month for %2 output tokens a day, with their input, × %3 months</source>
        <translation>每月 %1，每天 %2 个输出 token（含其输入），× %3 个月</translation>
    </message>
    <message>
        <source>No API price known</source>
        <translation>未知 API 价格</translation>
    </message>
    <message>
        <source>%1 an hour for every GPU × %2 h a day billed (%3) × %4 days × %5 months; power included</source>
        <translation>所有 GPU 每小时 %1 × 每天计费 %2 小时（%3）× %4 天 × %5 个月；含电费</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>on demand, whole hours</source>
        <translation>按需，整小时</translation>
    </message>
    <message>
        <source>Unknown: the model does not run, or the prompt speed is unknown</source>
        <translation>未知：模型无法运行，或提示处理速度未知</translation>
    </message>
    <message>
        <source>Purchase %1 (host included) + electricity %2 a month × %3 months</source>
        <translation>购置 %1（含主机）+ 每月电费 %2 × %3 个月</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>✓ Recommended (within 10 % of the API)</source>
        <translation>✓ 推荐（与 API 相差 10% 以内）</translation>
    </message>
    <message>
        <source>✓ Recommended</source>
        <translation>✓ 推荐</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>✗ no API price</source>
        <translation>✗ 无 API 价格</translation>
    </message>
    <message>
        <source>✗ cannot be estimated</source>
        <translation>✗ 无法估算</translation>
    </message>
    <message>
        <source>✗ licence</source>
        <translation>✗ 许可</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ prompt speed unknown</source>
        <translation>✗ 提示处理速度未知</translation>
    </message>
    <message>
        <source>✗ answers in %1</source>
        <translation>✗ 回答需 %1</translation>
    </message>
    <message>
        <source>✗ decodes %1</source>
        <translation>✗ 解码 %1</translation>
    </message>
    <message>
        <source>✗ serves %1 a day</source>
        <translation>✗ 每天仅能处理 %1</translation>
    </message>
    <message>
        <source>? no price</source>
        <translation>? 无价格</translation>
    </message>
    <message>
        <source>? host price unknown</source>
        <translation>? 主机价格未知</translation>
    </message>
    <message>
        <source>? power unknown</source>
        <translation>? 功耗未知</translation>
    </message>
    <message>
        <source>? cost unknown</source>
        <translation>? 成本未知</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>不比较</translation>
    </message>
    <message>
        <source> (extrapolated)</source>
        <translation>（外推）</translation>
    </message>
    <message>
        <source>%1 through %2 stands in: no API serves %3</source>
        <translation>由 %2 的 %1 代替：没有 API 提供 %3</translation>
    </message>
    <message>
        <source>The lowest and highest cost over every corner of the quoted price ranges and the decode and prompt-speed ranges</source>
        <translation>在报价区间、解码速度区间和提示处理速度区间所有组合下的最低和最高成本</translation>
    </message>
    <message>
        <source>An API&apos;s speed is the provider&apos;s: it is not compared</source>
        <translation>API 的速度取决于提供商：不做比较</translation>
    </message>
    <message>
        <source>Single-sequence decode at the compared context</source>
        <translation>在所比较上下文下的单序列解码</translation>
    </message>
    <message>
        <source>Runs the model, meets the floor and serves the workload</source>
        <translation>能运行模型、达到下限并能承担工作负载</translation>
    </message>
    <message>
        <source>Way to get the tokens</source>
        <translation>获取 token 的方式</translation>
    </message>
    <message numerus="yes">
        <source>Cost over %n month(s)</source>
        <translation>
            <numerusform>%n 个月的成本</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Qualifies?</source>
        <translation>是否符合？</translation>
    </message>
</context>
<context>
    <name>Headroom::PointLabels</name>
    <message>
        <source>too close to mark: %1</source>
        <translation>太近无法标注：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more: hover here</source>
        <translation>
            <numerusform>还有 %n 个：悬停查看</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headroom::ProblemLabel</name>
    <message>
        <source>A %1-token context cannot hold the %2-token prompt and the %3-token answer: it needs at least %4 tokens.</source>
        <translation>%1 token 的上下文装不下 %2 token 的提示和 %3 token 的回答：至少需要 %4 token。</translation>
    </message>
</context>
<context>
    <name>Headroom::QualityChart</name>
    <message>
        <source>Verified, comfortable</source>
        <translation>Verified，宽裕</translation>
    </message>
    <message>
        <source>Verified, tight or offload</source>
        <translation>Verified，紧张或卸载</translation>
    </message>
    <message>
        <source>SWE-bench Pro only (right axis)</source>
        <translation>仅 SWE-bench Pro（右轴）</translation>
    </message>
    <message>
        <source>Decode speed on this box (tokens/s, log scale)</source>
        <translation>在这台机器上的解码速度（token/s，对数刻度）</translation>
    </message>
    <message>
        <source>SWE-bench Verified (%)</source>
        <translation>SWE-bench Verified（%）</translation>
    </message>
    <message>
        <source>SWE-bench Pro (%), a harder exam</source>
        <translation>SWE-bench Pro（%），更难的考试</translation>
    </message>
    <message>
        <source> (Pro)</source>
        <translation>（Pro）</translation>
    </message>
    <message>
        <source>%1 · %2 context · %3 scored models do not run on it</source>
        <translation>%1 · %2 上下文 · %3 个有分数的模型无法在其上运行</translation>
    </message>
    <message>
        <source> · showing the %1 best of %2 that run</source>
        <translation> · 显示 %2 个可运行模型中最好的 %1 个</translation>
    </message>
</context>
<context>
    <name>Headroom::Quantization</name>
    <message>
        <source>llama.cpp&apos;s Metal backend has no NVFP4 kernels (they exist for CPU, CUDA and Vulkan); on a Mac, MLX runs NVFP4 files instead</source>
        <translation>llama.cpp 的 Metal 后端没有 NVFP4 内核（CPU、CUDA 和 Vulkan 上有）；在 Mac 上请改用 MLX 运行 NVFP4 文件</translation>
    </message>
    <message>
        <source>GGUF has no FP8 weight type and vLLM/SGLang, which run FP8, do not run on Metal</source>
        <translation>GGUF 没有 FP8 权重类型，而能运行 FP8 的 vLLM/SGLang 不支持 Metal</translation>
    </message>
    <message>
        <source>GGUF has no FP8 weight type and vLLM/SGLang, which run FP8, have no Vulkan backend</source>
        <translation>GGUF 没有 FP8 权重类型，而能运行 FP8 的 vLLM/SGLang 没有 Vulkan 后端</translation>
    </message>
</context>
<context>
    <name>Headroom::Recommendation</name>
    <message>
        <source>%1 cannot be estimated: %2</source>
        <translation>无法估计 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not run %2 at %3 tokens (%4)</source>
        <translation>%1 无法在 %3 token 下运行 %2（%4）</translation>
    </message>
    <message>
        <source>%1 reaches %2, below the %3 floor</source>
        <translation>%1 达到 %2，低于 %3 的下限</translation>
    </message>
    <message>
        <source>%1&apos;s prompt speed is unknown, so whether it serves %2 tokens a day is too</source>
        <translation>%1 的提示处理速度未知，因此它能否每天处理 %2 token 也未知</translation>
    </message>
    <message>
        <source>%1 serves at most %2 of the %3 tokens a day (%4 such boxes would)</source>
        <translation>%1 每天最多处理 %3 token 中的 %2（需要 %4 台这样的机器）</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence: %1&apos;s weights may not be used commercially (%2).</source>
        <translation>许可：%1 的权重不得用于商业用途（%2）。</translation>
    </message>
    <message>
        <source>Licence: %1&apos;s weights may be used commercially only under conditions (%2).</source>
        <translation>许可：%1 的权重仅在满足条件时可用于商业用途（%2）。</translation>
    </message>
    <message>
        <source>terms unknown</source>
        <translation>条款未知</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>不可商用</translation>
    </message>
    <message>
        <source>commercial use only under conditions</source>
        <translation>仅在满足条件时可商用</translation>
    </message>
    <message>
        <source>%1 would run %2, whose weights are not cleared for commercial use (%3)</source>
        <translation>%1 将运行 %2，但其权重未获准商用（%3）</translation>
    </message>
    <message>
        <source>%1 does not run %2 at %3 tokens (%4); at %5 it does (--quant %5)</source>
        <translation>%1 无法在 %3 token 下运行 %2（%4）；使用 %5 则可以（--quant %5）</translation>
    </message>
    <message>
        <source>%1&apos;s prompt speed is unknown, so whether it answers within %2 is too</source>
        <translation>%1 的提示处理速度未知，因此能否在 %2 内回答也未知</translation>
    </message>
    <message>
        <source>%1 takes %2 for a %3-token answer, more than the %4 floor</source>
        <translation>%1 生成 %3 token 的回答需要 %2，超过 %4 的下限</translation>
    </message>
    <message>
        <source>Rent %1</source>
        <translation>租用 %1</translation>
    </message>
    <message>
        <source>Buy %1</source>
        <translation>购买 %1</translation>
    </message>
    <message>
        <source>API: %1 at your price</source>
        <translation>API：%1（按你的价格）</translation>
    </message>
    <message>
        <source>API of %1 (stand-in)</source>
        <translation>%1 的 API（替代）</translation>
    </message>
    <message>
        <source>API: %1 (%2)</source>
        <translation>API：%1（%2）</translation>
    </message>
    <message>
        <source>no API price for %1 in the catalog (--api-usd-per-m)</source>
        <translation>目录中没有 %1 的 API 价格（--api-usd-per-m）</translation>
    </message>
    <message>
        <source>no purchase price for %1 (give one with %2)</source>
        <translation>%1 没有购买价格（用 %2 给出）</translation>
    </message>
    <message>
        <source>the price of its host computer, %1, is unknown (give one with --host-usd)</source>
        <translation>其主机 %1 的价格未知（用 --host-usd 给出）</translation>
    </message>
    <message>
        <source>the power %1 draws is unknown (edit the box&apos;s power)</source>
        <translation>%1 的功耗未知（请编辑该机器的功耗）</translation>
    </message>
    <message>
        <source>its cost is unknown</source>
        <translation>其成本未知</translation>
    </message>
    <message>
        <source>%1 costs more than %2</source>
        <translation>%1 的价格高于 %2</translation>
    </message>
    <message>
        <source>%1 costs less than %2</source>
        <translation>%1 的价格低于 %2</translation>
    </message>
    <message>
        <source>%1 decodes faster than %2</source>
        <translation>%1 的解码快于 %2</translation>
    </message>
    <message>
        <source>%1 decodes slower than %2</source>
        <translation>%1 的解码慢于 %2</translation>
    </message>
    <message>
        <source>%1 reads prompts faster than %2</source>
        <translation>%1 的提示处理快于 %2</translation>
    </message>
    <message>
        <source>%1 reads prompts slower than %2</source>
        <translation>%1 的提示处理慢于 %2</translation>
    </message>
    <message>
        <source>the API costs more than %1 a month</source>
        <translation>API 每月费用高于 %1</translation>
    </message>
    <message>
        <source>the API costs less than %1 a month</source>
        <translation>API 每月费用低于 %1</translation>
    </message>
    <message>
        <source>%1 (extrapolated: beyond the measurements the speed model is fitted on)</source>
        <translation>%1（外推：超出速度模型所拟合的测量范围）</translation>
    </message>
    <message>
        <source>Neither box: use the API of %1 through %2, standing in for %3, which no API serves: %4 over %5.</source>
        <translation>两台机器都不选：使用 %2 提供的 %1 API，代替没有 API 的 %3：%5 内 %4。</translation>
    </message>
    <message>
        <source>Neither box: call %1 through %2: %3 over %4.</source>
        <translation>两台机器都不选：通过 %2 调用 %1：%4 内 %3。</translation>
    </message>
    <message>
        <source>an API at your price</source>
        <translation>按你的价格的 API</translation>
    </message>
    <message>
        <source>reserved around the clock</source>
        <translation>全天预留</translation>
    </message>
    <message numerus="yes">
        <source>on demand, %n hour(s) a day</source>
        <translation>
            <numerusform>按需，每天 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent %1 (%2, %3 an hour for every GPU): %4 over %5, %6 for %7.</source>
        <translation>租用 %1（%2，所有 GPU 每小时 %3）：%5 内 %4，%7 速度 %6。</translation>
    </message>
    <message>
        <source>Buy %1: %2 over %3 (purchase and electricity), %4 for %5.</source>
        <translation>购买 %1：%3 内 %2（购置和电费），%5 速度 %4。</translation>
    </message>
    <message>
        <source>Both sides are %1 running %2: the options are that box, bought or rented, or the API.</source>
        <translation>两侧都是运行 %2 的 %1：可选的是购买或租用这台机器，或使用 API。</translation>
    </message>
    <message>
        <source>The sides run different models (%1 on A, %2 on B): every option is priced for the same %3 output tokens a day.</source>
        <translation>两侧运行不同的模型（A 为 %1，B 为 %2）：每种方式都按每天相同的 %3 个输出 token 计价。</translation>
    </message>
    <message>
        <source>Nothing qualifies: no box meets the floor and the workload, and no API price is known (choose smaller weights, a shorter context, a bigger box, or give --api-usd-per-m).</source>
        <translation>没有符合条件的方式：没有机器达到下限和工作负载，也没有已知的 API 价格（请选择更小的权重、更短的上下文、更大的机器，或给出 --api-usd-per-m）。</translation>
    </message>
    <message>
        <source>The next cheapest way, %1, costs the same, %2.</source>
        <translation>次便宜的方式 %1 成本相同，为 %2。</translation>
    </message>
    <message>
        <source>The next cheapest way, %1, costs %2.</source>
        <translation>次便宜的方式 %1 成本为 %2。</translation>
    </message>
    <message>
        <source>The next cheapest way, %1, costs %2 (%3 more).</source>
        <translation>次便宜的方式 %1 成本为 %2（高 %3）。</translation>
    </message>
    <message>
        <source>%1 costs %2, less, but within 10 %: owning the speed is worth the difference.</source>
        <translation>%1 成本为 %2，更低，但相差在 10% 以内：拥有自己的速度值得这点差价。</translation>
    </message>
    <message>
        <source>%1 costs %2, within 10 %, but is slower (%3).</source>
        <translation>%1 成本为 %2，相差在 10% 以内，但更慢（%3）。</translation>
    </message>
    <message>
        <source>%1 would cost %2.</source>
        <translation>%1 的成本为 %2。</translation>
    </message>
    <message>
        <source>%1 is not weighed: %2.</source>
        <translation>%1 未纳入比较：%2。</translation>
    </message>
    <message>
        <source>The answer holds across the quoted price ranges and the speed and prompt-speed ranges.</source>
        <translation>在报价区间以及速度和提示处理速度区间内，结论都成立。</translation>
    </message>
    <message>
        <source>The answer is close: nothing qualifies if %1.</source>
        <translation>结论很接近：如果 %1，则没有符合条件的方式。</translation>
    </message>
    <message>
        <source>The answer is close: %1 wins if %2.</source>
        <translation>结论很接近：如果 %2，则 %1 胜出。</translation>
    </message>
    <message>
        <source>The answer changes within the quoted ranges.</source>
        <translation>结论在报价区间内会发生变化。</translation>
    </message>
    <message>
        <source>Above %1 output tokens a day nothing qualifies.</source>
        <translation>每天超过 %1 个输出 token 时，没有符合条件的方式。</translation>
    </message>
    <message>
        <source>Above %1 output tokens a day the answer becomes %2.</source>
        <translation>每天超过 %1 个输出 token 时，结论变为 %2。</translation>
    </message>
</context>
<context>
    <name>Headroom::Report</name>
    <message>
        <source>%1 at %2 weights, %3 KV cache, %4 tokens of context, %5 sequence(s). Decode and prompt-processing speeds fitted on published llama.cpp measurements. Electricity %6 per kWh; workload %7 output tokens a day, %8 input tokens per output token, %9 of them cached; costs over %10 months; %11.</source>
        <translation>%1，%2 权重，%3 KV 缓存，%4 token 上下文，%5 个序列。解码与提示处理速度拟合自公开的 llama.cpp 实测数据。电价每 kWh %6；工作量每天 %7 个输出 token，每个输出 token 对应 %8 个输入 token，其中 %9 已缓存；成本按 %10 个月计算；%11。</translation>
    </message>
    <message>
        <source>cloud API %1 per million output tokens</source>
        <translation>云 API 每百万输出 token %1</translation>
    </message>
    <message>
        <source>cloud API: the model&apos;s own API prices</source>
        <translation>云 API：模型自己的 API 价格</translation>
    </message>
    <message>
        <source> parameters</source>
        <translation> 参数</translation>
    </message>
    <message>
        <source> attention geometry</source>
        <translation> 注意力结构</translation>
    </message>
    <message>
        <source> memory</source>
        <translation> 内存</translation>
    </message>
    <message>
        <source> bandwidth</source>
        <translation> 带宽</translation>
    </message>
    <message>
        <source> price</source>
        <translation> 价格</translation>
    </message>
    <message>
        <source>Decode calibration</source>
        <translation>解码校准</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <source>Budget proposal: %1 or %2 for %3</source>
        <translation>预算提案：用 %1 还是 %2 运行 %3</translation>
    </message>
    <message>
        <source>✓ marks the better value in each row. Speeds are single-sequence decode estimates from memory bandwidth, calibrated on measured llama.cpp results; check them with llama-bench on the box before you buy. A dash means the value is unknown, never zero.</source>
        <translation>✓ 标出每行中更优的值。速度是基于内存带宽的单序列解码估计，并以实测的 llama.cpp 结果校准；购买前请在机器上用 llama-bench 核对。短横线表示数值未知，绝不表示零。</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>假设：</translation>
    </message>
    <message>
        <source>Decode speed follows memory bandwidth</source>
        <translation>解码速度随内存带宽变化</translation>
    </message>
    <message>
        <source>%1; the two boxes compared are framed. Assumptions as on page 1.</source>
        <translation>%1；所比较的两台机器已加框。假设同第 1 页。</translation>
    </message>
    <message>
        <source>%1 · A needs %2 of %3 · B needs %4 of %5</source>
        <translation>%1 · A 需要 %2，可用 %3 · B 需要 %4，可用 %5</translation>
    </message>
    <message>
        <source>Memory needed against memory usable</source>
        <translation>所需内存与可用内存</translation>
    </message>
    <message>
        <source>Weights, KV cache at the context and runtime overhead, in %1; the rest of the bar is free memory.</source>
        <translation>权重、当前上下文的 KV 缓存和运行时开销，单位 %1；条形其余部分为剩余内存。</translation>
    </message>
    <message>
        <source>What each box costs over time, against the API</source>
        <translation>每台机器随时间的成本，与 API 对比</translation>
    </message>
    <message>
        <source>Purchase with its host on day one, then electricity at the workload&apos;s duty cycle; the API line prices the same tokens. Assumptions as on page 1.</source>
        <translation>第一天购买机器及其宿主机，之后按工作量的负载周期计电费；API 线为相同 token 的价格。假设同第 1 页。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Budget proposal: %1 or %2</source>
        <translation>预算提案：%1 还是 %2</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written to %1.</source>
        <translation>导出已取消；没有向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A box qualifies when it answers %1 tokens within %2, the prompt&apos;s prefill included</source>
        <translation>机器在 %2 内（含提示预填充）回答 %1 个 token 即符合条件</translation>
    </message>
    <message>
        <source>and decodes at %1 or faster</source>
        <translation>且解码速度不低于 %1</translation>
    </message>
    <message>
        <source>%1&apos;s host priced at %2 (your figure)</source>
        <translation>%1 的主机按 %2 计（你的数值）</translation>
    </message>
    <message>
        <source>%1&apos;s host %2 at %3</source>
        <translation>%1 的主机 %2，价格 %3</translation>
    </message>
    <message>
        <source>%1&apos;s host %2 has no known price, so buying it is not costed</source>
        <translation>%1 的主机 %2 价格未知，因此不计算购买成本</translation>
    </message>
    <message>
        <source>renting is reserved around the clock</source>
        <translation>租用为全天预留</translation>
    </message>
    <message>
        <source>renting is on demand, the hours the workload needs rounded up to whole hours a day</source>
        <translation>租用为按需，工作负载所需小时数每天向上取整到整小时</translation>
    </message>
    <message>
        <source>no API serves %1: %2 through %3 stands in</source>
        <translation>没有 API 提供 %1：由 %3 的 %2 代替</translation>
    </message>
    <message>
        <source>Resale value and the time value of money are left out.</source>
        <translation>未计入转售价值和资金的时间价值。</translation>
    </message>
    <message>
        <source> power</source>
        <translation> 功耗</translation>
    </message>
    <message>
        <source>API prices (%1, %2)</source>
        <translation>API 价格（%1，%2）</translation>
    </message>
    <message>
        <source>Rental (%1) of %2</source>
        <translation>%2 的租用（%1）</translation>
    </message>
    <message>
        <source>Prepared with Headroom on %1. Both boxes figure by figure on page 2, charts on page 3, cost over time and sources on page 4.</source>
        <translation>由 Headroom 于 %1 生成。两台机器的逐项数据见第 2 页，图表见第 3 页，随时间变化的成本和来源见第 4 页。</translation>
    </message>
    <message>
        <source>The two boxes, figure by figure</source>
        <translation>两台机器逐项对比</translation>
    </message>
    <message>
        <source>as on page 4</source>
        <translation>见第 4 页</translation>
    </message>
</context>
<context>
    <name>Headroom::ResultPanel</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <source>Decode estimate</source>
        <translation>解码估计</translation>
    </message>
    <message>
        <source>Bandwidth ceiling</source>
        <translation>带宽上限</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首 token</translation>
    </message>
</context>
<context>
    <name>Headroom::ScenarioActions</name>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>场景另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，运行于 %2</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The explored pair, its sliders, both compared boxes and the cost assumptions, with the catalog entries they use</source>
        <translation>所探索的组合、其滑块、两台被比较的机器和成本假设，以及它们用到的目录条目</translation>
    </message>
    <message>
        <source>Open sce&amp;nario</source>
        <translation>打开场景(&amp;N)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>No saved scenarios yet</source>
        <translation>还没有保存的场景</translation>
    </message>
    <message>
        <source>Open a scenario &amp;file…</source>
        <translation>打开场景文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>场景 (*.json)</translation>
    </message>
    <message>
        <source>Could not save the scenario to %1: %2</source>
        <translation>无法将场景保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved scenario “%1” (%2)</source>
        <translation>已保存场景“%1”（%2）</translation>
    </message>
    <message>
        <source>Could not open the scenario: %1</source>
        <translation>无法打开场景：%1</translation>
    </message>
    <message>
        <source>open scenario %1</source>
        <translation>打开场景 %1</translation>
    </message>
    <message>
        <source>entries of scenario %1</source>
        <translation>场景 %1 的条目</translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”; %n catalog entry(s) it was saved with differ from yours and were added as your own (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>已打开“%1”；它保存时的 %n 个目录条目与你的不同，已作为你自己的条目添加（Ctrl+Z 可移除）</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>已打开“%1”</translation>
    </message>
    <message>
        <source>Opened, but some values were out of range and kept: %1</source>
        <translation>已打开，但有些数值超出范围，已保留原值：%1</translation>
    </message>
</context>
<context>
    <name>Headroom::ScenarioControls</name>
    <message>
        <source>Rope-scaled context</source>
        <translation>RoPE 扩展上下文</translation>
    </message>
    <message>
        <source>Allow CPU offload</source>
        <translation>允许 CPU 卸载</translation>
    </message>
    <message>
        <source>Context length on a log scale: 4K to 1M tokens</source>
        <translation>对数刻度的上下文长度：4K 到 1M token</translation>
    </message>
    <message>
        <source>Weights format: &quot;as released&quot; on the left, then from 16 bits down to about 3</source>
        <translation>权重格式：最左为“按发布格式”，然后从 16 位递减到约 3 位</translation>
    </message>
    <message>
        <source>As released</source>
        <translation>按发布格式</translation>
    </message>
    <message>
        <source>Each model at its release format where that is 4-bit (gpt-oss MXFP4, Kimi INT4, NVFP4 releases), else Q4_K_M</source>
        <translation>发布格式为 4 位的模型（gpt-oss MXFP4、Kimi INT4、NVFP4 版本）使用其发布格式，其余使用 Q4_K_M</translation>
    </message>
    <message>
        <source>%1 · %2 bits</source>
        <translation>%1 · %2 位</translation>
    </message>
    <message>
        <source>Precision of the KV cache elements</source>
        <translation>KV 缓存元素的精度</translation>
    </message>
    <message>
        <source>Concurrent sequences, each with its own KV cache</source>
        <translation>并发序列数，每个都有自己的 KV 缓存</translation>
    </message>
    <message>
        <source>as sold</source>
        <translation>按出售配置</translation>
    </message>
    <message>
        <source>GPUs per box, for every box in the matrix; &quot;as sold&quot; uses each box&apos;s own count. Boxes that cannot hold that many say so.</source>
        <translation>每台机器的 GPU 数，作用于矩阵中所有机器；“按出售配置”使用各机器自己的数量。容纳不下的机器会说明。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Layer split</source>
        <translation>按层切分</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>How several GPUs share a model. Auto: tensor parallel over NVLink or NVSwitch (an all-reduce per layer per token, so single-stream speed saturates), else llama.cpp&apos;s layer split (the cards take turns: more memory, no more speed).</source>
        <translation>多个 GPU 如何分担一个模型。自动：有 NVLink 或 NVSwitch 时用张量并行（每个 token 每层一次 all-reduce，因此单流速度会饱和），否则用 llama.cpp 的按层切分（各卡轮流工作：内存更多，速度不增）。</translation>
    </message>
    <message>
        <source>Prompt tokens processed before the first answer token: sets the time to first token</source>
        <translation>生成第一个回答 token 之前处理的提示 token：决定首 token 时间</translation>
    </message>
    <message>
        <source>Let weights that do not fit the GPU sit in the host computer&apos;s RAM, experts first (llama.cpp --n-cpu-moe). It runs, slowly: every token reads them over the host&apos;s memory bus.</source>
        <translation>让放不进 GPU 的权重放在宿主机内存中，专家优先（llama.cpp --n-cpu-moe）。能运行，但很慢：每个 token 都要经宿主机的内存总线读取它们。</translation>
    </message>
    <message>
        <source>Allow a model&apos;s longer, rope-scaled context where its card documents one (quality may drop at short contexts)</source>
        <translation>在模型卡注明时，允许使用模型更长的 RoPE 扩展上下文（短上下文下质量可能下降）</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV 缓存(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Sequences:</source>
        <translation>序列数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;GPUs:</source>
        <translation>GPU 数(&amp;G)：</translation>
    </message>
    <message>
        <source>Spl&amp;it:</source>
        <translation>切分(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示(&amp;P)：</translation>
    </message>
    <message>
        <source>The context stays %1 tokens and the prompt %2.</source>
        <translation>上下文仍为 %1 token，提示仍为 %2。</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Layers whose routed experts sit in the host&apos;s RAM, as llama.cpp&apos;s --n-cpu-moe (&quot;all&quot;: --cpu-moe). &quot;auto&quot; puts there only what does not fit the GPU. A number keeps that many layers&apos; experts there even where they would fit; what stays must fit the GPU. Each such layer hands its activations to the CPU and back every token.</source>
        <translation>路由专家放在主机内存中的层数，同 llama.cpp 的 --n-cpu-moe（“全部”：--cpu-moe）。“自动”只放 GPU 放不下的部分。数字表示即使放得下也把这么多层的专家放在那里；留下的部分必须放得进 GPU。每个这样的层在每个 token 都要把激活交给 CPU 再取回。</translation>
    </message>
    <message>
        <source>E&amp;xperts on CPU:</source>
        <translation>CPU 上的专家(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>Headroom::SelectedPair</name>
    <message>
        <source>the comfortable margin of %1 (the smaller of 20% of %2 usable and 16 GiB)</source>
        <translation>宽裕余量 %1（可用 %2 的 20% 与 16 GiB 中较小者）</translation>
    </message>
    <message>
        <source>The context is longer than the model&apos;s %1 tokens; it was not trained for more.</source>
        <translation>上下文超过了模型的 %1 token；模型未针对更长上下文训练。</translation>
    </message>
    <message>
        <source>Needs %1, but %2 is usable: %3 short.</source>
        <translation>需要 %1，但可用 %2：差 %3。</translation>
    </message>
    <message>
        <source>Fits, but only %1 stays free: less than %2.</source>
        <translation>能容纳，但只剩 %1：少于%2。</translation>
    </message>
    <message>
        <source>%1 stays free: at least %2.</source>
        <translation>剩余 %1：不少于%2。</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>What would change it:</source>
        <translation>可改变结论的做法：</translation>
    </message>
    <message>
        <source>tensor parallel</source>
        <translation>张量并行</translation>
    </message>
    <message>
        <source>layer split</source>
        <translation>按层切分</translation>
    </message>
    <message>
        <source>time per token = weights %1 ÷ (%2 × %3%4) + KV cache %5 ÷ (%2 × %6) + %7 layers × %8 µs + %9 µs</source>
        <translation>每 token 时间 = 权重 %1 ÷ (%2 × %3%4) + KV 缓存 %5 ÷ (%2 × %6) + %7 层 × %8 µs + %9 µs</translation>
    </message>
    <message>
        <source> × %1 for experts</source>
        <translation> × %1（专家）</translation>
    </message>
    <message>
        <source>
+ two all-reduces per layer over the link</source>
        <translation>
+ 每层两次经互连的 all-reduce</translation>
    </message>
    <message>
        <source>
+ %1 µs per extra device (the cards take turns)</source>
        <translation>
+ 每增加一个设备 %1 µs（各卡轮流工作）</translation>
    </message>
    <message>
        <source>
÷ %1, your llama-bench runs (%2)</source>
        <translation>
÷ %1，你的 llama-bench 运行（%2）</translation>
    </message>
    <message numerus="yes">
        <source>
Constants of the &apos;%1&apos; class, fitted on %n published measurement(s); range from sources the fit never saw (Speed ▸ Check the speed model).</source>
        <translation>
            <numerusform>
“%1”类的常数，拟合自 %n 条公开实测数据；范围来自拟合时未使用的来源（速度 ▸ 检查速度模型）。</numerusform>
        </translation>
    </message>
    <message>
        <source>
Check it: llama-bench -fa 1 -p 512 -n 128 -d %1</source>
        <translation>
核对：llama-bench -fa 1 -p 512 -n 128 -d %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，运行于 %2</translation>
    </message>
    <message>
        <source>%1-token answer:</source>
        <translation>%1 token 的回答：</translation>
    </message>
    <message>
        <source>Cannot estimate</source>
        <translation>无法估计</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Known %1 file size: %2
Source: %3</source>
        <translation>已知的 %1 文件大小：%2
来源：%3</translation>
    </message>
    <message>
        <source>%1 parameters × %2 bits ÷ 8 = %3
(all experts stay resident)
%4</source>
        <translation>%1 参数 × %2 位 ÷ 8 = %3
（所有专家都常驻内存）
%4</translation>
    </message>
    <message>
        <source>%1 per token × %2 tokens × %3 sequence(s) = %4
+ fixed recurrent state %5
KV elements: %6</source>
        <translation>每 token %1 × %2 token × %3 个序列 = %4
+ 固定的循环状态 %5
KV 元素：%6</translation>
    </message>
    <message>
        <source>usable %1 (%2) − total %3 = %4</source>
        <translation>可用 %1（%2）− 总计 %3 = %4</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 token</translation>
    </message>
    <message>
        <source>The longest context whose memory still fits usable memory, capped at the model&apos;s %1.</source>
        <translation>内存仍能放入可用内存的最长上下文，以模型的 %1 为上限。</translation>
    </message>
    <message>
        <source>bandwidth %1 ÷ (active weights %2 + KV read %3) per token</source>
        <translation>每 token：带宽 %1 ÷ (激活权重 %2 + KV 读取 %3)</translation>
    </message>
    <message>
        <source>— (does not run)</source>
        <translation>—（无法运行）</translation>
    </message>
    <message>
        <source>— (does not run); %1: %2</source>
        <translation>—（无法运行）；%1：%2</translation>
    </message>
    <message>
        <source>%1 of the weights in host RAM</source>
        <translation>%1 的权重位于宿主机内存</translation>
    </message>
    <message numerus="yes">
        <source>calibrated on your %n run(s)</source>
        <translation>
            <numerusform>已用你的 %n 次运行校准</numerusform>
        </translation>
    </message>
    <message>
        <source>extrapolated: beyond the measurements it is fitted on</source>
        <translation>外推：超出其拟合所用的实测范围</translation>
    </message>
    <message>
        <source>%1 (range %2 – %3) with the cache full at %4; %5 at an empty context</source>
        <translation>缓存填满至 %4 时为 %1（范围 %2 – %3）；空上下文时为 %5</translation>
    </message>
    <message>
        <source>prefill of %1 prompt tokens %2 + %3 tokens ÷ decode estimate</source>
        <translation>%1 个提示 token 的预填充 %2 + %3 token ÷ 解码估计</translation>
    </message>
    <message>
        <source>unknown: the box&apos;s compute is not published, so prefill is unknown</source>
        <translation>未知：机器的算力未公开，因此预填充未知</translation>
    </message>
    <message>
        <source>The box&apos;s TFLOPS are not published, so prefill speed is unknown.</source>
        <translation>该机器的 TFLOPS 未公开，因此预填充速度未知。</translation>
    </message>
    <message>
        <source>%1 (%2 – %3) for a %4-token prompt (prefill %5)</source>
        <translation>%1（%2 – %3），提示长度 %4 词元（预填充 %5）</translation>
    </message>
    <message>
        <source>%1 prompt tokens ÷ prefill %2 (llama.cpp, class %3, fitted on %4 published prompt speeds)
time = tokens × (2 × %5 active parameters + attention over the prefix) ÷ (%6 %7 × %8 reached%9)
  + per micro-batch of 512: all weights read once + %10 µs per layer
range: measured ÷ predicted %11 – %12 on the class&apos;s rows</source>
        <translation>%1 个提示词元 ÷ 预填充 %2（llama.cpp，类别 %3，基于 %4 条公开的提示速度拟合）
时间 = 词元数 × (2 × %5 激活参数 + 对前缀的注意力) ÷ (%6 %7 × 达到 %8%9)
  + 每个 512 微批次：读取全部权重一次 + 每层 %10 µs
范围：该类别数据上 实测 ÷ 预测 为 %11 – %12</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16 TFLOPS</translation>
    </message>
    <message>
        <source>INT8 TOPS</source>
        <translation>INT8 TOPS</translation>
    </message>
    <message>
        <source> × the experts&apos; share at %1 tokens each</source>
        <translation> × 每个专家 %1 词元时的效率比例</translation>
    </message>
    <message numerus="yes">
        <source>the routed experts of %n layer(s)</source>
        <translation>
            <numerusform>%n 层的路由专家</numerusform>
        </translation>
    </message>
    <message>
        <source>whole layers</source>
        <translation>整层</translation>
    </message>
    <message>
        <source>Needs %1 with %2 usable on the GPU: %3 of the weights (%4) live in the host&apos;s %5 of RAM and are read from there for every token.</source>
        <translation>需要 %1，GPU 上可用 %2：%3 的权重（%4）放在主机的 %5 内存中，每个 token 都从那里读取。</translation>
    </message>
    <message>
        <source>
+ offloaded %1 ÷ (host RAM bandwidth × %2 %) + %3 hand-overs to the CPU × %4 µs</source>
        <translation>
+ 卸载的 %1 ÷（主机内存带宽 × %2 %）+ %3 次交给 CPU × %4 微秒</translation>
    </message>
    <message numerus="yes">
        <source>The routed experts of %n layer(s), %1, are more than the host can lend: %2 of its RAM after what the system keeps.</source>
        <translation>
            <numerusform>%n 层的路由专家（%1）超过主机可借出的内存：扣除系统保留后为 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the routed experts of %n layer(s) (%1) in the host&apos;s RAM, %2 stays on the GPU, but %3 is usable.</source>
        <translation>
            <numerusform>将 %n 层的路由专家（%1）放在主机内存后，GPU 上仍需 %2，但只有 %3 可用。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the model&apos;s vocabulary is not in the catalog)</source>
        <translation>%1（目录中没有该模型的词表）</translation>
    </message>
    <message>
        <source>%1 rows × (%2 logits + %3 × %4 hidden) × 4 B</source>
        <translation>%1 行 × (%2 个 logits + %3 × %4 隐藏维) × 4 B</translation>
    </message>
    <message>
        <source>
− %1 token table (%2 × %3 × bits ÷ 8) that llama.cpp keeps in RAM: %4 on the GPU</source>
        <translation>
− llama.cpp 保留在内存中的 %1 词元表（%2 × %3 × 位数 ÷ 8）：GPU 上 %4</translation>
    </message>
    <message>
        <source>%1 device(s) × (runtime %2 + compute buffer %3) + attention mask %4 × %5 tokens × %6 sequence(s) = %7
Compute buffer: %8</source>
        <translation>%1 个设备 × (运行时 %2 + 计算缓冲区 %3) + 注意力掩码 %4 × %5 个词元 × %6 个序列 = %7
计算缓冲区：%8</translation>
    </message>
    <message>
        <source>the comfortable margin of %1 (1 GiB a device, which llama.cpp&apos;s --fit keeps free)</source>
        <translation>宽裕余量 %1（每个设备 1 GiB，即 llama.cpp --fit 保留的空闲）</translation>
    </message>
    <message>
        <source> + lookup table %1</source>
        <translation> + 查找表 %1</translation>
    </message>
    <message>
        <source>
+ lookup table %1 (%2)</source>
        <translation>
+ 查找表 %1（%2）</translation>
    </message>
    <message>
        <source>, %1 of it in RAM</source>
        <translation>，其中 %1 在内存中</translation>
    </message>
</context>
<context>
    <name>Headroom::SideEditor</name>
    <message>
        <source>Box A</source>
        <translation>机器 A</translation>
    </message>
    <message>
        <source>Box B</source>
        <translation>机器 B</translation>
    </message>
    <message>
        <source>As released</source>
        <translation>按发布格式</translation>
    </message>
    <message>
        <source>as sold</source>
        <translation>按出售配置</translation>
    </message>
    <message>
        <source>Box:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU 数：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>KV cache:</source>
        <translation>KV 缓存：</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <source>Linked: both sides use the shared context above</source>
        <translation>已关联：两边使用上方的共享上下文</translation>
    </message>
    <message>
        <source>This side&apos;s own context</source>
        <translation>这一边自己的上下文</translation>
    </message>
    <message>
        <source>Usable:</source>
        <translation>可用：</translation>
    </message>
    <message>
        <source>The box&apos;s own: %1</source>
        <translation>机器自身：%1</translation>
    </message>
    <message>
        <source>The usable memory in the catalog or that you typed (%1)</source>
        <translation>目录中的可用内存或您输入的值（%1）</translation>
    </message>
    <message>
        <source>This box has one usable figure: no settings to choose from</source>
        <translation>此机器只有一个可用内存值：没有可选的设置</translation>
    </message>
    <message>
        <source>How the box is set up decides how much memory the GPU may use</source>
        <translation>机器的设置方式决定 GPU 可以使用多少内存</translation>
    </message>
</context>
<context>
    <name>Headroom::SpeedActions</name>
    <message>
        <source>&amp;Calibrate with my llama-bench runs…</source>
        <translation>用我的 llama-bench 运行校准(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;heck the speed model…</source>
        <translation>检查速度模型(&amp;H)…</translation>
    </message>
    <message>
        <source>Scale a box&apos;s speeds by what llama-bench measured on it (headroom calibrate)</source>
        <translation>按 llama-bench 在机器上的实测结果缩放其速度（headroom calibrate）</translation>
    </message>
    <message>
        <source>Predicted against measured speed, for the built-in publications and your runs</source>
        <translation>内置公开数据和你的运行的预测与实测速度对比</translation>
    </message>
    <message>
        <source>Your speed calibrations could not be read and are left as they are: %1</source>
        <translation>无法读取你的速度校准，保持原样：%1</translation>
    </message>
    <message>
        <source>&amp;Forget my calibration of %1</source>
        <translation>忘记我对 %1 的校准(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Forget my calibration</source>
        <translation>忘记我的校准(&amp;F)</translation>
    </message>
    <message>
        <source>Calibrate with my llama-bench runs</source>
        <translation>用我的 llama-bench 运行校准</translation>
    </message>
    <message>
        <source>llama-bench -o json (or -o md) output</source>
        <translation>llama-bench -o json（或 -o md）的输出</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Match each run by its parameter count</source>
        <translation>按参数量匹配每次运行</translation>
    </message>
    <message>
        <source>&amp;Runs file:</source>
        <translation>运行结果文件(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Box the runs were made on:</source>
        <translation>运行所在的机器(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Run for example: llama-bench -m MODEL.gguf -fa 1 -d 0,4096,16384 -o json &gt; runs.json</source>
        <translation>例如运行：llama-bench -m MODEL.gguf -fa 1 -d 0,4096,16384 -o json &gt; runs.json</translation>
    </message>
    <message>
        <source>llama-bench output</source>
        <translation>llama-bench 输出</translation>
    </message>
    <message>
        <source>llama-bench output (*.json *.jsonl *.md *.txt);;All files (*)</source>
        <translation>llama-bench 输出 (*.json *.jsonl *.md *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no box &apos;%1&apos; in the catalog.</source>
        <translation>目录中没有机器“%1”。</translation>
    </message>
    <message>
        <source>Your calibration file %1 could not be read. Fix or remove it first; Headroom does not write over it.</source>
        <translation>无法读取你的校准文件 %1。请先修复或删除它；Headroom 不会覆盖它。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not llama-bench output Headroom can read: %2</source>
        <translation>%1 不是 Headroom 能读取的 llama-bench 输出：%2</translation>
    </message>
    <message>
        <source>llama-bench output %1</source>
        <translation>llama-bench 输出 %1</translation>
    </message>
    <message>
        <source>Nothing was calibrated: %1</source>
        <translation>没有进行任何校准：%1</translation>
    </message>
    <message>
        <source>Calibrate %1</source>
        <translation>校准 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: decode speeds × %2 from %n run(s)</source>
        <translation>
            <numerusform>%1：解码速度 × %2，来自 %n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>, prompt processing × %1</source>
        <translation>，提示处理 × %1</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>未使用：%1</translation>
    </message>
    <message>
        <source>Forget the calibration of %1</source>
        <translation>忘记 %1 的校准</translation>
    </message>
    <message>
        <source>Your speed calibrations could not be saved: %1</source>
        <translation>无法保存你的速度校准：%1</translation>
    </message>
    <message>
        <source>Check the speed model</source>
        <translation>检查速度模型</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Your speed calibrations are not saved yet: %1. Headroom tries again in a moment.</source>
        <translation>你的速度校准尚未保存：%1。Headroom 稍后会再试一次。</translation>
    </message>
</context>
<context>
    <name>Headroom::SpeedCheckModel</name>
    <message numerus="yes">
        <source>All %n measurements</source>
        <translation>
            <numerusform>全部 %n 条实测数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Source left out</source>
        <translation>留出的来源</translation>
    </message>
    <message>
        <source>Median error</source>
        <translation>中位误差</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>Inside the range</source>
        <translation>在范围内</translation>
    </message>
    <message>
        <source>Prompt processing: checking (a few seconds)…</source>
        <translation>提示处理：正在检查（需几秒）…</translation>
    </message>
    <message numerus="yes">
        <source>Prompt processing: all %n measurements (publisher left out)</source>
        <translation>
            <numerusform>提示处理：全部 %n 条测量（留出发布者）</numerusform>
        </translation>
    </message>
    <message>
        <source>Each source is predicted by a fit on the other sources only (headroom validate). Targets: median ≤ %1, 90th percentile ≤ %2, ≥ %3 inside the shown range. Prompt processing (triangles) leaves out one publisher at a time; its targets are ≤ %4, ≤ %5 and ≥ %6, not met yet.</source>
        <translation>每个来源都由仅基于其他来源的拟合来预测（headroom validate）。目标：中位误差 ≤ %1，第 90 百分位 ≤ %2，≥ %3 落在显示范围内。提示处理（三角形）每次留出一个发布者；其目标为 ≤ %4、≤ %5 和 ≥ %6，尚未达到。</translation>
    </message>
</context>
<context>
    <name>Headroom::Staleness</name>
    <message>
        <source>%1 months old</source>
        <translation>已过去 %1 个月</translation>
    </message>
    <message>
        <source>price from %1, %2: check before you buy</source>
        <translation>价格来自 %1，%2：购买前请核对</translation>
    </message>
</context>
<context>
    <name>Headroom::TableUtil</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>右键单击以选择列</translation>
    </message>
</context>
<context>
    <name>Headroom::TokenSpinBox</name>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>A token count such as 32768, 128k or 1M, from %1 to %2</source>
        <translation>token 数，例如 32768、128k 或 1M，范围 %1 到 %2</translation>
    </message>
    <message>
        <source>Not a token count: %1</source>
        <translation>不是 token 数：%1</translation>
    </message>
    <message>
        <source>“%1” is not a token count (%2); it stays %3.</source>
        <translation>“%1”不是 token 数（%2）；仍为 %3。</translation>
    </message>
    <message>
        <source>%1 tokens is out of range (%2); it stays %3.</source>
        <translation>%1 token 超出范围（%2）；仍为 %3。</translation>
    </message>
</context>
<context>
    <name>Headroom::UsableSettingItems</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <translation>%1
%2（%3）</translation>
    </message>
</context>
<context>
    <name>Headroom::UserDataSaver</name>
    <message>
        <source>Your changes are not saved: %1 could not be read and could not be moved aside, and Headroom will not write over it. Move or repair that file, then edit again.</source>
        <translation>你的更改未保存：无法读取 %1，也无法将其移开，Headroom 不会覆盖它。请移走或修复该文件，然后再编辑。</translation>
    </message>
    <message>
        <source>Could not save your catalog to %1: %2. Your last saved catalog is unchanged.</source>
        <translation>无法将你的目录保存到 %1：%2。你上次保存的目录保持不变。</translation>
    </message>
    <message>
        <source>Your catalog is not saved yet: %1. Headroom tries again in a moment.</source>
        <translation>你的目录尚未保存：%1。Headroom 稍后会再试一次。</translation>
    </message>
</context>
<context>
    <name>Headroom::Verdict</name>
    <message>
        <source>Format not supported</source>
        <translation>格式不支持</translation>
    </message>
    <message>
        <source>Exceeds the model&apos;s context</source>
        <translation>超出模型上下文</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>Fits with offload</source>
        <translation>需卸载才能容纳</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>宽裕</translation>
    </message>
    <message>
        <source>Comfortable: free memory is at least the smaller of 20% of usable memory and 16 GiB. Tight: it fits with less free. Does not fit: it needs more than usable memory.</source>
        <translation>宽裕：剩余内存至少为可用内存的 20% 与 16 GiB 中的较小者。紧张：能容纳，但剩余更少。放不下：所需超过可用内存。</translation>
    </message>
</context>
<context>
    <name>ScenarioControls</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
</TS>
