#!/usr/bin/env bash
# Fails when a .ts file is out of date with the sources or has unfinished entries, by lupdate's and
# lrelease's own counts (not a byte compare): lupdate runs on a copy, so the checkout is untouched.
# usage: check-translations.sh LUPDATE LRELEASE SOURCE_DIR TS_FILE...
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3; shift 3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$@"; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    # The English file holds plural forms only, as the build's lupdate keeps it.
    only=()
    [[ $ts == *_en.ts ]] && only=(-pluralonly)
    out=$("$lupdate" -no-obsolete -locations none "${only[@]}" "$src/app" "$src/model" "$src/views" -ts "$copy" 2>&1)
    new=$(grep -oE '\(([0-9]+) new' <<<"$out" | grep -oE '[0-9]+' || echo 0)
    # With -pluralonly lupdate counts every non-plural string as new before it strips them; a
    # new plural entry is still caught, as unfinished.
    ((${#only[@]})) && new=0
    obsolete=$(grep -oE 'Removed ([0-9]+) obsolete' <<<"$out" | grep -oE '[0-9]+' || echo 0)
    # lrelease counts an entry with text but marked unfinished, and ignores one with no text.
    counts=$("$lrelease" "$copy" -qm "$tmp/out.qm" 2>&1)
    unfinished=$(grep -oE '([0-9]+) unfinished' <<<"$counts" | grep -oE '[0-9]+' || echo 0)
    untranslated=$(grep -oE 'Ignored ([0-9]+) untranslated' <<<"$counts" | grep -oE '[0-9]+' || echo 0)
    unfinished=$((unfinished + untranslated))
    echo "$(basename "$ts"): ${new} new, ${obsolete} obsolete, ${unfinished} unfinished"
    if [[ $new != 0 || $obsolete != 0 || $unfinished != 0 ]]; then
        echo "  out of date: run 'cmake --build build --target update_translations' and translate what is new"
        status=1
    fi
done
exit $status
