package dev.meridian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The work a ticket leaves behind after its 201: Spring Modulith's event publications
 * (routing, SLA clocks, reply promise, inbound translation, ...) that the server's
 * listeners complete after the response. A level's rate only counts if that work keeps
 * up, so after each level this reads what is still incomplete, per listener, waits
 * (bounded) until it is done, and only then reads the server's CPU time: the CPU per
 * ticket then includes the listeners' share.
 */
final class ListenerWork {

	private final Database database;

	private final long serverPid;

	private final long clockTicksPerSecond;

	private final Duration drainTimeout;

	ListenerWork(Database database, long serverPid, long clockTicksPerSecond, Duration drainTimeout) {
		this.database = database;
		this.serverPid = serverPid;
		this.clockTicksPerSecond = clockTicksPerSecond;
		this.drainTimeout = drainTimeout;
	}

	/** Where a level started: the server's CPU time and the number of tickets. */
	record Mark(long cpuTicks, long serverTicks, Map<String, Long> threadTicks, long tickets) {
	}

	/**
	 * What a level left behind and what it cost in all.
	 *
	 * @param backlog incomplete publications per listener when the measured window ended
	 * @param drainSeconds how long they took to complete (up to the timeout)
	 * @param left incomplete publications when the wait ended (0: the work kept up)
	 * @param tickets tickets created in the level, warm-up included
	 * @param cpuMillisPerTicket the server's CPU time over those tickets, listeners included
	 */
	record Tally(Map<String, Long> backlog, double drainSeconds, long left, long tickets, double cpuMillisPerTicket,
			Map<String, Double> cpuMillisPerTicketByThreads) {

		long backlogTotal() {
			return backlog.values().stream().mapToLong(Long::longValue).sum();
		}

		String describe() {
			StringBuilder out = new StringBuilder("   incomplete publications at the end of the level: ");
			if (backlog.isEmpty()) {
				out.append("none");
			}
			else {
				out.append(backlogTotal()).append(" (");
				backlog.forEach((listener, count) -> out.append(listener).append(' ').append(count).append(", "));
				out.setLength(out.length() - 2);
				out.append(')');
			}
			out.append(String.format(Locale.ROOT, "%n   %s; server CPU (its child processes included) %.2f ms per ticket over %d tickets"
					+ " (request + listeners, warm-up included)",
					left == 0 ? String.format(Locale.ROOT, "all complete %.1f s after the level", drainSeconds)
							: String.format(Locale.ROOT, "NOT KEPT UP: %d still incomplete after %.0f s", left,
									drainSeconds),
					cpuMillisPerTicket, tickets));
			out.append("\n   of which, per ticket:");
			cpuMillisPerTicketByThreads.forEach((group, millis) -> out
				.append(String.format(Locale.ROOT, " %s %.2f ms,", group, millis)));
			out.setLength(out.length() - 1);
			return out.toString();
		}

	}

	Mark mark() throws Exception {
		return new Mark(cpuTicks(), serverTicks(), threadTicks(), tickets());
	}

	Tally settle(Mark start) throws Exception {
		Map<String, Long> backlog = incompleteByListener();
		long began = System.nanoTime();
		long deadline = began + this.drainTimeout.toNanos();
		long left = total(backlog);
		while (left > 0 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			left = incomplete();
		}
		double drainSeconds = (System.nanoTime() - began) / 1e9;
		long tickets = tickets() - start.tickets();
		long ticks = cpuTicks() - start.cpuTicks();
		long server = serverTicks() - start.serverTicks();
		double cpuMillis = tickets == 0 ? 0 : 1000.0 * ticks / this.clockTicksPerSecond / tickets;
		Map<String, Long> threads = threadTicks();
		Map<String, Long> spentByGroup = new LinkedHashMap<>();
		long named = 0;
		for (String group : THREAD_GROUPS) {
			if (!group.equals(OTHER)) {
				long spent = threads.getOrDefault(group, 0L) - start.threadTicks().getOrDefault(group, 0L);
				spentByGroup.put(group, spent);
				named += spent;
			}
		}
		// The rest of the server process: its other threads, and threads that ended
		// meanwhile (a live thread's ticks are read per thread, an ended one's only in the
		// process's total).
		spentByGroup.put(OTHER, server - named);
		spentByGroup.put("child processes", ticks - server);
		Map<String, Double> byThreads = new LinkedHashMap<>();
		spentByGroup.forEach((group, spent) -> byThreads.put(group,
				tickets == 0 ? 0 : 1000.0 * spent / this.clockTicksPerSecond / tickets));
		return new Tally(backlog, drainSeconds, left, tickets, cpuMillis, byThreads);
	}

