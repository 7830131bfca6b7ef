package dev.meridian.language;

import java.util.stream.Stream;

import dev.meridian.markets.FormOfAddress;
import dev.meridian.markets.Formality;
import dev.meridian.markets.LanguageTag;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.meridian.markets.FormOfAddress.MR;
import static dev.meridian.markets.FormOfAddress.MS;
import static dev.meridian.markets.FormOfAddress.MX;
import static dev.meridian.markets.FormOfAddress.NONE;
import static dev.meridian.markets.Formality.DEFAULT;
import static dev.meridian.markets.Formality.FORMAL;
import static dev.meridian.markets.Formality.INFORMAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first and last line of a reply, per culture, formality and form of address.
 */
class ReplyFramesTests {

	final CulturalProfiles profiles = new CulturalProfiles(CulturalProfilesTests.settings(true, java.util.Map.of()));

	static Stream<Arguments> greetings() {
		return Stream.of(
				// language, given, family, title, formality, greeting, closing
				Arguments.of("de", "Anna", "Schmidt", MS, DEFAULT, "Sehr geehrte Frau Schmidt,",
						"Mit freundlichen Grüßen"),
				Arguments.of("de", "Jonas", "Weber", MR, FORMAL, "Sehr geehrter Herr Weber,",
						"Mit freundlichen Grüßen"),
				Arguments.of("de", "Anna", "Schmidt", NONE, DEFAULT, "Guten Tag Anna Schmidt,",
						"Mit freundlichen Grüßen"),
				Arguments.of("de", "Anna", "Schmidt", null, DEFAULT, "Guten Tag Anna Schmidt,",
						"Mit freundlichen Grüßen"),
				// German has no gender-neutral title: the full name, no Frau or Herr.
				Arguments.of("de", "Kim", "Schmidt", MX, FORMAL, "Guten Tag Kim Schmidt,", "Mit freundlichen Grüßen"),
				Arguments.of("de", "Anna", "Schmidt", MS, INFORMAL, "Hallo Anna,", "Viele Grüße"),
				Arguments.of("de-AT", "Anna", "Schmidt", MS, DEFAULT, "Sehr geehrte Frau Schmidt,",
						"Mit freundlichen Grüßen"),
				Arguments.of("en", "Yuki", "Tanaka", MS, DEFAULT, "Dear Ms. Tanaka,", "Kind regards"),
				Arguments.of("en-GB", "Sam", "Taylor", MX, FORMAL, "Dear Mx. Taylor,", "Kind regards"),
				Arguments.of("en", "Sam", "Taylor", NONE, FORMAL, "Dear Sam Taylor,", "Kind regards"),
				Arguments.of("en", "Sam", "Taylor", MR, INFORMAL, "Hi Sam,", "Best wishes"),
				Arguments.of("fr", "Claire", "Martin", MS, DEFAULT, "Madame Martin,", "Cordialement"),
				Arguments.of("fr", "Luc", "Martin", MR, FORMAL, "Monsieur Martin,", "Cordialement"),
				Arguments.of("fr", "Camille", "Martin", MX, FORMAL, "Bonjour Camille Martin,", "Cordialement"),
				Arguments.of("fr", "Claire", "Martin", MS, INFORMAL, "Bonjour Claire,", "Bonne journée"),
				Arguments.of("es", "Carlos", "García", MR, DEFAULT, "Estimado Sr. García:", "Atentamente"),
				Arguments.of("es", "Lucía", "García", MS, FORMAL, "Estimada Sra. García:", "Atentamente"),
				Arguments.of("es", "Alex", "García", NONE, FORMAL, "Buenos días, Alex García:", "Atentamente"),
				Arguments.of("es", "Lucía", "García", MS, INFORMAL, "Hola, Lucía:", "Un saludo"),
				Arguments.of("pt", "João", "Silva", MR, DEFAULT, "Exmo. Sr. João Silva,",
						"Com os melhores cumprimentos"),
				Arguments.of("pt", "Maria", "Silva", MS, INFORMAL, "Olá Maria,", "Cumprimentos"),
				// Brazil writes informally unless the customer asks otherwise.
				Arguments.of("pt-BR", "Ana", "Souza", MS, DEFAULT, "Olá, Ana!", "Abraços"),
				Arguments.of("pt-BR", "Ana", "Souza", MS, FORMAL, "Prezada Sra. Souza,", "Atenciosamente"),
				Arguments.of("it", "Giulia", "Rossi", MS, DEFAULT, "Gentile Sig.ra Rossi,", "Cordiali saluti"),
				Arguments.of("it", "Marco", "Rossi", NONE, FORMAL, "Gentile Marco Rossi,", "Cordiali saluti"),
				Arguments.of("it", "Marco", "Rossi", MR, INFORMAL, "Ciao Marco,", "A presto"),
				// Dutch customer service writes je by default.
				Arguments.of("nl", "Sanne", "de Vries", MS, DEFAULT, "Beste Sanne,", "Hartelijke groet"),
				Arguments.of("nl", "Sanne", "de Vries", MS, FORMAL, "Geachte mevrouw de Vries,",
						"Met vriendelijke groet"),
				// 様 always, whatever the title or formality; keigo closing when formal.
				Arguments.of("ja", "花子", "田中", MS, DEFAULT, "田中様", "今後ともどうぞよろしくお願い申し上げます。"),
				Arguments.of("ja", "花子", "田中", NONE, FORMAL, "田中様", "今後ともどうぞよろしくお願い申し上げます。"),
				Arguments.of("ja", "Hanako", "Tanaka", MX, INFORMAL, "Tanaka様", "よろしくお願いします。"),
				Arguments.of("zh", "伟", "王", MR, DEFAULT, "尊敬的王先生：", "此致敬礼"),
				Arguments.of("zh", "伟", "王", null, FORMAL, "尊敬的王伟：", "此致敬礼"),
				Arguments.of("ko", "민준", "김", null, DEFAULT, "김민준 고객님께", "감사합니다."),
				Arguments.of("hu", "Anna", "Kovács", MS, DEFAULT, "Tisztelt Kovács Anna!", "Üdvözlettel"),
				Arguments.of("hu", "Anna", "Kovács", MS, INFORMAL, "Kedves Anna!", "Üdv"),
				Arguments.of("ar", "ليلى", "حداد", MS, DEFAULT, "السيدة ليلى حداد المحترمة،", "مع أطيب التحيات"),
				Arguments.of("ar", "ليلى", "حداد", NONE, FORMAL, "مرحباً ليلى حداد،", "مع أطيب التحيات"),
				Arguments.of("ar", "ليلى", "حداد", MS, INFORMAL, "أهلاً ليلى،", "تحياتي"));
	}

