#!/usr/bin/env bash
# site-gen benchmark: median wall time and peak RSS over RUNS runs (default 5) of
#   cold   full build of the corpus into an empty output folder
#   warm   the same build again with the previous output in place (nothing changed: up to date)
#   edit1  one doc edited, then built again (output, build stamp and render cache present: that doc's pages render)
#   check1 `check --only source-postgres` after an edit to its doc (a contributor's loop: edit, check; each run edits)
#   pr1    `check --changed-since HEAD` in a git repository of the corpus with one file of source-faker changed
#          (each run edits it again)
#          (loads the whole catalog, reads source-faker at HEAD from git, runs the change rules)
#   10x    full build of a 10x synthetic corpus (src/bench/make-corpus.py), cold
#   hugo   `hugo` on the same docs in a minimal site, when hugo is installed (apt-get install hugo)
# warm, edit1, check1 and pr1 run as a user runs them, through bin/site-gen's background process (package daemon;
# the first warm run starts it, so the medians are what a contributor sees from the second command on), and again
# as "<case>-nd" with SITE_GEN_DAEMON=off: a new JVM for every command. cold and 10x always start a new JVM (a cold
# build is one with nothing warm). The background process's own peak RSS is printed after the table.
# and the ratios to Hugo, then each pathological markdown doc's extra build time over a plain
# three-connector site (src/bench/bench-hostile.sh; skip with HOSTILE=no). Usage: src/bench/bench.sh [CORPUS] (default ../shared/corpus/airbyte-2025-08).
# Needs GNU time (/usr/bin/time) and python3. Timings belong here, never in unit tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$(cd "${1:-../shared/corpus/airbyte-2025-08}" && pwd)
runs=${RUNS:-5}
work=$(mktemp -d /tmp/site-gen-bench.XXXXXX)
export XDG_CACHE_HOME="$work/cache"  # user-level caches start empty: the first check1/pr1 run fills one
export XDG_RUNTIME_DIR="$work/run"   # the bench's own background process, stopped at the end
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'bin/site-gen daemon stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

mvn -B -q package -DskipTests >/dev/null
launcher=bin/site-gen

# measure NAME PREP CMD...: runs PREP then CMD RUNS times; records "wall_s rss_kb" per run.
measure() {
  local name=$1 prep=$2; shift 2
  : > "$work/$name.txt"
  for _ in $(seq "$runs"); do
    eval "$prep"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
      echo "$name failed:"; cat "$work/stderr.txt"; exit 1; }
    cat "$work/time.txt" >> "$work/$name.txt"
  done
}

