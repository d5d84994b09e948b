#!/usr/bin/env bash
# Make the PostgreSQL server binaries available for the store tests.
# The tests start their own throw-away server (initdb in a temp dir, pg_ctl on a
# free 127.0.0.1 port, as the 'postgres' user when run as root); this script only
# installs Debian's postgresql package when initdb/pg_ctl are missing.
set -euo pipefail

have_server() {
    command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 && return 0
    compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null
}

if have_server; then
    echo "postgres.sh: PostgreSQL server binaries present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d-less containers may try to start the packaged cluster; the tests
# do not use it (they start their own on a free port), so a failed start is fine.
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
have_server || { echo "postgres.sh: postgresql installed but pg_ctl not found" >&2; exit 1; }
echo "postgres.sh: installed $(ls -d /usr/lib/postgresql/*/bin | head -1)"
