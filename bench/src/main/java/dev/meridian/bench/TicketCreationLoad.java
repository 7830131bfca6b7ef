package dev.meridian.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Closed-loop load on POST /api/v1/tickets: for each concurrency level, N workers each
 * create tickets one after another (warm-up, then a measured window). 70 % of tickets
 * come from new customers, 30 % from customers created earlier in the run. Anything but
 * 201 Created is an error.
 */
final class TicketCreationLoad {

	private final MeridianApi api;

	private final TicketFactory tickets;

	private final CustomerPool knownCustomers;

	private final boolean idempotencyKeys;

	private final ErrorSamples errors = new ErrorSamples(5);

	/** Null when the server's pid or database was not given: listeners' work not read. */
	private final ListenerWork listenerWork;

	TicketCreationLoad(MeridianApi api, TicketFactory tickets, CustomerPool knownCustomers, boolean idempotencyKeys,
			ListenerWork listenerWork) {
		this.api = api;
		this.tickets = tickets;
		this.knownCustomers = knownCustomers;
		this.idempotencyKeys = idempotencyKeys;
		this.listenerWork = listenerWork;
	}

	static void main(Options options) throws Exception {
		MeridianApi api = new MeridianApi(options.get("base-url", "http://127.0.0.1:8080"), options.require("token"));
		Options.LoadSettings settings = options.loadSettings("1,4,8,16,32", 5, 15);
		double returningShare = Double.parseDouble(options.get("returning-share", "0.3"));
		CustomerPool knownCustomers = new CustomerPool(200_000);
		TicketFactory tickets = new TicketFactory("api-" + RunId.get(), returningShare, knownCustomers);
		ListenerWork listenerWork = null;
		if (options.get("server-pid", null) != null && options.get("jdbc-url", null) != null) {
			listenerWork = new ListenerWork(Database.fromOptions(options), options.getLong("server-pid", 0),
					options.getLong("clock-ticks", 100), options.seconds("drain-timeout", 60));
		}
		TicketCreationLoad load = new TicketCreationLoad(api, tickets, knownCustomers, options.flag("idempotency-keys"),
				listenerWork);

		System.out.println("== Ticket creation through the API: POST " + api.baseUrl() + "/api/v1/tickets");
		System.out.println("   " + settings + ", returning customers " + Math.round(returningShare * 100) + " %"
				+ (load.idempotencyKeys ? ", with Idempotency-Key" : ""));
		load.warmUpServer(options.seconds("jit-warmup", 20), 4);
		List<LevelResult> results = load.run(settings);
		ResultFile.write(options.get("results", null), results);
	}

	/**
	 * Requests before the first level, not counted, so that level 1 does not measure a
	 * freshly started server's interpreter and JIT compiler.
	 */
	void warmUpServer(Duration duration, int concurrency) throws Exception {
		if (duration.isZero()) {
			return;
		}
		LevelResult warmup = new ClosedLoopRunner(errors).run("server warm-up", concurrency, Duration.ZERO, duration,
				Long.MAX_VALUE, worker -> this::createOne);
		System.out.printf(Locale.ROOT, "   server warm-up: %d tickets in %.0f s at %d workers (not counted)%n",
				warmup.successes(), warmup.seconds(), concurrency);
	}

	List<LevelResult> run(Options.LoadSettings settings) throws Exception {
		ClosedLoopRunner runner = new ClosedLoopRunner(errors);
		List<LevelResult> results = new ArrayList<>();
		System.out.println(LevelResult.tableHeader());
		if (listenerWork != null) {
			// The warm-up's leftovers are not the first level's.
			listenerWork.settle(listenerWork.mark());
		}
		for (int concurrency : settings.levels()) {
			ListenerWork.Mark start = listenerWork == null ? null : listenerWork.mark();
			LevelResult result = runner.run("api create ticket", concurrency, settings.warmup(), settings.duration(),
					settings.maxOpsPerLevel(), worker -> this::createOne);
			System.out.println(result.tableRow());
			if (listenerWork != null) {
				ListenerWork.Tally tally = listenerWork.settle(start);
				System.out.println(tally.describe());
				result = result.withListenerWork(tally);
			}
			results.add(result);
		}
		return results;
	}

	private boolean createOne() throws Exception {
		TicketDraft draft = tickets.next();
		String key = idempotencyKeys ? UUID.randomUUID().toString() : null;
		HttpResponse<String> response = api.createTicket(draft.toJson(), key);
		if (response.statusCode() != 201) {
			errors.report(MeridianApi.describe(response));
			return false;
		}
		if (!draft.returningCustomer()) {
			knownCustomers.add(draft.customer());
		}
		return true;
	}

}
