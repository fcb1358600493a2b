#!/usr/bin/env bash
# Benchmarks, as ratios against a baseline measured in the same interleaved run, with min, median
# and max over the runs. Nothing is downloaded; the build must have run (target/lockdown exists).
#   bench/run.sh            everything (the window needs Xvfb and xdotool: apt-get install xvfb xdotool)
#   bench/run.sh --quick    only what needs no display, fewer runs (CI runs this; it only reports)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""; [ "${1:-}" = "--quick" ] && quick=1
runs=${RUNS:-$([ -n "$quick" ] && echo 3 || echo 9)}
launcher=target/lockdown
[ -x "$launcher" ] || { echo "run the build first (./mvnw compile writes $launcher)" >&2; exit 2; }
java=$(sed -n 's/^exec "\([^"]*\)".*/\1/p' "$launcher")
cp=$(grep -o "\-cp '[^']*'" "$launcher" | sed "s/-cp '//; s/'$//")
# The launcher's JVM options, given to the baselines too, so both run alike.
opts=$(sed -n 's/^exec "[^"]*" \(.*\) -cp .*/\1/p' "$launcher")
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
export SMLOCKDOWN_DATA="$data"

# min median max of the numbers on stdin
stats() { sort -n | awk '{a[NR]=$1} END {printf "%d %d %d", a[1], a[int((NR+1)/2)], a[NR]}'; }
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }

echo "# SmarterMail Lockdown benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $runs runs each"
echo

# 1. An audit of a server that answers after 100 ms: requests, serial waves, time in round trips.
"$java" $opts -Dlockdown.data="$data" -cp "$cp" bench/AuditWaves.java 100 "$runs" 2>/dev/null | tail -1

# 2. audit --demo end to end against java -version, interleaved.
a=(); b=()
for _ in $(seq "$runs"); do
  a+=("$(ms "$launcher" audit --demo)")
  b+=("$(ms "$java" $opts -version)")
done
read -r amin amed amax <<<"$(printf '%s\n' "${a[@]}" | stats)"
read -r bmin bmed bmax <<<"$(printf '%s\n' "${b[@]}" | stats)"
echo "audit --demo: min $amin ms, median $amed ms, max $amax ms; java -version: median $bmed ms; ratio $(awk "BEGIN{printf \"%.1f\", $amed/($bmed>0?$bmed:1)}")×"

# 2b. The same with the app image's launcher (what users get: a jlinked runtime and the AOT cache),
#     when -Ppackage has built it.
image="target/package/image/SmarterMail Lockdown"
if [ -x "$image/bin/SmarterMail Lockdown" ]; then
  c=()
  for _ in $(seq "$runs"); do c+=("$(ms "$image/bin/SmarterMail Lockdown" audit --demo)"); done
  read -r cmin cmed cmax <<<"$(printf '%s\n' "${c[@]}" | stats)"
  echo "audit --demo, app image: min $cmin ms, median $cmed ms, max $cmax ms; ratio to java -version $(awk "BEGIN{printf \"%.1f\", $cmed/($bmed>0?$bmed:1)}")×"
fi

# 3. Peak memory of audit --demo (the command line; the window is below).
/usr/bin/time -o "$data/rss" -f "%M" "$launcher" audit --demo >/dev/null 2>&1 || true
echo "audit --demo peak RSS: $(( $(tail -1 "$data/rss") / 1024 )) MiB"

# 4. The app image, when -Ppackage has built it, and the minimal JavaFX image of
#    packaging/linux/minimal-image.sh (the same jlink and jpackage options).
if [ -d "$image" ]; then
  ours=$(du -sm "$image" | cut -f1)
  aot=$([ -f "$image/lib/app/lockdown.aot" ] && du -sm "$image/lib/app/lockdown.aot" | cut -f1 || echo 0)
  if [ -d target/minimal-image/image/hello ]; then
    bare=$(du -sm target/minimal-image/image/hello | cut -f1)
    echo "app image: $ours MB (AOT cache $aot MB); minimal JavaFX image: $bare MB; ratio $(awk "BEGIN{printf \"%.2f\", $ours/$bare}")×, without the cache $(awk "BEGIN{printf \"%.2f\", ($ours-$aot)/$bare}")×"
  else
    echo "app image: $ours MB (AOT cache $aot MB)"
  fi
fi
[ -n "$quick" ] && exit 0

