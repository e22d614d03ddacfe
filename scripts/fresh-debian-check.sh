#!/usr/bin/env bash
# Proves the README's commands on a bare Debian 12: makes a minimal bookworm root with
# debootstrap (this machine's own apt sources), exports the repository's HEAD into it with
# nothing beside it, and runs ./test.sh inside as root; then starts the app there once with
# `xvfb-run ./run.sh`. Prints the ctest summary and the time taken.
#
#   scripts/fresh-debian-check.sh [--keep] [DIR]
#
# DIR (default: a new folder under /var/tmp) must be empty or absent; it is removed at the end
# unless --keep is given. Needs root (debootstrap, chroot, mounts) and Debian's package archive;
# the npm registry too, for the interop and schema tests.
set -euo pipefail

keep=0
dir=""
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $arg (see --help)" >&2; exit 2 ;;
    *) dir=$arg ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-debian-check.sh needs root (debootstrap, chroot, mounts)" >&2
  exit 1
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "$dir" ]; then
  dir=$(mktemp -d /var/tmp/pennon-fresh.XXXXXX)
elif [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
  echo "$dir is not empty" >&2
  exit 2
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
start=$(date +%s)

if ! command -v debootstrap >/dev/null; then
  echo "== installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null; }
fi

# This machine's own Debian mirror: the first URI of a source that serves bookworm.
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  mirror=$(awk '/^URIs:/{u=$2} /^Suites:/{ for (i = 2; i <= NF; i++) if ($i == "bookworm") { print u; exit } }' "$f")
  [ -n "$mirror" ] && break
done
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list)
fi
mirror=${mirror:-http://deb.debian.org/debian}

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  if [ "$keep" -eq 0 ]; then
    rm -rf "$dir"
  else
    echo "kept the root in $dir"
  fi
}
trap cleanup EXIT

echo "== debootstrap --variant=minbase bookworm $dir $mirror"
debootstrap --variant=minbase bookworm "$dir" "$mirror" >"$dir.debootstrap.log" 2>&1 \
  || { tail -20 "$dir.debootstrap.log" >&2; exit 1; }
rm -f "$dir.debootstrap.log"

# The machine's apt sources and fetch settings (a snapshot mirror needs its date checks off),
# and its extra CA certificates for npm; nothing else of this machine goes in.
rm -f "$dir/etc/apt/sources.list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && cp "$f" "$dir$f"
done
for f in /etc/apt/apt.conf.d/*; do
  [ -f "$f" ] && grep -q '^Acquire::' "$f" && cp "$f" "$dir$f"
done
ca_bundle=""
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$dir/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/"
  cat /usr/local/share/ca-certificates/*.crt >"$dir/etc/fresh-check-extra-ca.pem"
  ca_bundle=/etc/fresh-check-extra-ca.pem
fi

echo "== exporting HEAD ($(git -C "$repo" rev-parse --short HEAD)) into /root/pennon"
mkdir -p "$dir/root/pennon"
git -C "$repo" archive --format=tar HEAD | tar -x -C "$dir/root/pennon"

for m in proc sys dev dev/pts dev/shm; do
  mkdir -p "$dir/$m"
  case $m in
    proc) mount -t proc proc "$dir/proc" ;;
    sys) mount -t sysfs sys "$dir/sys" ;;
    *) mount --bind "/$m" "$dir/$m" ;;
  esac
  mounted+=("$dir/$m")
done
cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true

inside() {
  chroot "$dir" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    ${ca_bundle:+NODE_EXTRA_CA_CERTS=$ca_bundle} \
    /bin/bash -c "$1"
}

echo "== ./test.sh inside (log: $dir/root/test.log)"
set +e
inside 'cd /root/pennon && ./test.sh' >"$dir/root/test.log" 2>&1
rc=$?
set -e
tests_done=$(date +%s)

echo "== xvfb-run ./run.sh inside (the window must stay up for 30 s)"
set +e
inside 'cd /root/pennon && timeout -s TERM 30 xvfb-run -a ./run.sh' >"$dir/root/run.log" 2>&1
run_rc=$?
set -e
end=$(date +%s)

echo
grep -E '^[0-9]+% tests passed|^Total Test time|The following tests (FAILED|did not run)|^\s+[0-9]+ - .*\((Failed|Not Run|Skipped|Timeout)\)' \
  "$dir/root/test.log" || tail -30 "$dir/root/test.log"
skipped=$(grep -c '\*\*\*Skipped\|(Skipped)' "$dir/root/test.log" || true)
echo "test.sh exit status $rc; tests skipped: $skipped"
if [ "$run_rc" -eq 124 ]; then
  echo "xvfb-run ./run.sh: the app was still running after 30 s (stopped by timeout)"
else
  echo "xvfb-run ./run.sh exited with $run_rc before 30 s:"
  tail -15 "$dir/root/run.log"
fi
echo "time: $((tests_done - start)) s to a tested build from nothing, $((end - start)) s in all"
[ "$rc" -eq 0 ] && [ "$skipped" -eq 0 ] && [ "$run_rc" -eq 124 ]
