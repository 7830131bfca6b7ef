#!/usr/bin/env bash
# Memory of the server in its default mode (the README's run: embedded PostgreSQL, demo
# data) with a given heap, on this machine only (127.0.0.1):
#   1. starts the packaged jar on a fresh data directory (first start: demo data loaded)
#      and reports the time to ready;
#   2. once the background work after ready is done: resident memory of the JVM, of the
#      embedded PostgreSQL (its processes' PSS added up) and of apertium-apy, the heap
#      used after a full GC and the largest classes on it (jcmd), native memory by area;
#   3. walks the demo through the API for DURATION seconds with CLIENTS clients (new
#      tickets in eight languages, language detection of short texts in 30 languages,
#      translations, ticket lists, help-center searches) and reports the same again, with
#      the highest JVM RSS seen and the requests that failed (an out-of-memory error would
#      show as 5xx and in the log).
# Results: bench/results/footprint-<timestamp>.txt
#
# Settings (environment): SERVER_JAVA_OPTS="-Xmx512m"  JAVA=$JDK17/bin/java
#   DURATION=60  CLIENTS=4  SKIP_BUILD=0
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/embedded/common.sh"

SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xmx512m}"
JAVA="${JAVA:-$JDK17/bin/java}"
DURATION="${DURATION:-60}"
CLIENTS="${CLIENTS:-4}"
read -r -a JAVA_ARGS <<<"$SERVER_JAVA_OPTS"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/footprint-$STAMP.txt"
WORK="$(mktemp -d "/tmp/meridian-footprint-$STAMP-XXXX")"
LOG="$WORK/server.log"
exec > >(tee "$OUT") 2>&1
trap 'stop_server; echo "Full output: $OUT (server log $LOG)"' EXIT
trap 'exit 130' INT TERM

section "Meridian footprint in the embedded default mode, $STAMP"
echo "commit:    $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "java:      $("$JAVA" -version 2>&1 | head -1), $SERVER_JAVA_OPTS -XX:NativeMemoryTracking=summary"
build_server
JCMD="$(dirname "$JAVA")/jcmd"

heap_report() {
  "$JCMD" "$SERVER_PID" GC.run >/dev/null
  "$JCMD" "$SERVER_PID" GC.heap_info | sed -n '2,4p' | sed 's/^/    /'
  echo "    largest classes on the heap after a full GC:"
  "$JCMD" "$SERVER_PID" GC.class_histogram | sed -n '4,13p' | sed 's/^/    /'
  echo "    native memory (committed) by area:"
  "$JCMD" "$SERVER_PID" VM.native_memory summary | grep -E '^-? *(Total|Java Heap|Class|Thread|Code|GC|Metaspace|Symbol|Internal|Other|Arena)' |
    sed -E 's/reserved=[0-9]+KB, //' | sed 's/^/    /'
}

section "First start (fresh data directory: PostgreSQL initialised, migrations, demo data)"
start_server "$WORK/server" "$LOG" "$JAVA" "${JAVA_ARGS[@]}" -XX:NativeMemoryTracking=summary -jar "$SERVER_JAR"
ready="$(wait_ready "$LOG")" || exit 1
read -r ms cpu <<<"$ready"
echo "ready after $ms ms (JVM CPU $cpu ms)"
grep -h -E "Started MeridianApplication|Demo data" "$LOG" | sed 's/^/    /' | cut -c1-220 || true
wait_settled "$LOG"
section "Idle after start"
footprint
echo
heap_report

# The demo through the API, with the bootstrap token (admin scopes).
api() { curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@" || true; }
TEXTS=("Wo bleibt mein Paket? Bestellung seit zwei Wochen unterwegs."
  "Mon colis n'est jamais arrivé, pouvez-vous vérifier ?"
  "Hola, mi pedido no ha llegado todavía."
  "Olá, a minha encomenda chegou danificada."
  "注文した商品がまだ届いていません。"
  "طلبي لم يصل بعد، أرجو المساعدة"
  "My order arrived broken, I want a refund."
  "Il mio ordine è in ritardo di una settimana.")
SHORT=("Danke!" "Merci" "Gracias" "Obrigado" "ありがとう" "شكرا" "thanks" "Grazie" "Dank je" "Tack" "Dziękuję" "Спасибо"
  "Teşekkürler" "תודה" "谢谢" "감사합니다" "धन्यवाद" "Terima kasih" "Cảm ơn" "ขอบคุณ" "Salamat" "Köszönöm" "Kiitos"
  "Takk" "Tak" "Děkuji" "Ďakujem" "Mulțumesc" "Ευχαριστώ" "Дякую" "Hvala" "Aitäh" "Paldies" "Ačiū")
client() {
  local id=$1 end=$2 i=0 base="http://127.0.0.1:$PORT"
  while ((SECONDS < end)); do
    i=$((i + 1))
    local text="${TEXTS[$(((id + i) % ${#TEXTS[@]}))]}"
    api -H "Idempotency-Key: footprint-$STAMP-$id-$i" -d "{\"subject\":\"Order $id-$i\",\"customer\":{\"email\":\"fp.$id.$((i % 20))@footprint.example\"},\"message\":{\"body\":\"$text\"}}" "$base/api/v1/tickets"
    api -d "{\"text\":\"${SHORT[$(((id * 7 + i) % ${#SHORT[@]}))]}\"}" "$base/api/v1/language/detect"
    api -d "{\"text\":\"Hola, mi pedido número $i no ha llegado.\",\"from\":\"es\",\"to\":\"en\"}" "$base/api/v1/language/translate"
    api "$base/api/v1/tickets?status=open,pending&limit=50"
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 "$base/help/de/search?q=Paket+verfolgen+$i" || true
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 30 "$base/help/ja/search?q=%E8%BF%94%E5%93%81" || true
  done
}

section "Demo walk through the API: $CLIENTS clients for $DURATION s"
end=$((SECONDS + DURATION))
pids=()
for c in $(seq 1 "$CLIENTS"); do
  client "$c" "$end" >"$WORK/codes-$c" &
  pids+=($!)
done
peak=0
while ((SECONDS < end)); do
  rss="$(jvm_rss_mib)"
  ((rss > peak)) && peak=$rss
  sleep 1
done
wait "${pids[@]}" || true
cat "$WORK"/codes-* | sort | uniq -c | sed 's/^/    HTTP status, count: /'
echo "highest JVM RSS during the walk: $peak MiB (load average $(load_average))"
footprint
echo
heap_report
grep -c -i "OutOfMemoryError" "$LOG" | sed 's/^/OutOfMemoryError lines in the log: /' || true
