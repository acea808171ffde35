#!/usr/bin/env bash
# Runs the command unless a tracelab recording is under way (a RECORDING marker in /work/tracelab-raw*/).
for m in /work/tracelab-raw*/RECORDING; do
  if [ -e "$m" ]; then echo "guard: recording under way ($m); refused: $*" >&2; exit 99; fi
done
exec "$@"