	@ParameterizedTest(name = "{0} {3} {4}: {5} … {6}")
	@MethodSource("greetings")
	void startsAndEndsAReplyAsTheCustomersCultureDoes(String language, String given, String family,
			@Nullable FormOfAddress title, Formality formality, String greeting, String closing) {
		ReplyFrame frame = this.profiles
			.frame(new LanguageTag(language), new Addressee(given, family, null, title, formality))
			.orElseThrow();

		assertThat(frame.greeting()).isEqualTo(greeting);
		assertThat(frame.closing()).isEqualTo(closing);
		assertThat(frame.formality()).isNotEqualTo(DEFAULT);
	}

	@Test
	void theDefaultFormalityIsTheCulturesAndTheCustomersChoiceWins() {
		assertThat(this.profiles.formality(new LanguageTag("de"), DEFAULT)).isEqualTo(FORMAL);
		assertThat(this.profiles.formality(new LanguageTag("en"), DEFAULT)).isEqualTo(FORMAL);
		assertThat(this.profiles.formality(new LanguageTag("nl"), DEFAULT)).isEqualTo(INFORMAL);
		assertThat(this.profiles.formality(new LanguageTag("pt-BR"), DEFAULT)).isEqualTo(INFORMAL);
		assertThat(this.profiles.formality(new LanguageTag("de"), INFORMAL)).isEqualTo(INFORMAL);
		assertThat(this.profiles.formality(new LanguageTag("nl"), FORMAL)).isEqualTo(FORMAL);
		// No profile: nothing to decide with, the engine's default stays.
		assertThat(this.profiles.formality(new LanguageTag("sw"), DEFAULT)).isEqualTo(DEFAULT);
	}

