package dev.meridian.channels.email.parsing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of the corpus ({@code src/test/resources/mail/corpus}, written by
 * {@code make-corpus.py}) reads as its sidecar {@code .expected.json} says: sender,
 * display name, subject, text, kind, and for bounces who bounced and which mail.
 */
class MailCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/mail/corpus");

	static Stream<Path> messages() throws IOException {
		return Files.list(CORPUS).filter(p -> p.toString().endsWith(".eml")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("messages")
	void readsAsExpected(Path message) throws IOException {
		String base = message.getFileName().toString().replace(".eml", "");
		JsonNode expected = JsonMapper.builder().build().readTree(CORPUS.resolve(base + ".expected.json").toFile());

		ParsedMail mail = new MailParser(MailLimits.defaults()).parse(Files.readAllBytes(message));

		assertThat(mail.from().address()).isEqualTo(expected.get("from").asString());
		if (expected.has("name")) {
			assertThat(mail.from().name())
				.isEqualTo(expected.get("name").isNull() ? null : expected.get("name").asString());
		}
		assertThat(mail.subject()).isEqualTo(expected.get("subject").asString());
		if (expected.has("text")) {
			assertThat(mail.text()).isEqualTo(expected.get("text").asString());
		}
		assertThat(mail.kind().name()).isEqualTo(expected.get("kind").asString());
		if (expected.has("bounced")) {
			assertThat(mail.bounce().recipients()).extracting(DeliveryReport.FailedRecipient::address)
				.contains(expected.get("bounced").asString());
			assertThat(mail.bounce().originalMessageId()).isEqualTo(expected.get("original").asString());
		}
		if (expected.has("attachments")) {
			List<String> names = expected.get("attachments").valueStream().map(JsonNode::asString).toList();
			assertThat(mail.attachments()).extracting(ParsedMail.MailAttachment::name)
				.containsExactlyInAnyOrderElementsOf(names);
		}
	}

}
