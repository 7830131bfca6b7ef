package dev.meridian.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.meridian.database.DatabaseMode;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class DemoShopTests {

	@Test
	void withTheDemoTheShopPageEmbedsTheWidgetWithOneScriptTag() throws IOException {
		ResponseEntity<byte[]> page = new DemoShop(new DemoSettings(null, null), DatabaseMode.EMBEDDED).page();

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
		String html = new String(page.getBody(), StandardCharsets.UTF_8);
		Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(html);
		assertThat(scripts.find()).isTrue();
		assertThat(scripts.group()).contains("src=\"/widget.js\"");
		assertThat(scripts.find()).as("one script tag only").isFalse();
	}

	@Test
	void withoutTheDemoThereIsNoShop() throws IOException {
		assertThat(new DemoShop(new DemoSettings(false, null), DatabaseMode.EMBEDDED).page().getStatusCode().value())
			.isEqualTo(404);
		assertThat(new DemoShop(new DemoSettings(null, null), DatabaseMode.EXTERNAL).page().getStatusCode().value())
			.isEqualTo(404);
	}

}
