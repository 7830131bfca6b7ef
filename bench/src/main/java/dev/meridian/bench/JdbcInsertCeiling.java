package dev.meridian.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The ceiling for ticket creation: the same rows the API writes, inserted with plain
 * PreparedStatements on one connection per worker, one transaction and one commit per
 * ticket, with the same concurrency levels, durations and new/returning customer mix as
 * {@link TicketCreationLoad}. No HTTP, JSON, validation or ORM: what is left is the
 * database's own cost.
 */
final class JdbcInsertCeiling {

	private final Database database;

	private final TicketFactory tickets;

	private final CustomerPool knownCustomers;

	private final ErrorSamples errors = new ErrorSamples(5);

	JdbcInsertCeiling(Database database, TicketFactory tickets, CustomerPool knownCustomers) {
		this.database = database;
		this.tickets = tickets;
		this.knownCustomers = knownCustomers;
	}

	static void main(Options options) throws Exception {
		Database database = Database.fromOptions(options);
		Options.LoadSettings settings = options.loadSettings("1,4,8,16,32", 5, 15);
		double returningShare = Double.parseDouble(options.get("returning-share", "0.3"));
		CustomerPool knownCustomers = new CustomerPool(200_000);
		TicketFactory tickets = new TicketFactory("jdbc-" + RunId.get(), returningShare, knownCustomers);

		System.out.println("== Ticket creation with raw JDBC (the ceiling), same database");
		System.out.println("   " + settings + ", returning customers " + Math.round(returningShare * 100) + " %");
		database.ensureMarkets();
		List<LevelResult> results = new JdbcInsertCeiling(database, tickets, knownCustomers).run(settings);
		ResultFile.write(options.get("results", null), results);
	}

	List<LevelResult> run(Options.LoadSettings settings) throws Exception {
		ClosedLoopRunner runner = new ClosedLoopRunner(errors);
		List<LevelResult> results = new ArrayList<>();
		System.out.println(LevelResult.tableHeader());
		for (int concurrency : settings.levels()) {
			List<TicketRowWriter> writers = new ArrayList<>();
			try {
				LevelResult result = runner.run("jdbc insert ticket", concurrency, settings.warmup(),
						settings.duration(), settings.maxOpsPerLevel(), worker -> {
							TicketRowWriter writer = new TicketRowWriter(database.connect());
							writers.add(writer);
							return () -> insertOne(writer);
						});
				System.out.println(result.tableRow());
				results.add(result);
			}
			finally {
				for (TicketRowWriter writer : writers) {
					writer.close();
				}
			}
		}
		return results;
	}

	private boolean insertOne(TicketRowWriter writer) throws Exception {
		TicketDraft draft = tickets.next();
		writer.write(draft);
		if (!draft.returningCustomer()) {
			knownCustomers.add(draft.customer());
		}
		return true;
	}

}
