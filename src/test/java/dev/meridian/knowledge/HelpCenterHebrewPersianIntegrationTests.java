package dev.meridian.knowledge;

import java.util.regex.Pattern;

import dev.meridian.support.Api;
import dev.meridian.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help center in Hebrew and Persian (issue 17): right to left, its own texts (not the
 * English ones a missing bundle would show), and an article that exists only in German
 * and English shown to these readers in English, with the note that says so.
 */
@IntegrationTest
class HelpCenterHebrewPersianIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void hebrewReaderGetsRightToLeftHebrewPagesAndTheEnglishVersionWithANote() {
		String slug = germanArticleWithEnglishVersion();

		String home = page("/help/he");
		assertThat(home).containsPattern(html("he"));
		assertThat(home).contains("<h1>איך אפשר לעזור?</h1>")
			.contains(">מרכז העזרה<")
			.contains("עברית")
			.contains("فارسی");

		String article = page("/help/he/articles/" + slug);
		assertThat(article).containsPattern(html("he"));
		assertThat(article).contains("המאמר הזה עדיין אינו זמין בעברית. לפניכם הגרסה באנגלית.")
			.containsPattern("<article lang=\"en\" dir=\"ltr\">\\s*<h1>Customs in Switzerland " + this.unique);

		assertThat(page("/help/he/returns")).containsPattern(html("he")).contains("<h1>החזרת הזמנה</h1>");
		assertThat(page("/help/he/privacy")).containsPattern(html("he"))
			.contains("<h1>פרטיות</h1>")
			.contains("הזכויות שלכם");
	}

	@Test
	void persianReaderGetsRightToLeftPersianPagesAndTheEnglishVersionWithANote() {
		String slug = germanArticleWithEnglishVersion();

		String home = page("/help/fa");
		assertThat(home).containsPattern(html("fa"));
		assertThat(home).contains("<h1>چطور می\u200cتوانیم کمکتان کنیم؟</h1>").contains(">مرکز راهنما<");

		String article = page("/help/fa/articles/" + slug);
		assertThat(article).containsPattern(html("fa"));
		assertThat(article).contains("این مقاله هنوز به فارسی در دسترس نیست. نسخهٔ انگلیسی آن را می\u200cخوانید.")
			.containsPattern("<article lang=\"en\" dir=\"ltr\">\\s*<h1>Customs in Switzerland " + this.unique);

		assertThat(page("/help/fa/returns")).containsPattern(html("fa")).contains("<h1>مرجوع کردن سفارش</h1>");
		assertThat(page("/help/fa/privacy")).containsPattern(html("fa")).contains("<h1>حریم خصوصی</h1>");
	}

	private final String unique = Long.toString(System.nanoTime(), 36);

	/**
	 * German source, English translation: without a chain of their own, Hebrew and
	 * Persian readers would get the German source.
	 */
	private String germanArticleWithEnglishVersion() {
		Api.Response created = Api.on(this.port)
			.post("/api/v1/knowledge/articles",
					"""
							{"sourceLocale":"de","translations":[
							 {"locale":"de","title":"Zoll in der Schweiz %1$s","body":"Der Zoll erhebt Gebühren.","status":"published","slug":"zoll-%1$s"},
							 {"locale":"en","title":"Customs in Switzerland %1$s","body":"Customs charges fees.","status":"published","slug":"customs-%1$s"}]}
							"""
						.formatted(this.unique));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return "customs-" + this.unique;
	}

	private String page(String path) {
		Api.Response response = Api.on(this.port).get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.text();
	}

	private static Pattern html(String language) {
		return Pattern.compile("<html[^>]* lang=\"" + language + "\" dir=\"rtl\"");
	}

}
