# Sourced by the fixture packages' check scripts (Tests/Downstream, ServerHummingbird, ServerVapor,
# Streaming).
# swiftpm COMMAND...: runs a SwiftPM command and prints what it printed. SwiftPM itself sometimes
# dies of a signal (seen in CI: `swift package ... generate-sdk` exited with 139, SIGSEGV; and a
# fixture build that stopped mid-way here; sdkgen's own failures reach SwiftPM as plugin errors,
# exit 1). Such a run is shown and run once more; any other failure is returned as it is.
swiftpm() {
    local status=0 log
    log=$(mktemp)
    "$@" > "$log" 2>&1 || status=$?
    if [ "$status" -gt 128 ]; then
        { echo "swiftpm: '$*' died of signal $((status - 128)), a SwiftPM crash; its last lines:"
          tail -n 20 "$log"; echo "swiftpm: running it once more"; } >&2
        status=0
        "$@" > "$log" 2>&1 || status=$?
    fi
    cat "$log"
    rm -f "$log"
    return "$status"
}