# 5. Start to window mapped, against a bare JavaFX window on the same class path, interleaved;
#    and peak RSS of each 10 s after it showed.
command -v xdotool >/dev/null && command -v Xvfb >/dev/null || { echo "window: needs Xvfb and xdotool"; exit 0; }
export DISPLAY=:97
Xvfb :97 -screen 0 1400x900x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
# The bare window compiled once, so it is not slowed by compiling at each start.
mkdir -p "$data/hello" && "$(dirname "$java")/javac" -cp "$cp" -d "$data/hello" bench/Hello.java
window() { # name, then the command: ms until a window of that name is mapped; then its peak RSS after 10 s
  local name=$1; shift; local t0 t1 pid
  t0=$(date +%s%N); "$@" >/dev/null 2>&1 & pid=$!
  until xdotool search --onlyvisible --name "^$name\$" >/dev/null 2>&1; do sleep 0.01; done; t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 ))" > "$data/last-ms"
  sleep "${SETTLE:-10}"; grep VmHWM "/proc/$pid/status" | awk '{print int($2/1024)}' > "$data/last-rss" || echo 0 > "$data/last-rss"
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
}
# ours and base are commands (functions that exec, so the process measured is the program
# itself); the label says what is compared.
compare_windows() { # label, baseline's name, ours, base
  local label=$1 basename=$2 ours=$3 base=$4 w=() h=() wr=() hr=()
  for _ in $(seq "$runs"); do
    window "SmarterMail Lockdown" "$ours"; w+=("$(cat "$data/last-ms")"); wr+=("$(cat "$data/last-rss")")
    window "Hello" "$base"; h+=("$(cat "$data/last-ms")"); hr+=("$(cat "$data/last-rss")")
  done
  local wmin wmed wmax hmed wrmed hrmed
  read -r wmin wmed wmax <<<"$(printf '%s\n' "${w[@]}" | stats)"
  read -r _ hmed _ <<<"$(printf '%s\n' "${h[@]}" | stats)"
  read -r _ wrmed _ <<<"$(printf '%s\n' "${wr[@]}" | stats)"
  read -r _ hrmed _ <<<"$(printf '%s\n' "${hr[@]}" | stats)"
  echo "start → window mapped$label: min $wmin ms, median $wmed ms, max $wmax ms; $basename: median $hmed ms; ratio $(awk "BEGIN{printf \"%.2f\", $wmed/$hmed}")×"
  echo "peak RSS 10 s after the window showed$label: $wrmed MiB; $basename: $hrmed MiB; ratio $(awk "BEGIN{printf \"%.2f\", $wrmed/$hrmed}")×"
}
ours_dev() { exec "$java" $opts -Dlockdown.data="$data" -cp "$cp" lockdown.Launcher; }
hello_dev() { exec "$java" $opts -cp "$cp:$data/hello" Hello; }
compare_windows "" "bare JavaFX window" ours_dev hello_dev

# 5b. The same for the app images, when both are built: ours (with its AOT cache) against the
#     minimal JavaFX image made with the same options (packaging/linux/minimal-image.sh).
ours_image() { exec "$image/bin/SmarterMail Lockdown"; }
hello_image() { exec target/minimal-image/image/hello/bin/hello; }
if [ -x "$image/bin/SmarterMail Lockdown" ] && [ -x target/minimal-image/image/hello/bin/hello ]; then
  compare_windows ", app images" "minimal JavaFX image" ours_image hello_image
fi

# 6. The longest FX pulse during a demo walk: connect with Enter, then Enter through every page to
#    the summary, with JavaFX's pulse logger on (it prints every pulse over the threshold).
"$java" $opts -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=20 -Dlockdown.data="$data" -cp "$cp" lockdown.Launcher \
  > "$data/pulses.log" 2>&1 & pid=$!
until xdotool search --onlyvisible --name "^SmarterMail Lockdown$" >/dev/null 2>&1; do sleep 0.05; done
sleep 1; xdotool key Return; sleep 4
for _ in $(seq 16); do xdotool key Return; sleep 0.7; done
sleep 1; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
# "PULSE: n [idle ms:duration ms]", then its phases ("T26 (0 +56ms): Waiting for previous rendering").
# The first pulse (the window's first show) is left out. A pulse's own FX-thread time is its length
# less the time it waited for the render thread to finish painting the frame before.
awk '/^PULSE:/ { if (n > 1) report(); n = $2 + 0; d = $3; sub(/.*:/, "", d); d += 0; wait = 0; next }
     /Waiting for previous rendering/ { w = $0; sub(/.*\+/, "", w); wait += w + 0 }
     function report() { fx = d - wait; if (d > max) { max = d; at = n }; if (fx > fxmax) { fxmax = fx; fxat = n };
                         if (d > 100) over++; if (fx > 100) fxover++ }
     END { if (n > 1) report();
           printf "demo walk: longest FX pulse after the first show %d ms (pulse %d), pulses over 100 ms: %d; longest FX-thread work in a pulse (less waiting for the render thread) %d ms (pulse %d), over 100 ms: %d\n", max, at, over + 0, fxmax, fxat, fxover + 0 }' "$data/pulses.log"
