#!/bin/sh
# usage: check.sh BUILD_DIR
# The layering is a property of the build: a view that includes the engine, or an engine file that
# includes an item model, must fail to compile because the header is not on its include path; a view
# that includes an item model must compile. One test, so two builds never share the tree at once.
build=$1
status=0
refused() { # TARGET HEADER
    out=$(cmake --build "$build" --target "$1" 2>&1)
    if [ $? -eq 0 ]; then
        echo "layering: $1 built, but $2 must not be reachable from it"
        status=1
    elif ! printf '%s\n' "$out" | grep -q "$2: No such file or directory"; then
        echo "layering: $1 failed for another reason than $2:"
        printf '%s\n' "$out" | tail -n 5
        status=1
    else
        echo "layering: $1 refused: $2 is not on its include path"
    fi
}
refused layering_view_includes_engine engine.h
refused layering_engine_includes_item fitmatrixmodel.h
if cmake --build "$build" --target layering_view_reads_items >/dev/null 2>&1; then
    echo "layering: layering_view_reads_items built (the control)"
else
    echo "layering: the control layering_view_reads_items did not build"
    status=1
fi
exit $status
