package dev.meridian.language.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstPassTests {

	/** Chat lines and mail openings in many languages and scripts, and some mixtures. */
	private static final List<String> TEXTS = List.of("Hello, where is my order? I ordered it last week.",
			"Wo bleibt mein Paket? Ich habe es vor zwei Wochen bestellt.", "Où est ma commande ? Merci d'avance.",
			"¿Dónde está mi pedido? Lo compré hace diez días.", "Onde está a minha encomenda? Obrigado!",
			"Dov'è il mio ordine? Grazie mille per l'aiuto.", "Waar blijft mijn bestelling? Alvast bedankt.",
			"Var är min beställning? Tack på förhand.", "Hvor er pakken min? Takk for hjelpen.",
			"Gdzie jest moje zamówienie? Z góry dziękuję.", "Siparişim nerede? Şimdiden teşekkürler.",
			"Где мой заказ? Заранее спасибо.", "Де моє замовлення? Дякую заздалегідь.",
			"Πού είναι η παραγγελία μου; Ευχαριστώ πολύ.", "أين طلبي؟ شكرا جزيلا لمساعدتكم",
			"איפה ההזמנה שלי? תודה רבה", "سفارش من کجاست؟ ممنون از کمک شما", "मेरा ऑर्डर कहाँ है? धन्यवाद",
			"注文した商品はまだ届いていません。確認してください。", "我的订单在哪里？谢谢你的帮助。", "제 주문은 어디에 있나요? 감사합니다.",
			"คำสั่งซื้อของฉันอยู่ที่ไหน ขอบคุณมาก", "Đơn hàng của tôi đâu rồi? Cảm ơn bạn rất nhiều.",
			"Nasaan na ang order ko? Salamat po.", "Di mana pesanan saya? Terima kasih banyak.",
			"Missä tilaukseni on? Kiitos paljon avusta.", "Hol van a rendelésem? Előre is köszönöm.",
			"Kde je moje objednávka? Děkuji předem.", "Unde este comanda mea? Mulțumesc anticipat.",
			"Diolch yn fawr iawn am eich help", "Go raibh míle maith agat as do chabhair", "Danke", "Tak", "ok ty",
			"Merci !", "No", "Hola", "¡Gracias!", "1234 5678", "!!!", "",
			"Order #A-1234 to Zürich, café crème and naïve façade", "Paket 😀 kommt morgen 🚚 an",
			"Bonjour, je voudrais retourner ces chaussures, elles sont trop petites pour moi et la couleur ne me plaît pas du tout. "
					+ "Pouvez-vous m'envoyer une étiquette de retour s'il vous plaît ?",
			"I was charged twice for the same order (1234) — can you refund one of the payments? Danke schön!",
			"Привет hello", "hello Привет мир", "Größe Straße Tschüß", "łódź żółć dziękuję", "日本語とひらがな", "漢字 カタカナ",
			"中文 日本", "Ελληνικά and English", "ğüşıöç çok güzel", "ñandú mañana más", "ça va très bien", "Ďakujem pekne",
			"Köszönöm szépen", "Kiitos äiti", "Dankon ĉiuj ŝipoj", "Paldies, ļoti labi", "Ačiū labai",
			"Mulțumesc frumos și țară", "Þakka þér kærlega", "Tänan väga", "Hvala lijepa, ćao", "благодаря ви много",
			"дякую дуже ї є", "рахмет сізге көп", "баярлалаа ө ү", "धन्यवाद बहुत नमस्ते", "শুভেচ্ছা ধন্যবাদ",
			"Takk for hjelpen, vi ses i morgen", "Tack så mycket för hjälpen", "Tak for hjælpen, vi ses",
			"hello hello hello Привет Привет", "a b c d e f", "ß", "ő", "ж", "あ", "中");

	private static LanguageDetector lingua;

	private static FirstPass firstPass;

	@BeforeAll
	static void models() {
		// The compact models hold exactly Lingua's frequencies (CompactNgramsTests) and
		// load in a fraction of the time Lingua's own reader takes.
		CompactModels.install(Language.all(), List.of(1, 2, 3));
		lingua = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
		firstPass = FirstPass.ofAllLanguages();
	}

	@Test
	void givesLinguasOwnConfidencesForWholeTextsAndEveryStartOfThem() {
		List<String> texts = new ArrayList<>();
		for (String text : TEXTS) {
			for (int end = 1; end <= text.length(); end += Math.max(1, text.length() / 12)) {
				texts.add(text.substring(0, end));
			}
			texts.add(text);
		}
		int compared = 0;
		for (String text : texts) {
			Map<Language, Double> expected = new TreeMap<>(lingua.computeLanguageConfidenceValues(text));
			assertThat(new TreeMap<>(firstPass.confidences(text))).as(text).isEqualTo(expected);
			compared += expected.size();
		}
		// Not all trivially empty: the texts gave many languages' values to compare.
		assertThat(compared).isGreaterThan(1_000);
	}

	@Test
	void weighsWordsAsLinguasRulesDo() {
		LinguaRules rules = new LinguaRules(lingua);
		for (int round = 0; round < 2; round++) {
			// The second round reads every word from what the first remembered.
			for (String text : TEXTS) {
				List<String> words = lingua.splitTextIntoWords$lingua(lingua.cleanUpInputText$lingua(text));
				assertThat(rules.decided(words)).as(text).isEqualTo(lingua.detectLanguageWithRules$lingua(words));
				assertThat(rules.possible(words)).as(text)
					.containsExactlyInAnyOrderElementsOf(lingua.filterLanguagesByRules$lingua(words));
			}
		}
	}

	@Test
	void aLongWordIsWeighedAsLinguaDoesWithoutBeingRemembered() {
		LinguaRules rules = new LinguaRules(lingua);
		List<String> words = List.of("x".repeat(LinguaRules.MAX_WORD_CHARS + 1) + "ß", "straße");
		assertThat(rules.decided(words)).isEqualTo(lingua.detectLanguageWithRules$lingua(words));
		assertThat(rules.possible(words))
			.containsExactlyInAnyOrderElementsOf(lingua.filterLanguagesByRules$lingua(words));
	}

	@Test
	void decidesByScriptAloneWhereLinguaDoes() {
		assertThat(firstPass.confidences("ขอบคุณมาก")).containsExactly(Map.entry(Language.THAI, 1.0));
		assertThat(firstPass.confidences("1234")).isEmpty();
	}

	@Test
	void holdsEveryLanguagesUniBiAndTrigramsOnce() {
		MergedNgrams ngrams = firstPass.ngrams();
		assertThat(ngrams.size()).matches("\\d+ n-grams, \\d+ entries");
		// Far less than the 75 languages' separate models it replaces.
		assertThat(ngrams.bytes()).isBetween(1L << 20, 64L << 20);
	}

}
