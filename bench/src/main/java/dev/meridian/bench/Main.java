package dev.meridian.bench;

import java.util.Arrays;

/** Entry point: {@code java -jar meridian-bench.jar <command> [--option=value ...]}. */
public final class Main {

	private static final String USAGE = """
			Usage: java -jar meridian-bench.jar <command> [--option=value ...]

			Commands:
			  knowledge-seed    articles and ticket messages in ten languages, by COPY
			            --jdbc-url --articles=100000 --messages=1000000 --messages-per-ticket=10
			  knowledge-search  closed-loop search load: --kind=articles|messages --workers=4
			            --base-url --token --warmup=10 --duration=30
			  setup     create the benchmark markets and a login agent through the API
			            --base-url --token --agent-email --agent-password
			  tickets   TicketCreationLoad: closed-loop POST /api/v1/tickets per concurrency level
			            --base-url --token --levels=1,4,8,16,32 --warmup=5 --duration=15
			            --jit-warmup=20 (seconds of uncounted requests before the first level)
			            --returning-share=0.3 --idempotency-keys --max-ops --results=file.tsv
			            --jdbc-url --db-user --server-pid --clock-ticks=100 --drain-timeout=60: after each
			            level, the incomplete event publications per listener, the wait until they
			            complete, and the server's CPU per ticket with the listeners' share
			  jdbc      JdbcInsertCeiling: the same rows with plain JDBC, same levels and durations
			            --jdbc-url --db-user --db-password --levels --warmup --duration --results=file.tsv
			  summary   API vs JDBC ratio and p99 at half of the API's peak, and the PHP peer's reference
			            --api=api.tsv --jdbc=jdbc.tsv
			  seed      only the inbox seeding: top up OPEN tickets with COPY
			            --jdbc-url --db-user --db-password --seed-tickets=100000 --seed-customers=3000
			  inbox     InboxListLoad: seed OPEN tickets, then time the API and HTML inbox listings
			            --base-url --token --login-email --login-password --jdbc-url --db-user
			            --seed-tickets=100000 --seed-customers=3000 --skip-seed --workers=4
			            --warmup=3 --duration=20 --limit=50 --cursor-pages=10 --results=file.tsv
			  order-webhooks  OrderWebhookLoad: signed Shopify orders/create deliveries at a running server
			            --base-url --secret --shop=bench-store.myshopify.com --count=200 --workers=4
			            --replay-share=0.1 (deliveries sent twice with the same id) --customers=count/4
			  customer360  Customer360Load: GET /api/v1/customers/{id}/360 and /app/customers/{id} for random
			            customers of the generated data (bench/customer360/generate.sql), count-bounded
			            --base-url --token --login-email --login-password --customers=100000
			            --requests=2000 (per endpoint) --warmup=200 --workers=4 --seed=360
			  chat-idle  ChatIdleLoad: idle widget sockets one node holds, the heap they take, then pushes to a sample
			            --base-url --token --sessions=10000 --conversations=sessions --hold=30 --probes=50
			            --connect-in-flight=200 --workers=8 --server-pid (for jcmd heap figures)
			  chat-latency  ChatLatencyLoad: visitor -> agent console latency at a fixed rate (open loop)
			            --visitor-base-url --agent-base-url (another node through the relay) --token
			            --login-email --login-password --conversations=200 --agent-sockets=10 --rate=500
			            --warmup=10 --duration=30 --max-in-flight=2000
			""";

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
			System.out.print(USAGE);
			return;
		}
		Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
		switch (args[0]) {
			case "setup" -> ApiSetup.main(options);
			case "tickets" -> TicketCreationLoad.main(options);
			case "jdbc" -> JdbcInsertCeiling.main(options);
			case "summary" -> CreationSummary.main(options);
			case "seed" -> new InboxSeeder(Database.fromOptions(options)).seed(options.getInt("seed-tickets", 100_000),
					options.getInt("seed-customers", 3_000));
			case "inbox" -> InboxListLoad.main(options);
			case "knowledge-seed" -> KnowledgeSeeder.main(options);
			case "knowledge-search" -> KnowledgeSearchLoad.main(options);
			case "order-webhooks" -> OrderWebhookLoad.main(options);
			case "customer360" -> Customer360Load.main(options);
			case "chat-idle" -> ChatIdleLoad.main(options);
			case "chat-latency" -> ChatLatencyLoad.main(options);
			default -> {
				System.err.print("Unknown command: " + args[0] + "\n\n" + USAGE);
				System.exit(2);
			}
		}
		// Worker pools are shut down already; exit explicitly so no stray thread keeps the JVM up.
		System.exit(0);
	}

}
