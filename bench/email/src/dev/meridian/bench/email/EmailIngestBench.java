package dev.meridian.bench.email;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.meridian.MeridianApplication;
import dev.meridian.channels.email.mailbox.MailboxPoller;
import dev.meridian.channels.email.mailbox.MailboxSettings;
import dev.meridian.channels.email.mailbox.Mailboxes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingests N mixed mails (the test corpus, each copy with its own Message-ID and one of
 * 2,000 senders) from a local IMAP server (GreenMail, started here) into tickets on
 * PostgreSQL, through the server's own mailbox poller, and prints messages per second and
 * where the time went (parsing against storing, from the intake's timers). The mail is
 * spread over 10 mailboxes of N/10 each: GreenMail's cost per IMAP command grows with
 * the size of the folder, and with one folder of 10,000 it, not Meridian, was the
 * bottleneck.
 */
public final class EmailIngestBench {

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** CPU time of the poller's intake threads (parsing and storing; they live on). */
	private static long intakeCpu(java.lang.management.ThreadMXBean threads) {
		long total = 0;
		for (java.lang.management.ThreadInfo info : threads.dumpAllThreads(false, false)) {
			if (info.getThreadName().startsWith("mail-intake")) {
				long cpu = threads.getThreadCpuTime(info.getThreadId());
				total += Math.max(0, cpu);
			}
		}
		return total;
	}

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		String databaseUrl = args[2];
		List<byte[]> messages = new ArrayList<>();
		try (var files = Files.list(corpus)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
				messages.add(Files.readAllBytes(file));
			}
		}
		GreenMail greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", "imap") });
		greenMail.start();
		int mailboxCount = 10;
		List<GreenMailUser> users = new ArrayList<>();
		for (int m = 0; m < mailboxCount; m++) {
			users.add(greenMail.setUser("support" + m + "@bench.example", "support" + m, "secret"));
		}
		Session session = Session.getInstance(new java.util.Properties());
		long deliverStart = System.nanoTime();
		for (int i = 0; i < count; i++) {
			String raw = new String(messages.get(i % messages.size()), StandardCharsets.ISO_8859_1)
				.replaceFirst("(?im)^Message-ID:.*\\r?\\n", "");
			String headers = "Message-ID: <bench-" + i + "-" + UUID.randomUUID() + "@bench.example>\r\n"
					+ "X-Bench-Sender: " + (i % 2000) + "\r\n";
			// One of 2,000 senders: the corpus's own address with a sender number.
			raw = raw.replaceFirst("(?im)^(From:[^\\r\\n]*?)([A-Za-z0-9._-]+)@", "$1$2+" + (i % 2000) + "@");
			users.get(i % mailboxCount).deliver(new MimeMessage(session,
					new java.io.ByteArrayInputStream((headers + raw).getBytes(StandardCharsets.ISO_8859_1))));
		}
		System.out.printf("delivered %d mails to the IMAP server in %.1f s%n", count,
				(System.nanoTime() - deliverStart) / 1e9);

		ConfigurableApplicationContext context = SpringApplication.run(MeridianApplication.class,
				"--meridian.database.url=" + databaseUrl, "--meridian.database.user=postgres",
				"--meridian.demo.enabled=false", "--server.port=0", "--meridian.email.polling-enabled=false",
				"--meridian.email.notifications=false", "--meridian.email.sender-rate-limit=1000000",
				"--spring.flyway.clean-disabled=false", "--logging.level.root=warn",
				"--meridian.attachments.directory=bench/target/email-attachments");
		try {
			Mailboxes mailboxes = context.getBean(Mailboxes.class);
			List<MailboxSettings> boxes = new ArrayList<>();
			for (int m = 0; m < mailboxCount; m++) {
				boxes.add(mailboxes.save(new MailboxSettings(UUID.randomUUID(), "bench " + m,
						"support" + m + "@bench.example", "Bench", null, null,
						new MailboxSettings.Server("127.0.0.1", greenMail.getImap().getPort(),
								MailboxSettings.Security.NONE, "INBOX", null),
						null, "support" + m, MailboxSettings.Auth.PASSWORD, "secret", 60, true, null, 0, null, null)));
			}
			// The language models load lazily: load them before the clock starts.
			context.getBean(dev.meridian.language.LanguageDetection.class)
				.detect("Bonjour, ma commande n'est pas arrivée.", dev.meridian.language.DetectionHints.none());
			MailboxPoller poller = context.getBean(MailboxPoller.class);
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			long cpuStart = processCpu();
			long intakeCpuStart = intakeCpu(threads);
			long start = System.nanoTime();
			int fetched = 0;
			for (MailboxSettings box : boxes) {
				fetched += poller.poll(box.id());
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuMs = (processCpu() - cpuStart) / 1e6;
			double intakeCpuMs = (intakeCpu(threads) - intakeCpuStart) / 1e6;
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			Timer parse = meters.get("meridian.email.intake").tag("phase", "parse").timer();
			Timer store = meters.get("meridian.email.intake").tag("phase", "store").timer();
			double parseMs = parse.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
			double storeMs = store.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
			System.out.printf("ingested %d of %d mails in %.1f s: %.0f messages/s%n", fetched, count, seconds,
					fetched / seconds);
			System.out.printf("parsing %.0f ms (%.2f ms/mail), storing %.0f ms (%.2f ms/mail): parsing %.1f %%, storing %.1f %% of intake time%n",
					parseMs, parseMs / Math.max(1, parse.count()), storeMs, storeMs / Math.max(1, store.count()),
					100 * parseMs / (parseMs + storeMs), 100 * storeMs / (parseMs + storeMs));
			System.out.printf("CPU: %.1f ms/mail in this JVM (Meridian, its event listeners and the IMAP server),"
					+ " %.1f ms/mail in the intake threads (parsing and storing); PostgreSQL's not counted%n",
					cpuMs / fetched, intakeCpuMs / fetched);
			for (MailboxSettings box : boxes) {
				String error = mailboxes.find(box.id()).orElseThrow().lastError();
				if (error != null) {
					System.out.println("error in " + box.name() + ": " + error);
				}
			}
		}
		finally {
			context.close();
			greenMail.stop();
		}
	}

}
