#!/bin/bash
# First start with an empty data directory: create the system tables, then the academy's database (utf8mb4) and its
# user, on a server that listens on no network yet. Later starts find the tables and go straight to mariadbd.
set -euo pipefail
if [ ! -d /var/lib/mysql/mysql ]; then
  : "${MARIADB_PASSWORD:?set MARIADB_PASSWORD (password of the academy database user) for the first start}"
  db=${MARIADB_DATABASE:-academy}
  user=${MARIADB_USER:-academy}
  # Names go into SQL unquoted: allow only what a database or user name needs.
  [[ "$db$user" =~ ^[A-Za-z0-9_]+$ ]] || { echo "db: MARIADB_DATABASE/MARIADB_USER: letters, digits, _ only" >&2; exit 1; }
  echo "db: first start, creating database $db and user $user"
  chown mysql:mysql /var/lib/mysql
  mariadb-install-db --user=mysql --skip-test-db >/dev/null
  mariadbd --user=mysql --skip-networking &
  for _ in $(seq 60); do mariadb-admin ping --silent 2>/dev/null && break; sleep 1; done
  # Backslashes and quotes in the password are escaped: they cannot end the SQL string early.
  password_sql=$(printf '%s' "$MARIADB_PASSWORD" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g")
  mariadb <<SQL
CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '$user'@'%' IDENTIFIED BY '$password_sql';
GRANT ALL ON \`$db\`.* TO '$user'@'%';
SQL
  mariadb-admin shutdown
  wait
fi
exec "$@"
