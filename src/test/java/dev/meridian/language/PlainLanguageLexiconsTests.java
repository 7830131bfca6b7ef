package dev.meridian.language;

import java.util.List;

import dev.meridian.language.PlainLanguageReport.Finding;
import dev.meridian.language.PlainLanguageReport.Kind;
import dev.meridian.markets.LanguageTag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The lexicons of Portuguese, Italian, Dutch, Japanese and Arabic: each catches an idiom,
 * slang, jargon, a long sentence and (where the language's passive can be seen) a reply
 * written mostly in the passive, and leaves a plain reply in that language alone.
 */
class PlainLanguageLexiconsTests {

	final PlainLanguage check = PlainLanguage.standalone();

	record Sample(String language, String idiom, String slang, String jargon, String longSentence, String mostlyPassive,
			String plain) {

		@Override
		public String toString() {
			return this.language;
		}

	}

	static List<Sample> samples() {
		return List.of(new Sample("pt-BR", "Não se preocupe, isso a gente vai tirar de letra.",
				"Valeu pela mensagem, vc receberá o código amanhã.", "Vamos escalar o chamado e fazer o estorno hoje.",
				"Verificámos a sua encomenda e podemos confirmar que o pacote saiu do nosso armazém na segunda-feira "
						+ "e que a transportadora espera entregá-lo na morada que nos indicou antes do fim da semana "
						+ "se o tempo deixar.",
				"O seu pedido foi cancelado. O dinheiro será devolvido amanhã. O cartão foi bloqueado pelo banco.",
				"Obrigado pela sua mensagem. Enviámos o seu pedido hoje. Ele chega na sexta-feira. "
						+ "Se tiver dúvidas, responda a este email."),
				new Sample("it", "In bocca al lupo con il nuovo telefono!", "Cmq il pacco arriva domani, boh.",
						"Ai sensi di legge, il rimborso richiede l'escalation al reparto.",
						"Abbiamo controllato il suo ordine e possiamo confermare che il pacco è partito dal nostro "
								+ "magazzino lunedì e che il corriere prevede di consegnarlo all'indirizzo che ci ha "
								+ "dato entro la fine della settimana.",
						"Il suo ordine è stato annullato. Il rimborso viene inviato domani. Il pacco è stato fermato "
								+ "dalla dogana.",
						"Grazie per il suo messaggio. Il pacco è arrivato in magazzino ieri. Le mandiamo il "
								+ "rimborso oggi. Se ha domande, ci scriva."),
				new Sample("nl", "Het omruilen is een fluitje van een cent.", "Ik kijk het ff na, idd een fout.",
						"Wij zullen uw vraag escaleren conform de regels.",
						"Wij hebben uw bestelling gecontroleerd en kunnen bevestigen dat het pakket maandag ons "
								+ "magazijn heeft verlaten en dat de vervoerder het voor het einde van de week bezorgt.",
						"Uw bestelling wordt morgen verzonden. Het geld werd gisteren teruggestort. "
								+ "De factuur wordt per post gestuurd.",
						"Bedankt voor uw bericht. Wij hebben uw pakket vandaag verstuurd. Het komt vrijdag aan. "
								+ "Heeft u nog vragen? Stuur ons dan een bericht."),
				new Sample("ja", "今は猫の手も借りたいほど混んでいます。", "マジでお待たせしました。", "この件はエスカレーションしました。",
						"ご注文いただいた商品につきましては、倉庫での確認作業が終わり次第、配送業者に引き渡し、その後配送業者から"
								+ "お知らせが届く予定ですので、今しばらくお待ちいただけますようお願い申し上げます。",
						null, "ご連絡ありがとうございます。ご注文の商品は本日発送しました。金曜日に届く予定です。ご不明な点があればお知らせください。"),
				new Sample("ar", "نعمل على قدم وساق لحل المشكلة.", "يلا، سنرسل الطلب اليوم.",
						"قمنا بتصعيد الشكوى بموجب القواعد.",
						"راجعنا طلبك ونؤكد لك أن الطرد خرج من مستودعنا يوم الاثنين وأن شركة الشحن تتوقع تسليمه إلى العنوان الذي "
								+ "أعطيتنا إياه قبل نهاية الأسبوع إذا لم يتأخر بسبب الطقس أو بسبب ازدحام الطرق في المدينة.",
						"تم إلغاء طلبك. سيتم إرجاع المبلغ غداً. تم إرسال الفاتورة بالبريد.",
						"شكراً لرسالتك. أرسلنا طلبك اليوم. سيصل يوم الخميس. إذا كان لديك سؤال، اكتب لنا."));
	}

	static List<Arguments> languages() {
		return samples().stream().map(Arguments::of).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void catchesIdiomsSlangAndJargon(Sample sample) {
		LanguageTag language = LanguageTag.parse("language", sample.language());

		assertThat(kinds(sample.idiom(), language)).contains(Kind.IDIOM);
		assertThat(kinds(sample.slang(), language)).contains(Kind.SLANG);
		assertThat(kinds(sample.jargon(), language)).contains(Kind.JARGON);
		assertThat(this.check.check(sample.jargon(), language).findings())
			.allSatisfy(f -> assertThat(f.suggestion()).isNotBlank());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void catchesLongSentencesByTheLanguagesOwnLimit(Sample sample) {
		LanguageTag language = LanguageTag.parse("language", sample.language());

		List<Finding> findings = this.check.check(sample.longSentence(), language).findings();

		assertThat(findings).filteredOn(f -> f.kind() == Kind.LONG_SENTENCE).singleElement().satisfies(f -> {
			assertThat(f.length().count()).isGreaterThan(f.length().limit());
			assertThat(f.length().unit()).isEqualTo(language.language().equals("ja") ? "characters" : "words");
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void catchesAReplyWrittenMostlyInThePassive(Sample sample) {
		LanguageTag language = LanguageTag.parse("language", sample.language());
		if (sample.mostlyPassive() == null) {
			// Japanese: the passive endings also mark respect and the potential
			// (ja.json says why), so there is nothing to catch.
			assertThat(kinds("ご注文された商品は、明日届けられます。お客様が選ばれた色は人気です。", language)).doesNotContain(Kind.PASSIVE);
			return;
		}

		assertThat(this.check.check(sample.mostlyPassive(), language).findings())
			.filteredOn(f -> f.kind() == Kind.PASSIVE)
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void leavesAPlainReplyAlone(Sample sample) {
		LanguageTag language = LanguageTag.parse("language", sample.language());

		PlainLanguageReport report = this.check.check(sample.plain(), language);

		assertThat(report.findings()).isEmpty();
		assertThat(report.sentences()).isGreaterThanOrEqualTo(3);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void onePassiveSentenceAmongActiveOnesIsNotOveruse(Sample sample) {
		LanguageTag language = LanguageTag.parse("language", sample.language());
		if (sample.mostlyPassive() == null) {
			return;
		}
		String firstPassive = sample.mostlyPassive().split("(?<=[.!?])\\s+")[0];

		assertThat(kinds(sample.plain() + " " + firstPassive, language)).doesNotContain(Kind.PASSIVE);
	}

	/**
	 * The four languages the check began with got their passive later: a reply mostly in
	 * the passive, one passive among active sentences, and active sentences that look
	 * like a passive to a careless pattern (the future with werden, the active perfect
	 * with être, "is open", "no fue nada").
	 */
	record PassiveSample(String language, String mostlyPassive, String active, String lookAlikes) {

		@Override
		public String toString() {
			return this.language;
		}

	}

	static List<PassiveSample> passiveSamples() {
		return List.of(new PassiveSample("en",
				"Your order was cancelled. The refund will be paid tomorrow. Your card has been blocked by the bank.",
				"Thank you for your message. We sent your order today. It arrives on Friday. If you have questions, reply to this email.",
				"The shop is open often. It is even cheaper then. We are here when you need us."),
				new PassiveSample("de",
						"Ihre Bestellung wurde storniert. Das Geld wird morgen erstattet. Die Rechnung wird per Post geschickt.",
						"Danke für Ihre Nachricht. Wir haben Ihr Paket heute verschickt. Es kommt am Freitag an. Bei Fragen antworten Sie auf diese E-Mail.",
						"Ihr Paket wird morgen ankommen. Sie werden das Geld bald erhalten. Wir werden Ihnen heute Bescheid geben."),
				new PassiveSample("fr",
						"Votre commande a été annulée. Le remboursement sera envoyé demain. Votre carte est bloquée par la banque.",
						"Merci pour votre message. Nous avons envoyé votre commande aujourd'hui. Elle arrive vendredi. Si vous avez des questions, répondez à cet e-mail.",
						"Votre colis est arrivé hier. Le livreur est reparti. Nous sommes venus vous voir."),
				new PassiveSample("es",
						"Su pedido fue cancelado. El dinero será devuelto mañana. La tarjeta ha sido bloqueada por el banco.",
						"Gracias por su mensaje. Enviamos su pedido hoy. Llega el viernes. Si tiene preguntas, responda a este correo.",
						"No fue nada. Es vida de tienda. Son las diez y el paquete llega hoy."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("passiveSamples")
	void catchesThePassiveInTheFirstFourLanguagesWithoutFalseAlarms(PassiveSample sample) {
		LanguageTag language = LanguageTag.parse("language", sample.language());

		assertThat(this.check.check(sample.mostlyPassive(), language).findings())
			.filteredOn(f -> f.kind() == Kind.PASSIVE)
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(kinds(sample.active(), language)).doesNotContain(Kind.PASSIVE);
		// Each look-alike twice in a row: two passive sentences of two would be reported.
		for (String sentence : sample.lookAlikes().split("(?<=[.!?])\\s+")) {
			assertThat(kinds(sentence + " " + sentence, language)).as(sentence).doesNotContain(Kind.PASSIVE);
		}
		String firstPassive = sample.mostlyPassive().split("(?<=[.!?])\\s+")[0];
		assertThat(kinds(sample.active() + " " + firstPassive, language)).doesNotContain(Kind.PASSIVE);
	}

	@org.junit.jupiter.api.Test
	void findsJapaneseWithoutSpacesButLatinJargonOnlyAsAWholeWord() {
		LanguageTag ja = new LanguageTag("ja");

		assertThat(this.check.check("それは朝飯前です。", ja).findings()).extracting(Finding::kind, Finding::text)
			.containsExactly(tuple(Kind.IDIOM, "朝飯前"));
		assertThat(this.check.check("Slackでご連絡します。", ja).findings()).isEmpty();
		assertThat(this.check.check("SLAは二時間です。", ja).findings()).extracting(Finding::text).containsExactly("SLA");
	}

	@org.junit.jupiter.api.Test
	void findsArabicJargonBehindAnAttachedPrefix() {
		assertThat(this.check.check("نعتذر عن التأخير وبالتصعيد سنحل المشكلة.", new LanguageTag("ar")).findings())
			.extracting(Finding::kind, Finding::text)
			.containsExactly(tuple(Kind.JARGON, "وبالتصعيد"));
	}

	private List<Kind> kinds(String text, LanguageTag language) {
		return this.check.check(text, language).findings().stream().map(Finding::kind).toList();
	}

}
