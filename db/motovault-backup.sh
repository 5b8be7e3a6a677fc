#!/usr/bin/env bash
# The backup tool behind db/backup.sh and db/restore.sh (also: `db/motovault-backup.sh list`).
# It runs the application's own classes (com.motovaultpro.backup.BackupCommand) with the JDBC
# driver and reads the server's configuration keys from the environment (MOTOVAULT_DB_URL, ...,
# MOTOVAULT_BACKUP_TARGET); see docs/operations/backup-restore.md.
#
# Where the classes are: MOTOVAULT_APP_DIR (an unpacked MotoVaultPro WAR) and MOTOVAULT_JDBC_LIB
# (the PostgreSQL driver's directory). Defaults: the container image's locations, or a source
# checkout's target/ after `mvn package`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

first_dir() {
  for candidate in "$@"; do
    if [ -d "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

app="${MOTOVAULT_APP_DIR:-$(first_dir /config/apps/motovaultpro.war "$here/../target/motovaultpro" || true)}"
jdbc="${MOTOVAULT_JDBC_LIB:-$(first_dir /config/lib/postgres "$here/../target/server-lib/postgres" || true)}"
if [ -z "$app" ] || [ ! -d "$app/WEB-INF/classes" ]; then
  echo "MotoVaultPro's classes not found: set MOTOVAULT_APP_DIR to an unpacked WAR (or run 'mvn package')" >&2
  exit 2
fi
if [ -z "$jdbc" ]; then
  echo "The PostgreSQL JDBC driver not found: set MOTOVAULT_JDBC_LIB (or run 'mvn package')" >&2
  exit 2
fi

java="java"
if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
fi
exec "$java" ${MOTOVAULT_BACKUP_JAVA_OPTS:--Xmx512m} \
  -cp "$app/WEB-INF/classes:$app/WEB-INF/lib/*:$jdbc/*" \
  com.motovaultpro.backup.BackupCommand "$@"
