package dev.meridian.channels.email.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.meridian.channels.email.parsing.MailLimits;
import dev.meridian.channels.email.parsing.MailParser;
import dev.meridian.channels.email.parsing.ParsedMail;
import dev.meridian.channels.email.parsing.UnreadableMailException;
import dev.meridian.tickets.MessageDraft;
import dev.meridian.tickets.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded random mutations of the corpus (2,000 inputs, reproducible: each seed names
 * one): every input either becomes a storable message draft or is refused as unreadable
 * (which sends it to the quarantine); no other exception escapes, and none takes longer
 * than the per-input limit. And mails built to be slow to parse ({@link HostileMails}:
 * nested and unclosed tags, repeated {@code <style x}, long headers, many encoded words,
 * long address lists), read within a parse budget as the intake reads them: each ends as
 * a message or with a quarantine reason, and none of them used up the budget (a generous
 * one, so the test does not measure time; the regular expressions these mails were built
 * against took minutes to hours on them).
 */
class MailFuzzTests {

	static final int SEEDS = 20;

	static final int MUTATIONS_PER_SEED = 100;

	static final String[] TOKENS = { "=?", "?=", "=?utf-8?B?", "=?gb2312?Q?", "\r\n", "\r\n\r\n", "--", "boundary=",
			"Content-Type: multipart/mixed; boundary=\"x\"\r\n", "--x\r\n", "Content-Transfer-Encoding: base64\r\n",
			"charset=unicode-1-1-utf-7", "begin 644 a\r\n", "=", "=\r\n", "\u0000", "<", ">", "\"", ";", "*0*=" };

	static List<byte[]> corpus;

	static ExecutorService executor;

	@BeforeAll
	static void readCorpus() throws IOException {
		corpus = new ArrayList<>();
		try (var files = Files.list(Path.of("src/test/resources/mail/corpus"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
				corpus.add(Files.readAllBytes(file));
			}
		}
		executor = Executors.newSingleThreadExecutor();
	}

	@AfterAll
	static void stop() {
		executor.shutdownNow();
	}

	static List<Long> seeds() {
		List<Long> seeds = new ArrayList<>();
		for (long seed = 1; seed <= SEEDS; seed++) {
			seeds.add(seed * 7919);
		}
		return seeds;
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyMutationEndsAsAMessageOrInTheQuarantine(long seed) throws Exception {
		Random random = new Random(seed);
		MailParser parser = new MailParser(new MailLimits(1024 * 1024, 200, 30));
		for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
			byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
			Future<String> outcome = executor.submit(() -> outcome(parser, input));
			try {
				assertThat(outcome.get(5, TimeUnit.SECONDS)).isIn("message", "quarantine");
			}
			catch (TimeoutException ex) {
				outcome.cancel(true);
				fail("Seed " + seed + ", mutation " + i + " took longer than 5 s");
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new AssertionError("Seed " + seed + ", mutation " + i + " threw", ex.getCause());
			}
		}
	}

	private static String outcome(MailParser parser, byte[] input) {
		ParsedMail mail;
		try {
			mail = parser.parse(input);
		}
		catch (UnreadableMailException ex) {
			return "quarantine";
		}
		MessageDraft draft = MailDrafts.of(mail, "someone@example.com", Visibility.PUBLIC, 1024 * 1024);
		assertThat(draft.text()).isNotBlank().doesNotContain("\u0000");
		assertThat(draft.text().length()).isLessThanOrEqualTo(MailDrafts.MAX_TEXT);
		assertThat(MailDrafts.storable(draft.text())).isEqualTo(draft.text());
		assertThat(MailDrafts.storable(draft.envelope().subject())).isEqualTo(draft.envelope().subject());
		return "message";
	}

	/** About half a megabyte: enough for a parser in square time to take many minutes. */
	static final int HOSTILE_SIZE = 512 * 1024;

	static List<String> hostileMails() {
		return List.copyOf(HostileMails.all().keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileMails")
	void everyHostileMailEndsAsAMessageOrWithAQuarantineReasonWithinTheBudget(String name) {
		byte[] mail = HostileMails.all().get(name).apply(HOSTILE_SIZE);
		MailParser parser = new MailParser(MailLimits.defaults());
		ParseBudget budget = new ParseBudget(
				new dev.meridian.channels.email.MailParsingSettings(java.time.Duration.ofSeconds(60), 1));
		String outcome;
		try {
			ParsedMail parsed = budget.read(deadline -> parser.parse(mail, deadline));
			MessageDraft draft = MailDrafts.of(parsed, "sender@example.com", Visibility.PUBLIC, 1024 * 1024);
			assertThat(draft.text()).isNotBlank();
			assertThat(draft.text().length()).isLessThanOrEqualTo(MailDrafts.MAX_TEXT);
			outcome = "message";
		}
		catch (UnreadableMailException ex) {
			assertThat(ex.reason()).isNotBlank();
			assertThat(ex.getMessage()).isNotBlank();
			outcome = ex.reason();
		}
		finally {
			budget.destroy();
		}
		assertThat(outcome).as(name).isNotEqualTo("parse-budget-exceeded");
	}

	static byte[] mutate(byte[] original, Random random) {
		List<Byte> bytes = new ArrayList<>(original.length + 64);
		for (byte b : original) {
			bytes.add(b);
		}
		int steps = 1 + random.nextInt(8);
		for (int s = 0; s < steps && !bytes.isEmpty(); s++) {
			int at = random.nextInt(bytes.size());
			switch (random.nextInt(6)) {
				case 0 -> bytes.set(at, (byte) random.nextInt(256));
				case 1 -> bytes.remove(at);
				case 2 -> {
					byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
					for (int k = token.length - 1; k >= 0; k--) {
						bytes.add(at, token[k]);
					}
				}
				case 3 -> {
					int end = Math.min(bytes.size(), at + random.nextInt(200));
					List<Byte> copy = new ArrayList<>(bytes.subList(at, end));
					bytes.addAll(random.nextInt(bytes.size()), copy);
				}
				case 4 -> bytes.subList(at, bytes.size()).clear();
				default -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
			}
		}
		byte[] out = new byte[bytes.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = bytes.get(i);
		}
		return out;
	}

}
