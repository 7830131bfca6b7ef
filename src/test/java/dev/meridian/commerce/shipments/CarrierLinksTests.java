package dev.meridian.commerce.shipments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierLinksTests {

	@ParameterizedTest
	@CsvSource({ "UPS, https://www.ups.com/track?tracknum=AB 12", "DHL Express, https://www.dhl.com/",
			"fedex, https://www.fedex.com/", "USPS, https://tools.usps.com/",
			"La Poste / Colissimo, https://www.laposte.fr/", "Colissimo, https://www.laposte.fr/",
			"Japan Post, https://trackings.post.japanpost.jp/", "Correios, https://rastreamento.correios.com.br/",
			"royal-mail, https://www.royalmail.com/" })
	void linksTheCarriersWeKnow(String carrier, String prefix) {
		assertThat(CarrierLinks.trackingUrl(carrier, "AB 12")).hasValueSatisfying(url -> {
			assertThat(url).startsWith(prefix.replace("AB 12", "AB+12"));
			assertThat(url).contains("AB+12");
		});
	}

	@Test
	void noLinkForOtherCarriers() {
		assertThat(CarrierLinks.trackingUrl("Yamato", "1234")).isEmpty();
	}

}
