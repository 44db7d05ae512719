#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: created in DIR, listening on 127.0.0.1:PORT only,
# trust authentication, durability switched off (the data is thrown away anyway).
#
#   scripts/pg-cluster.sh start DIR PORT   create (if needed) and start; prints the database URL
#   scripts/pg-cluster.sh url   DIR PORT   print the database URL
#   scripts/pg-cluster.sh stop  DIR PORT   stop (fast mode) and remove DIR
#   scripts/pg-cluster.sh bindir           print the directory of initdb and pg_ctl, or fail
#
# initdb refuses to run as root, so as root every server command runs as the `postgres` user
# (DIR is handed over to it); as any other user the commands run plainly.
set -euo pipefail

readonly DATABASE_NAME=sinergi_test
readonly SUPERUSER=postgres

usage() {
  echo "usage: $0 start|stop|url DIR PORT, or $0 bindir" >&2
  exit 2
}

# The server binaries (initdb, pg_ctl) are not always in PATH on Debian: fall back to the
# newest /usr/lib/postgresql/*/bin.
find_bin_dir() {
  local initdb_path
  if initdb_path=$(command -v initdb 2>/dev/null); then
    dirname "$(readlink -f "$initdb_path")"
    return
  fi
  local candidate
  candidate=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n $candidate && -x $candidate ]]; then
    dirname "$candidate"
    return
  fi
  echo "$0: PostgreSQL server binaries (initdb, pg_ctl) not found in PATH or /usr/lib/postgresql/*/bin" >&2
  exit 1
}

if [[ $# -eq 1 && $1 == bindir ]]; then
  find_bin_dir
  exit 0
fi
[[ $# -eq 3 ]] || usage
command=$1
dir=$2
port=$3
[[ $port =~ ^[0-9]+$ ]] || { echo "$0: PORT must be a number, got '$port'" >&2; exit 2; }
[[ -n $dir && $dir != / ]] || { echo "$0: refusing DIR '$dir'" >&2; exit 2; }

data_dir="$dir/data"
socket_dir="$dir/socket"
log_file="$dir/postgres.log"
url="postgresql://$SUPERUSER@127.0.0.1:$port/$DATABASE_NAME"

# Runs a command as the cluster owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin=$(find_bin_dir)
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "$0: running as root needs a 'postgres' user to own the cluster" >&2; exit 1; }
    chown postgres "$dir"
  fi

  if [[ ! -f $data_dir/PG_VERSION ]]; then
    as_owner mkdir -p "$socket_dir"
    as_owner "$bin/initdb" -D "$data_dir" -U "$SUPERUSER" --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 --no-instructions >"$dir/initdb.log" 2>&1 \
      || as_owner "$bin/initdb" -D "$data_dir" -U "$SUPERUSER" --auth=trust --encoding=UTF8 \
        --locale=C --no-instructions >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner tee -a "$data_dir/postgresql.conf" >/dev/null <<EOF

# Throwaway test cluster (scripts/pg-cluster.sh)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
  fi

  if ! as_owner "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$data_dir" -l "$log_file" -w -t 60 start >/dev/null \
      || { echo "$0: PostgreSQL did not start; log follows" >&2; cat "$log_file" >&2 || true; exit 1; }
  fi

  local psql="$bin/psql"
  [[ -x $psql ]] || psql=psql
  local exists
  exists=$("$psql" -h 127.0.0.1 -p "$port" -U "$SUPERUSER" -d postgres -Atq \
    -c "select 1 from pg_database where datname = '$DATABASE_NAME'")
  if [[ $exists != 1 ]]; then
    "$psql" -h 127.0.0.1 -p "$port" -U "$SUPERUSER" -d postgres -q -v ON_ERROR_STOP=1 \
      -c "create database $DATABASE_NAME" >/dev/null
  fi
  echo "$url"
}

stop() {
  if [[ -f $data_dir/PG_VERSION ]]; then
    local bin
    bin=$(find_bin_dir)
    if as_owner "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$data_dir" -m fast -w -t 30 stop >/dev/null
    fi
  fi
  rm -rf -- "$dir"
}

case $command in
  start) start ;;
  stop) stop ;;
  url) echo "$url" ;;
  *) usage ;;
esac
