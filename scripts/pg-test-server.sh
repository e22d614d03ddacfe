#!/usr/bin/env bash
# A throwaway PostgreSQL for the postgres-labelled tests (CTest fixtures call it).
#   pg-test-server.sh start DIR          initdb (into a folder of its own under /tmp, named in
#                                        DIR/server), listen on the first free loopback port
#                                        from 55432 on (socket in /tmp), trust authentication,
#                                        create the database pennon_test; its URL goes to DIR/url.
#                                        One role needs a password, for the tests of password
#                                        handling: pennon_password (password pennon-secret,
#                                        scram-sha-256 over TCP and the socket; a superuser like
#                                        postgres, so that it may create the workspace's tables)
#   pg-test-server.sh run DIR CMD ARG... run CMD with PENNON_TEST_DATABASE set to that URL
#   pg-test-server.sh stop DIR           fast shutdown, remove DIR
# A stale DIR from a crashed run is stopped and removed before a start. A port held by anything
# else (another PostgreSQL, another program) is passed over, never taken from its owner.
set -euo pipefail

action=${1:-}
dir=${2:-}
first_port=55432
last_port=55631
usage() {
  echo "usage: $0 start|stop DIR | $0 run DIR COMMAND [ARG...]" >&2
  exit 2
}
[ -n "$action" ] && [ -n "$dir" ] || usage

if [ "$action" = run ]; then
  shift 2
  [ $# -gt 0 ] || usage
  if [ ! -s "$dir/url" ]; then
    echo "no PostgreSQL test server in $dir (start it first: $0 start $dir)" >&2
    exit 1
  fi
  PENNON_TEST_DATABASE=$(cat "$dir/url")
  export PENNON_TEST_DATABASE
  exec "$@"
fi

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$candidate/pg_ctl" ]; then bindir=$candidate; break; fi
done
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null; then
  bindir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
fi
if [ -z "$bindir" ]; then
  echo "PostgreSQL server binaries not found (install the postgresql package)" >&2
  exit 1
fi

# initdb and postgres refuse to run as root: run them as the postgres user then, from / (the
# caller's folder may be closed to that user, as root's home is).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# The server's files live in a folder of their own under /tmp, which the postgres user can
# reach wherever the build folder is (a clone in /root is closed to it); DIR/server names it.
stop_server() {
  if [ -f "$dir/server" ]; then
    local server
    server=$(cat "$dir/server")
    if [ -f "$server/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    case "$server" in
      "${TMPDIR:-/tmp}"/pennon-pg.*) rm -rf "$server" ;;
    esac
  fi
  rm -rf "$dir"
}

case "$action" in
  start)
    stop_server
    mkdir -p "$dir"
    server=$(mktemp -d "${TMPDIR:-/tmp}/pennon-pg.XXXXXX")
    chmod 755 "$server"
    echo "$server" >"$dir/server"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$server"; fi
    as_owner "$bindir/initdb" -D "$server/data" -U postgres --auth=trust --no-sync \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # pg_hba.conf takes the first line that matches: the password role's go before the trust
    # lines initdb wrote. Written by the file's owner, who alone may read it.
    as_owner bash -c 'hba=$1/pg_hba.conf
      { printf "%s\n" "local all pennon_password scram-sha-256" \
                      "host all pennon_password 127.0.0.1/32 scram-sha-256" \
                      "host all pennon_password ::1/128 scram-sha-256"
        cat "$hba"; } >"$hba.new" && mv "$hba.new" "$hba"' _ "$server/data"
    # The first port nobody answers on; the server itself is the final judge (another program
    # may take a port between the look and the start, or hold its socket in /tmp), so a start
    # that fails to bind moves on to the next port.
    port=""
    for candidate in $(seq "$first_port" "$last_port"); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then continue; fi
      [ -e "/tmp/.s.PGSQL.$candidate" ] && continue
      rm -f "$server/server.log"
      if as_owner "$bindir/pg_ctl" -D "$server/data" -l "$server/server.log" -w -t 60 \
          -o "-c listen_addresses=127.0.0.1 -p $candidate -c unix_socket_directories=/tmp -c fsync=off -c max_connections=50" \
          start >/dev/null 2>&1; then
        port=$candidate
        break
      fi
      if ! grep -qE 'could not (bind|create lock file)|already in use' "$server/server.log" 2>/dev/null; then
        cat "$server/server.log" >&2
        exit 1
      fi
    done
    if [ -z "$port" ]; then
      echo "no free loopback port between $first_port and $last_port for the PostgreSQL test server" >&2
      exit 1
    fi
    "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
      -c "CREATE DATABASE pennon_test" \
      -c "CREATE ROLE pennon_password LOGIN SUPERUSER PASSWORD 'pennon-secret'" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/pennon_test" >"$dir/url"
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $server"
    ;;
  stop)
    stop_server
    ;;
  *)
    usage
    ;;
esac
