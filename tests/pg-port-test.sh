#!/usr/bin/env bash
# The PostgreSQL test server takes the first free loopback port instead of refusing a taken
# one: a second server started while the first holds its port comes up on another port, and
# both answer. (The usual case: another PostgreSQL, from another tree or the machine, holds
# 55432.)  Usage: pg-port-test.sh BUILD_DIR
set -euo pipefail
script=$(cd "$(dirname "$0")/.." && pwd)/scripts/pg-test-server.sh
base=$1/pg-port-test
first=$base/first
second=$base/second
trap 'bash "$script" stop "$first"; bash "$script" stop "$second"; rm -rf "$base"' EXIT
mkdir -p "$base"

bash "$script" start "$first"
bash "$script" start "$second"
url1=$(cat "$first/url")
url2=$(cat "$second/url")
port1=${url1##*:}; port1=${port1%%/*}
port2=${url2##*:}; port2=${port2%%/*}
echo "first server on port $port1, second on port $port2"
if [ "$port1" = "$port2" ]; then
  echo "FAIL: both servers claim port $port1" >&2
  exit 1
fi
psql=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -n 1)/psql
for port in "$port1" "$port2"; do
  answer=$("$psql" -tA -h 127.0.0.1 -p "$port" -U postgres -d pennon_test -c "SELECT 40 + 2")
  if [ "$answer" != 42 ]; then
    echo "FAIL: the server on port $port answered '$answer'" >&2
    exit 1
  fi
done
# 'run' hands the URL on as PENNON_TEST_DATABASE.
handed=$(bash "$script" run "$second" bash -c 'echo "$PENNON_TEST_DATABASE"')
if [ "$handed" != "$url2" ]; then
  echo "FAIL: run handed '$handed', not '$url2'" >&2
  exit 1
fi
echo "1 passed, 0 failed"