# Moves a finished output out of the way instead of deleting it: on ext4 without a journal (this VM's
# disk) creating files soon after deleting thousands is several times slower (the inode allocator
# skips inodes deleted in the last minute), which would measure the previous run's clean-up.
n=0
set_aside() {
  n=$((n + 1))
  mkdir -p "$work/set-aside/$n"
  for f in "$@"; do
    if [ -e "$f" ]; then mv "$f" "$work/set-aside/$n/"; fi
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# a private copy, so edit1 can change a doc
cp -r "$corpus" "$work/corpus"
doc="$work/corpus/docs/integrations/sources/postgres.md"
nd="env SITE_GEN_DAEMON=off $launcher"
measure cold "set_aside '$work/out' '$work/out.lock' '$work/.site-gen'" \
  $nd build "$work/corpus" --out "$work/out" --fail-on never --as-of 2025-08-15
measure warm ":" \
  $launcher build "$work/corpus" --out "$work/out" --fail-on never --as-of 2025-08-15
measure edit1 "echo 'One more line.' >> '$doc'" \
  $launcher build "$work/corpus" --out "$work/out" --fail-on never --as-of 2025-08-15
measure check1 "echo 'One more line.' >> '$doc'" $launcher check "$work/corpus" --only source-postgres --fail-on never
measure warm-nd ":" \
  $nd build "$work/corpus" --out "$work/out" --fail-on never --as-of 2025-08-15
measure edit1-nd "echo 'One more line.' >> '$doc'" \
  $nd build "$work/corpus" --out "$work/out" --fail-on never --as-of 2025-08-15
measure check1-nd "echo 'One more line.' >> '$doc'" $nd check "$work/corpus" --only source-postgres --fail-on never

cp -r "$corpus" "$work/repo" && chmod -R u+w "$work/repo"
git -C "$work/repo" init -q && git -C "$work/repo" add -A
git -C "$work/repo" -c user.name=bench -c user.email=bench@example.invalid -c commit.gpgsign=false commit -q -m base
echo '# touched' >> "$work/repo/airbyte-integrations/connectors/source-faker/metadata.yaml"
measure pr1 "echo '# touched' >> '$work/repo/airbyte-integrations/connectors/source-faker/metadata.yaml'" $launcher check "$work/repo" --changed-since HEAD --fail-on never
measure pr1-nd "echo '# touched' >> '$work/repo/airbyte-integrations/connectors/source-faker/metadata.yaml'" $nd check "$work/repo" --changed-since HEAD --fail-on never
daemon_pid=$($launcher daemon status 2>/dev/null | sed -n 's/^ *pid:* *\([0-9][0-9]*\).*/\1/p' | head -1)
daemon_rss="-"
[ -n "$daemon_pid" ] && daemon_rss=$(awk '/VmHWM/ {print int($2 / 1024) " MB peak"} /VmRSS/ {print int($2 / 1024) " MB now"}' "/proc/$daemon_pid/status" | paste -sd, -)
$launcher daemon stop >/dev/null 2>&1 || true

python3 src/bench/make-corpus.py "$corpus" "$work/corpus10" 10 >/dev/null
measure x10 "set_aside '$work/out10' '$work/out10.lock' '$work/.site-gen'" \
  $nd build "$work/corpus10" --out "$work/out10" --fail-on never --as-of 2025-08-15

hugo_ok=no
if command -v hugo >/dev/null 2>&1; then
  site="$work/hugo"
  mkdir -p "$site/content" "$site/layouts/_default"
  cp -r "$corpus/docs/integrations/." "$site/content/"
  printf 'baseURL = "https://example.org/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[markup.goldmark.renderer]\nunsafe = true\n' > "$site/config.toml"
  printf '{{ .Content }}\n' > "$site/layouts/_default/single.html"
  printf '{{ range .Pages }}{{ .Title }}{{ end }}\n' > "$site/layouts/_default/list.html"
  measure hugo "set_aside '$site/public'" hugo --quiet -s "$site" -d "$site/public"
  hugo_ok=yes
fi

echo
echo "site-gen benchmark: $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1), runs=$runs"
echo "corpus: $corpus ($(ls "$corpus/airbyte-integrations/connectors" | wc -l) connectors, $(find "$corpus/docs/integrations" -name '*.md' | wc -l) docs)"
printf '%-10s %14s %14s %12s\n' case "median wall s" "peak RSS MB" "vs hugo"
hugo_wall=0
[ "$hugo_ok" = yes ] && hugo_wall=$(cut -d' ' -f1 "$work/hugo.txt" | median)
for name in cold warm edit1 check1 pr1 warm-nd edit1-nd check1-nd pr1-nd x10 hugo; do
  [ -f "$work/$name.txt" ] || continue
  wall=$(cut -d' ' -f1 "$work/$name.txt" | median)
  rss=$(cut -d' ' -f2 "$work/$name.txt" | sort -n | tail -1)
  ratio="-"
  [ "$hugo_ok" = yes ] && ratio=$(awk -v a="$wall" -v b="$hugo_wall" 'BEGIN {printf "%.2fx", a / b}')
  printf '%-10s %14s %14d %12s\n' "$name" "$wall" "$((rss / 1024))" "$ratio"
done
cold=$(cut -d' ' -f1 "$work/cold.txt" | median)
x10=$(cut -d' ' -f1 "$work/x10.txt" | median)
awk -v a="$x10" -v b="$cold" 'BEGIN {printf "10x corpus / 1x: %.2fx time\n", a / b}'
echo "background process (served warm, edit1, check1, pr1): RSS $daemon_rss"

if [ "${HOSTILE:-yes}" != no ]; then
  RUNS=$runs src/bench/bench-hostile.sh
fi
