#!/usr/bin/env bash
# SQL statements per visitor's chat message: starts the server jar on a database of its own
# with PostgreSQL's log_statement=all for that database only, sends N messages one after
# another to one conversation, and counts that database's statements in the PostgreSQL log
# (BEGIN and COMMIT included: each is a round trip), minus what the idle server runs in a
# window of about the same length; then the statements by shape. Needs read access to the
# PostgreSQL server's log (PGLOG) and a log_line_prefix with %u@%d (Debian's default).
#
#   bench/run-chat-statements.sh [JAR] [LABEL]    N=30 DB_NAME=meridian_chat_statements PGLOG=...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${1:-$ROOT/target/meridian-0.1.0-SNAPSHOT.jar}"
LABEL="${2:-$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo run)}"
DB="${DB_NAME:-meridian_chat_statements}"
N="${N:-30}"
PGLOG="${PGLOG:-/var/log/postgresql/postgresql-15-main.log}"
WORK="$ROOT/bench/target/chat-statements-$LABEL"
mkdir -p "$WORK"
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
psql_admin -c "select 1 from pg_database where datname='$DB'" | grep -q 1 || psql_admin -c "create database $DB"
psql_admin -c "alter database $DB set log_statement='all'"
env MERIDIAN_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" MERIDIAN_DATABASE_USER=postgres \
  MERIDIAN_DATABASE_PASSWORD=unused MERIDIAN_BOOTSTRAP_TOKEN="bench-$RANDOM$RANDOM$RANDOM$RANDOM" MERIDIAN_DEMO_ENABLED=false \
  MERIDIAN_CHAT_CONVERSATIONSPERHOUR=100000000 MERIDIAN_CHAT_MESSAGESPERMINUTE=100000000 SERVER_PORT="$PORT" \
  java -Xms1g -Xmx1g -jar "$JAR" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; psql_admin -c "alter database $DB reset log_statement"' EXIT
for _ in $(seq 1 480); do
  curl -fsS --max-time 2 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 $PID 2>/dev/null || { tail -20 "$WORK/server.log"; exit 1; }
  sleep 1
done
B="http://127.0.0.1:$PORT"
START=$(curl -fsS -H 'Content-Type: application/json' -d '{"locale":"en"}' "$B/chat/v1/conversations")
CID=$(echo "$START" | python3 -c 'import sys,json;print(json.load(sys.stdin)["conversationId"])')
TOK=$(echo "$START" | python3 -c 'import sys,json;print(json.load(sys.stdin)["visitorToken"])')
say() { curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Visitor $TOK" -d "{\"text\":\"$1\"}" "$B/chat/v1/conversations/$CID/messages"; }
for i in 1 2 3 4 5; do say "Warm-up line $i, where is my order?"; done
sleep 8
ours() { grep -E "postgres@$DB LOG:  (statement|execute)" || true; }
S0=$(stat -c %s "$PGLOG"); sleep $((N / 5 + 5)); S1=$(stat -c %s "$PGLOG")
IDLE=$(tail -c +$((S0 + 1)) "$PGLOG" | head -c $((S1 - S0)) | ours | wc -l)
S2=$(stat -c %s "$PGLOG")
for i in $(seq 1 "$N"); do say "Hello, I ordered a jacket last week and it has not arrived yet ($i)"; sleep 0.2; done
sleep 5
S3=$(stat -c %s "$PGLOG")
tail -c +$((S2 + 1)) "$PGLOG" | head -c $((S3 - S2)) | ours >"$WORK/statements.log"
BUSY=$(wc -l <"$WORK/statements.log")
echo "$LABEL: $N messages: $BUSY statements in the window, $IDLE in an idle window of about the same length -> $(python3 -c "print(round(($BUSY - $IDLE) / $N, 1))") per message"
sed -E 's/.*LOG:  (statement|execute [^:]*): //' "$WORK/statements.log" | cut -c1-90 | sed -E "s/'[^']*'/?/g; s/[0-9]+/N/g" \
  | sort | uniq -c | sort -rn | head -40