	@Test
	void writesTheFullNameInTheCustomersOrderAndScript() {
		// The customers module gives the name as the customer's locale writes it.
		Addressee tanaka = new Addressee("花子", "田中", "田中花子", null, FORMAL);
		assertThat(this.profiles.frame(new LanguageTag("zh"), tanaka).orElseThrow().greeting()).isEqualTo("尊敬的田中花子：");
		Addressee kovacs = new Addressee("Anna", "Kovács", "Kovács Anna", NONE, FORMAL);
		assertThat(this.profiles.frame(new LanguageTag("de"), kovacs).orElseThrow().greeting())
			.isEqualTo("Guten Tag Kovács Anna,");
		// Stored in Cyrillic, written in Cyrillic: never transliterated.
		Addressee ivanova = new Addressee("Анна", "Иванова", null, MS, FORMAL);
		assertThat(this.profiles.frame(new LanguageTag("en"), ivanova).orElseThrow().greeting())
			.isEqualTo("Dear Ms. Иванова,");
		// Without the locale's order, the profile's: Korean family name first, no space
		// between Hangul name parts; in Latin script with a space.
		assertThat(this.profiles.frame(new LanguageTag("ko"), new Addressee("Minjun", "Kim", null, null, FORMAL))
			.orElseThrow()
			.greeting()).isEqualTo("Kim Minjun 고객님께");
	}

	@Test
	void greetsSomeoneWithoutANameOrWithOneNameOnly() {
		assertThat(this.profiles.frame(new LanguageTag("de"), Addressee.named(null, null)).orElseThrow().greeting())
			.isEqualTo("Guten Tag,");
		assertThat(this.profiles.frame(new LanguageTag("ja"), Addressee.named(null, null)).orElseThrow().greeting())
			.isEqualTo("お客様");
		assertThat(this.profiles.frame(new LanguageTag("de"), new Addressee(null, "Schmidt", null, MS, INFORMAL))
			.orElseThrow()
			.greeting()).isEqualTo("Hallo Schmidt,");
		assertThat(this.profiles.frame(new LanguageTag("es"), new Addressee("Lucía", null, null, MS, FORMAL))
			.orElseThrow()
			.greeting()).isEqualTo("Buenos días, Lucía:");
	}

	@Test
	void aDraftIsTheGreetingRoomForTheReplyAndTheClosing() {
		ReplyFrame frame = this.profiles
			.frame(new LanguageTag("de"), new Addressee("Anna", "Schmidt", null, MS, FORMAL))
			.orElseThrow();
		assertThat(frame.draft()).isEqualTo("Sehr geehrte Frau Schmidt,\n\n\n\nMit freundlichen Grüßen");
		assertThat(this.profiles.frame(new LanguageTag("sw"), Addressee.named("Amani", "Njoroge"))).isEmpty();
	}

	@Test
	void fillsInTheGreetingAndClosingPlaceholders() {
		Addressee garcia = new Addressee("Carlos", "García", null, MR, DEFAULT);
		assertThat(this.profiles.fillIn("{customer.greeting}\n\nSu pedido ha salido.\n\n{customer.closing}",
				new LanguageTag("es"), garcia))
			.isEqualTo("Estimado Sr. García:\n\nSu pedido ha salido.\n\nAtentamente");
	}

}
