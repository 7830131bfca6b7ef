package dev.meridian.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The inbox under a large backlog: seeds (tops up to) 100,000 OPEN tickets with COPY,
 * then measures, one after another under a small closed-loop load, the first page of
 * GET /api/v1/tickets?status=OPEN, the pages after it (by cursor), and the agent
 * workspace's HTML inbox GET /app?status=OPEN, logged in through the form.
 */
final class InboxListLoad {

	static final double P95_GOAL_MILLIS = 200;

	private final ErrorSamples errors = new ErrorSamples(5);

	private final MeridianApi api;

	private final int pageSize;

	InboxListLoad(MeridianApi api, int pageSize) {
		this.api = api;
		this.pageSize = pageSize;
	}

	static void main(Options options) throws Exception {
		String baseUrl = options.get("base-url", "http://127.0.0.1:8080");
		MeridianApi api = new MeridianApi(baseUrl, options.require("token"));
		int workers = options.getInt("workers", 4);
		Duration warmup = options.seconds("warmup", 3);
		Duration duration = options.seconds("duration", 20);
		long maxOps = options.getLong("max-ops", 2_000_000L);
		int pageSize = options.getInt("limit", 50);
		int cursorPages = options.getInt("cursor-pages", 10);

		System.out.println("== Inbox listing under a backlog of OPEN tickets");
		if (!options.flag("skip-seed")) {
			new InboxSeeder(Database.fromOptions(options)).seed(options.getInt("seed-tickets", 100_000),
					options.getInt("seed-customers", 3_000));
		}
		System.out.printf("   %d workers, warm-up %.1f s, %.1f s per measurement, limit=%d%n", workers,
				warmup.toMillis() / 1000.0, duration.toMillis() / 1000.0, pageSize);

		InboxListLoad load = new InboxListLoad(api, pageSize);
		List<String> cursors = load.walkCursors(cursorPages);
		ClosedLoopRunner runner = new ClosedLoopRunner(load.errors);
		List<LevelResult> results = new ArrayList<>();
		System.out.println(LevelResult.tableHeader());
		results.add(print(runner.run("api list page 1", workers, warmup, duration, maxOps,
				worker -> () -> load.listPage(null))));
		if (!cursors.isEmpty()) {
			results.add(print(runner.run("api list page 2.." + (cursors.size() + 1), workers, warmup, duration, maxOps,
					worker -> () -> load.listPage(cursors.get(ThreadLocalRandom.current().nextInt(cursors.size()))))));
		}
		WorkspaceSession session = load.openWorkspace(baseUrl, options.require("login-email"),
				options.require("login-password"));
		if (session != null) {
			results.add(print(runner.run("html /app inbox", workers, warmup, duration, maxOps,
					worker -> () -> load.htmlInbox(session))));
		}

		System.out.println("Goal: p95 < " + (int) P95_GOAL_MILLIS + " ms for each listing"
				+ (session == null ? " (the HTML inbox could not be measured)" : ""));
		for (LevelResult result : results) {
			boolean met = result.p95() < P95_GOAL_MILLIS && result.errors() == 0;
			System.out.printf(Locale.ROOT, "  %-22s p95 %8.2f ms   %s%s%n", result.label(), result.p95(),
					met ? "MET" : "NOT MET", result.errors() == 0 ? "" : " (" + result.errors() + " errors)");
		}
		ResultFile.write(options.get("results", null), results);
	}

	private static LevelResult print(LevelResult result) {
		System.out.println(result.tableRow());
		return result;
	}

	/** Follows nextCursor from the first page, for up to this many further pages. */
	private List<String> walkCursors(int pages) throws Exception {
		List<String> cursors = new ArrayList<>();
		HttpResponse<String> first = api.listTickets("OPEN", pageSize, null);
		if (first.statusCode() != 200) {
			throw new IllegalStateException("Inbox list failed: " + MeridianApi.describe(first));
		}
		System.out.printf("   first page: %d bytes, %d items (counted by \"subject\"), nextCursor %s%n",
				first.body().length(), Json.countOccurrences(first.body(), "subject"),
				Json.stringField(first.body(), "nextCursor") == null ? "absent" : "present");
		String cursor = Json.stringField(first.body(), "nextCursor");
		while (cursor != null && cursors.size() < pages) {
			cursors.add(cursor);
			HttpResponse<String> page = api.listTickets("OPEN", pageSize, cursor);
			if (page.statusCode() != 200) {
				throw new IllegalStateException("Inbox cursor page failed: " + MeridianApi.describe(page));
			}
			cursor = Json.stringField(page.body(), "nextCursor");
		}
		return cursors;
	}

	/**
	 * Logs in and checks the HTML inbox answers; on failure says why and returns null, so
	 * the API figures still get reported.
	 */
	private WorkspaceSession openWorkspace(String baseUrl, String email, String password) {
		try {
			WorkspaceSession session = WorkspaceSession.login(baseUrl, email, password);
			HttpResponse<String> page = session.get("/app?status=OPEN");
			if (page.statusCode() != 200) {
				throw new IllegalStateException("GET /app?status=OPEN after login: HTTP " + page.statusCode()
						+ " Location: " + page.headers().firstValue("Location").orElse(""));
			}
			System.out.printf("   html inbox: %d bytes%n", page.body().length());
			return session;
		}
		catch (Exception ex) {
			System.out.println("html /app inbox         NOT MEASURED: " + ex.getMessage());
			return null;
		}
	}

	private boolean listPage(String cursor) throws Exception {
		HttpResponse<String> response = api.listTickets("OPEN", pageSize, cursor);
		if (response.statusCode() != 200) {
			errors.report(MeridianApi.describe(response));
			return false;
		}
		return true;
	}

	private boolean htmlInbox(WorkspaceSession session) throws Exception {
		HttpResponse<String> response = session.get("/app?status=OPEN");
		if (response.statusCode() != 200) {
			errors.report("HTTP " + response.statusCode() + " GET /app?status=OPEN Location: "
					+ response.headers().firstValue("Location").orElse("") + " " + response.body());
			return false;
		}
		return true;
	}

}