	/** Groups of the server's threads, by the name the JVM gives them (see {@link #group}). */
	static final java.util.List<String> THREAD_GROUPS = java.util.List.of("requests", "listeners", "search index",
			"JIT", "GC", "other threads");

	private static final String OTHER = "other threads";

	/** utime + stime of the server process alone (all its threads, ended ones too). */
	private long serverTicks() throws IOException {
		String stat = Files.readString(Path.of("/proc", Long.toString(this.serverPid), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	static String group(String threadName) {
		if (threadName.startsWith("http-nio") || threadName.startsWith("tomcat-handler")) {
			return "requests";
		}
		if (threadName.startsWith("task-") || threadName.startsWith("listener-")) {
			return "listeners";
		}
		if (threadName.startsWith("Hibernate Sea")) {
			return "search index";
		}
		if (threadName.contains("Compiler")) {
			return "JIT";
		}
		if (threadName.startsWith("GC ") || threadName.startsWith("G1 ")) {
			return "GC";
		}
		return OTHER;
	}

	/** CPU ticks of the server's live threads, per {@link #group}. */
	private Map<String, Long> threadTicks() throws IOException {
		Map<String, Long> ticks = new LinkedHashMap<>();
		try (var tasks = Files.list(Path.of("/proc", Long.toString(this.serverPid), "task"))) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				try {
					String name = Files.readString(task.resolve("comm")).strip();
					String stat = Files.readString(task.resolve("stat"));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks.merge(group(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
				}
				catch (IOException | RuntimeException ex) {
					// Ended meanwhile.
				}
			}
		}
		return ticks;
	}

	/**
	 * utime + stime of the server process and of the processes it started (the
	 * translation engine it runs, apertium-apy, and its pipelines: translating a message
	 * costs CPU there too), in clock ticks (proc(5)).
	 */
	private long cpuTicks() throws IOException {
		Map<Long, long[]> processes = new java.util.HashMap<>();
		try (var entries = Files.list(Path.of("/proc"))) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				String name = entry.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String stat = Files.readString(entry.resolve("stat"));
					// The command name (field 2) may hold spaces: count fields after its
					// closing parenthesis.
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					processes.put(Long.parseLong(name), new long[] { Long.parseLong(fields[1]),
							Long.parseLong(fields[11]) + Long.parseLong(fields[12]) });
				}
				catch (IOException | RuntimeException ex) {
					// Gone meanwhile.
				}
			}
		}
		long total = 0;
		for (Map.Entry<Long, long[]> process : processes.entrySet()) {
			if (descendsFromServer(process.getKey(), processes)) {
				total += process.getValue()[1];
			}
		}
		return total;
	}

	private boolean descendsFromServer(long pid, Map<Long, long[]> processes) {
		for (int depth = 0; depth < 16 && pid > 1; depth++) {
			if (pid == this.serverPid) {
				return true;
			}
			long[] process = processes.get(pid);
			if (process == null) {
				return false;
			}
			pid = process[0];
		}
		return false;
	}

	private long tickets() throws SQLException {
		return single("select count(*) from tickets");
	}

	private long incomplete() throws SQLException {
		return single("select count(*) from event_publication where completion_date is null");
	}

	private Map<String, Long> incompleteByListener() throws SQLException {
		Map<String, Long> result = new LinkedHashMap<>();
		try (Connection connection = this.database.connect();
				PreparedStatement query = connection.prepareStatement("""
						select listener_id, count(*) from event_publication
						where completion_date is null group by listener_id order by 2 desc""");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				result.merge(shortName(rows.getString(1)), rows.getLong(2), Long::sum);
			}
			connection.commit();
		}
		return result;
	}

	/**
	 * {@code dev.meridian.routing.TicketRouter.on(dev.meridian.tickets.TicketCreated)}
	 * becomes {@code TicketRouter(TicketCreated)}.
	 */
	static String shortName(String listenerId) {
		int paren = listenerId.indexOf('(');
		String method = paren < 0 ? listenerId : listenerId.substring(0, paren);
		String type = method.contains(".") ? method.substring(0, method.lastIndexOf('.')) : method;
		type = type.substring(type.lastIndexOf('.') + 1);
		if (paren < 0) {
			return type;
		}
		String event = listenerId.substring(paren + 1, listenerId.length() - (listenerId.endsWith(")") ? 1 : 0));
		return type + "(" + event.substring(event.lastIndexOf('.') + 1) + ")";
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	private long single(String sql) throws SQLException {
		try (Connection connection = this.database.connect();
				PreparedStatement query = connection.prepareStatement(sql);
				ResultSet rows = query.executeQuery()) {
			rows.next();
			long value = rows.getLong(1);
			connection.commit();
			return value;
		}
	}

}
