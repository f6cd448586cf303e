#!/usr/bin/env bash
# Stress harness for the UI tier's cycle-collector rule (docs/architecture.md, "Threads and
# the cycle collector"): runs the Qt test modules N times with collections made frequent
# (gc.set_threshold 50,5,5 via packaging/gc_stress_plugin.py) and faulthandler dumping every
# thread, and counts the runs that crashed. Not part of any test tier; run it niced:
#   nice -n 10 bash packaging/gc_stress.sh 10 [pytest args...]   (default: tests/ui)
# Logs: ${GC_STRESS_LOGS:-/tmp/replay-gc-stress}/run-N.log
set -u
cd "$(dirname "$0")/.."
runs=${1:-10}
shift || true
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(tests/ui)
logs=${GC_STRESS_LOGS:-/tmp/replay-gc-stress}
mkdir -p "$logs"
crashed=0 failed=0
for i in $(seq 1 "$runs"); do
  QT_QPA_PLATFORM=offscreen PYTHONPATH=packaging PYTHONFAULTHANDLER=1 \
    .venv/bin/python -X faulthandler -m pytest -p gc_stress_plugin -q -p no:cacheprovider \
    "${args[@]}" >"$logs/run-$i.log" 2>&1
  rc=$?
  if grep -q "Fatal Python error" "$logs/run-$i.log"; then
    crashed=$((crashed + 1)); echo "run $i: CRASH (rc $rc) $(grep -m1 'Fatal Python error' "$logs/run-$i.log")"
  elif [ $rc -ne 0 ]; then
    failed=$((failed + 1)); echo "run $i: failed (rc $rc), see $logs/run-$i.log"
  else
    echo "run $i: ok; $(grep -m1 '^gc stress' "$logs/run-$i.log")"
  fi
done
echo "gc stress: $runs runs of ${args[*]}: $crashed crashed, $failed failed otherwise (machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), shared)"
[ $crashed -eq 0 ] && [ $failed -eq 0 ]
