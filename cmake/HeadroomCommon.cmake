# One INTERFACE target carries the language level, warnings and strict Qt defines for every
# target, so no target can quietly build with weaker settings than the others.
add_library(headroom_common INTERFACE)
target_compile_features(headroom_common INTERFACE cxx_std_20)
target_compile_definitions(headroom_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HEADROOM_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(headroom_common INTERFACE -Wall -Wextra -Wpedantic)
    option(HEADROOM_WERROR "Treat warnings as errors (CI)" OFF)
    if(HEADROOM_WERROR)
        target_compile_options(headroom_common INTERFACE -Werror)
    endif()
    option(HEADROOM_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
    if(HEADROOM_SANITIZE)
        target_compile_options(headroom_common INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(headroom_common INTERFACE -fsanitize=address,undefined)
    endif()
    # libFuzzer needs clang: every target gets coverage for the fuzzer plus ASan and UBSan, and the
    # fuzz targets under tests/fuzz link the fuzzer's main.
    option(HEADROOM_FUZZ "Build the libFuzzer targets (clang only)" OFF)
    if(HEADROOM_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "HEADROOM_FUZZ needs clang (CXX=clang++-14)")
        endif()
        target_compile_options(headroom_common INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(headroom_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()
