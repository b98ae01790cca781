#!/bin/sh
# usage: run-monkey.sh MONKEY [ARGS...]
# Runs the monkey on a display of its own (xvfb-run) and, when it fails, crashes or hangs, prints
# the seed, the last steps it took and how to replay them: the journal is written as it goes, so a
# crash under AddressSanitizer leaves every step up to it.
monkey=$1
shift
journal=${HEADROOM_MONKEY_JOURNAL:-$(mktemp /tmp/headroom-monkey-XXXXXX.tsv)}
xvfb-run -a -s "-screen 0 1920x1200x24" "$monkey" --journal "$journal" "$@"
status=$?
if [ "$status" -ne 0 ]; then
    echo "monkey: exit status $status; $(head -n 1 "$journal" | sed 's/^# //')" >&2
    echo "monkey: the last steps before it stopped:" >&2
    grep -v '^#' "$journal" | tail -n 25 | sed 's/^/  /' >&2
    echo "monkey: replay with: xvfb-run -a $monkey --replay $journal" >&2
    exit 1
fi
rm -f "$journal"
exit 0
