#!/bin/sh
# usage: with-tool.sh TOOL COMMAND [ARGS...]
# Runs COMMAND when TOOL is installed. When it is not, the test fails under CI=true (.ci/deps must
# install it there) and is reported as skipped (exit 77) on a developer's machine, never left out.
tool=$1
shift
if command -v "$tool" >/dev/null 2>&1; then
    exec "$@"
fi
if [ "${CI:-}" = "true" ]; then
    echo "$tool is missing: .ci/deps installs it on CI" >&2
    exit 1
fi
echo "$tool is missing: skipped (install it with bash .ci/deps)" >&2
exit 77
