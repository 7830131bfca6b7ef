# Shell functions every bench script uses (sourced, not run): the load average beside each
# section, because other processes on the machine skew every figure, and a free loopback
# port for a server.
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
section() { printf '\n######## %s   (load average %s)\n' "$*" "$(load_average)"; }

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found" >&2
  return 1
}
