#!/usr/bin/env bash
# End-to-end write faults through the real binary: a full disk at several fill levels, device and
# FIFO targets, and standard output on a full device. Every failure must exit 1 with one line on
# stderr naming the path, and leave the file the user had intact.
# It runs inside a private mount namespace on a small tmpfs, with device nodes made there: the
# machine's own disks and /dev are never touched. Needs root (CI runs as root); skipped otherwise.
# usage: full-disk.sh HEADROOM_BINARY
set -u
bin=$(realpath "$1")
if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null; then
    echo "full-disk: needs root and unshare; skipped"
    exit 77
fi
# A chroot whose root is not a mount point (a fresh Debian root made by debootstrap) cannot make
# mounts private: that is the machine, not Headroom, so the test is skipped and says why.
if ! reason=$(unshare --mount --propagation private true 2>&1); then
    echo "full-disk: no private mount namespace here ($reason); skipped"
    exit 77
fi
scratch=$(mktemp -d)
logs=$(mktemp -d)
trap 'rm -rf "$scratch" "$logs"' EXIT
export bin logs
exec unshare --mount --propagation private bash -s "$scratch" <<'INNER'
set -u
d=$1
mount -t tmpfs -o size=2m,mode=0755 headroom-faults "$d" || { echo "full-disk: cannot mount a tmpfs"; exit 1; }
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
page=4096
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# Leaves exactly $1 bytes free on the tmpfs (it counts whole pages).
fill() {
    rm -f "$d/filler"
    head -c 100000000 /dev/zero > "$d/filler" 2>/dev/null
    [ "$1" -gt 0 ] && truncate -s "-$1" "$d/filler"
    true
}

# NAME FILE COMMAND...: the command writes FILE; on a disk too full for it, it must fail cleanly.
check_full() {
    local name=$1 file=$2; shift 2
    # Its size on an empty disk decides the fill levels: nothing free, and one page short.
    "$@" >"$logs/out" 2>"$logs/err" || { fail "$name on an empty disk: $(cat "$logs/err")"; return; }
    local size; size=$(stat -c %s "$file")
    local pages=$(((size + page - 1) / page))
    local levels="0"
    [ $pages -gt 1 ] && levels="0 $(((pages - 1) * page))"
    for free in $levels; do
        printf 'known good contents\n' > "$file"
        fill "$free"
        "$@" >"$logs/out" 2>"$logs/err"
        local status=$?
        local lines; lines=$(wc -l < "$logs/err")
        if [ $status != 1 ] || [ "$lines" != 1 ] || ! grep -q "$file" "$logs/err" ||
           [ "$(cat "$file")" != "known good contents" ]; then
            fail "$name ($size bytes) with $free bytes free: status $status, $lines line(s): $(cat "$logs/err")"
        else
            echo "ok   $name ($size bytes) with $free bytes free: exit 1, old file intact"
        fi
        rm -f "$d/filler" "$file"
    done
}

model=(--model devstral-2)
check_full "matrix -o csv" "$d/m.csv" "$bin" matrix -o "$d/m.csv"
check_full "matrix -o md" "$d/m.md" "$bin" matrix -o "$d/m.md"
check_full "export svg" "$d/c.svg" "$bin" export --chart bandwidth "${model[@]}" -o "$d/c.svg"
check_full "export pdf" "$d/c.pdf" "$bin" export --chart bandwidth "${model[@]}" -o "$d/c.pdf"
check_full "export png" "$d/c.png" "$bin" export --chart bandwidth "${model[@]}" --scale 3 -o "$d/c.png"
check_full "report" "$d/r.pdf" "$bin" report "${model[@]}" --a-hardware rtx-pro-6000 --b-hardware dgx-spark -o "$d/r.pdf"
check_full "screenshot" "$d/s.png" "$bin" --screenshot "$d/s.png"

# Standard output on a full device of our own, and on a full disk.
mknod "$d/full" c 1 7
for command in "matrix" "catalog --json" "estimate --model devstral-2 --hardware rtx-4090"; do
    $bin $command > "$d/full" 2>"$logs/err"
    status=$?
    if [ $status != 1 ] || [ "$(wc -l < "$logs/err")" != 1 ]; then
        fail "$command > full device: status $status, $(cat "$logs/err")"
    else
        echo "ok   $command > full device: exit 1"
    fi
done
fill 0
"$bin" matrix > "$d/out.csv" 2>"$logs/err"
status=$?
[ $status = 1 ] && echo "ok   matrix > a file on a full disk: exit 1" || fail "matrix > a file on a full disk: status $status"
rm -f "$d/filler" "$d/out.csv"

# Targets that are not regular files stay what they are.
mknod "$d/null" c 1 3
"$bin" matrix -o "$d/null" 2>"$logs/err"
if [ $? != 0 ] || [ ! -c "$d/null" ]; then fail "-o onto a null device"; else echo "ok   -o onto a null device: written, still a device"; fi
"$bin" matrix -o "$d/full" 2>"$logs/err"
if [ $? != 1 ] || [ ! -c "$d/full" ]; then fail "-o onto a full device"; else echo "ok   -o onto a full device: exit 1, still a device"; fi
ln -s "$d/null" "$d/link"
"$bin" matrix -o "$d/link" 2>"$logs/err"
if [ $? != 0 ] || [ ! -L "$d/link" ] || [ ! -c "$d/null" ]; then fail "-o onto a symlink to a device"; else echo "ok   -o onto a symlink to a device: both stay"; fi
mkfifo "$d/fifo"
timeout 10 "$bin" matrix -o "$d/fifo" 2>"$logs/err"
status=$?
if [ $status != 1 ] || ! grep -q "no process is reading" "$logs/err" || [ ! -p "$d/fifo" ]; then
    fail "-o onto a FIFO with no reader: status $status, $(cat "$logs/err")"
else
    echo "ok   -o onto a FIFO with no reader: exit 1 at once, still a FIFO"
fi
umount "$d"
echo "full-disk: $failures failure(s)"
[ $failures = 0 ]
INNER
