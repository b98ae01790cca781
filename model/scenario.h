#pragma once

#include "kvtype.h"
#include "quantization.h"

namespace Headroom {

// What the user is asking about, independent of which model and box.
struct Scenario
{
    QuantFormat quant = *Quantization::parse(QStringLiteral("Q4_K_M"));
    KvType kvType = KvType::F16;
    double contextTokens = 32768; // a realistic working context, not the model's maximum
    int batch = 1;                // concurrent sequences
    double promptTokens = 0;      // tokens to prefill before the answer; 0 = none
    double answerTokens = 500;    // the "time to write an answer" figure
    int gpus = 0;                 // 0 = as the box is sold
    double efficiency = 0.0;      // 0 = the calibrated value for the box's backend

    // Inputs outside these bounds are rejected with a message, never clamped silently.
    static constexpr double kMaxContextTokens = 16.0 * 1024 * 1024;
    static constexpr int kMaxBatch = 4096;
    static constexpr int kMaxGpus = 64;
};

} // namespace Headroom
