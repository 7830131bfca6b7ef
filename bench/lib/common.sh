# Shell functions every bench script uses (sourced, not run): the load average beside each
# section, because other processes on the machine skew every figure, and a free loopback
# port for a server.
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
section() { printf '\n######## %s   (load average %s)\n' "$*" "$(load_average)"; }

# Below the kernel's ephemeral range: a port in it can be taken, while the server starts,
# as the local end of one of the machine's outgoing connections (the bot evaluation's
# server once failed to start so: "Port 38672 was already in use").
free_port() {
  local port ephemeral
  ephemeral="$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)"
  for _ in $(seq 1 50); do
    port=$((10000 + RANDOM % (ephemeral - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found" >&2
  return 1
}
