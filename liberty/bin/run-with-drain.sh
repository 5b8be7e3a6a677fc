#!/bin/sh
# Runs the given command (Liberty in the foreground) and stops it gracefully on SIGTERM/SIGINT:
#   1. readiness goes DOWN at once (the drain file the application's "draining" check looks for),
#   2. the server keeps serving for MOTOVAULT_DRAIN_SECONDS (default 10) while load balancers and
#      Kubernetes endpoints stop sending new requests,
#   3. then Liberty stops: in-flight requests finish (up to 30 s), and the process exits with
#      Liberty's exit code.
# The container image's entrypoint; also usable on a plain machine:
#   liberty/bin/run-with-drain.sh target/liberty/wlp/bin/server run motovault
# Tracing: spans go out over OTLP when an endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or
# OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) and OTEL_SDK_DISABLED is not set otherwise; off without one.
set -u

if [ -z "${OTEL_SDK_DISABLED:-}" ] && [ -n "${OTEL_EXPORTER_OTLP_ENDPOINT:-}${OTEL_EXPORTER_OTLP_TRACES_ENDPOINT:-}" ]; then
  OTEL_SDK_DISABLED=false
  export OTEL_SDK_DISABLED
fi

MOTOVAULT_DRAIN_FILE="${MOTOVAULT_DRAIN_FILE:-${TMPDIR:-/tmp}/motovault-draining-$$}"
export MOTOVAULT_DRAIN_FILE
drain_seconds="${MOTOVAULT_DRAIN_SECONDS:-10}"
rm -f "$MOTOVAULT_DRAIN_FILE"

"$@" &
child=$!
stopping=0

stop() {
  if [ "$stopping" -eq 0 ]; then
    stopping=1
    : > "$MOTOVAULT_DRAIN_FILE"
    echo "run-with-drain: readiness DOWN, draining for ${drain_seconds}s before stopping" >&2
    sleep "$drain_seconds"
    kill -TERM "$child" 2>/dev/null
  fi
}
trap stop TERM INT

# wait returns early when a trapped signal arrives; keep waiting until the server has exited.
while :; do
  wait "$child"
  status=$?
  if ! kill -0 "$child" 2>/dev/null; then
    break
  fi
done
rm -f "$MOTOVAULT_DRAIN_FILE"
exit "$status"
