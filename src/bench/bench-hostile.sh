#!/usr/bin/env bash
# The pathological markdown docs of issue 13 item 5: for each case of src/bench/make-hostile.py, the
# median over RUNS runs (default 5) of its cold build's wall and CPU (user + system) seconds, and the
# extra over the plain three-connector site. A doc within the markdown limits should add at most about
# 2 s; a doc past one is shown as plain text (its diagnostic is printed). Wall time needs an idle
# machine; CPU time is the steadier figure on a busy one.
# Usage: src/bench/bench-hostile.sh [CASE...] (default: all). Called by bench.sh; assumes the jar is built.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
work=$(mktemp -d /tmp/site-gen-hostile.XXXXXX)
trap 'rm -rf "$work"' EXIT
[ -f target/site-gen.jar ] || mvn -B -q package -DskipTests >/dev/null
cases=("$@")
[ ${#cases[@]} -gt 0 ] || mapfile -t cases < <(python3 src/bench/make-hostile.py list)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# measure CASE: builds the case's site RUNS times into fresh output folders; "wall cpu" per run
measure() {
  local name=$1
  python3 src/bench/make-hostile.py "$work/$name" "$name"
  : > "$work/$name.txt"
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/time.txt" bin/site-gen build "$work/$name" --out "$work/$name-out-$i" \
      --as-of 2025-08-15 --fail-on never --format json --report "$work/$name.json" >/dev/null 2>"$work/stderr.txt" || {
      echo "$name failed:"; cat "$work/stderr.txt"; exit 1; }
    awk '{print $1, $2 + $3}' "$work/time.txt" >> "$work/$name.txt"
    rm -rf "$work/$name-out-$i"
  done
}

measure plain
plain_wall=$(cut -d' ' -f1 "$work/plain.txt" | median)
plain_cpu=$(cut -d' ' -f2 "$work/plain.txt" | median)
echo
echo "pathological docs: $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), runs=$runs"
printf '%-17s %9s %7s %11s %10s  %s\n' case "doc KB" "wall s" "extra wall" "extra cpu" "outcome"
printf '%-17s %9s %7s %11s %10s\n' plain - "$plain_wall" - -
for name in "${cases[@]}"; do
  measure "$name"
  wall=$(cut -d' ' -f1 "$work/$name.txt" | median)
  cpu=$(cut -d' ' -f2 "$work/$name.txt" | median)
  kb=$(( $(stat -c %s "$work/$name/docs/integrations/sources/cedar.md") / 1024 ))
  outcome=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["diagnostics"]; print(d[0]["message"].split(": ",1)[-1][:70] + ", line " + str(d[0]["line"]) if d else "rendered")' "$work/$name.json")
  printf '%-17s %9s %7s %11s %10s  %s\n' "$name" "$kb" "$wall" \
    "$(awk -v a="$wall" -v b="$plain_wall" 'BEGIN {printf "%+.2f", a - b}')" \
    "$(awk -v a="$cpu" -v b="$plain_cpu" 'BEGIN {printf "%+.2f", a - b}')" "$outcome"
  rm -rf "${work:?}/$name"
done
