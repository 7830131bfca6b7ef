package dev.meridian.commerce.shipments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public tracking page of the carriers we know, by the names shops and aggregators
 * use for them. Other carriers get no link unless the caller gives one.
 */
public final class CarrierLinks {

	private static final String UPS = "https://www.ups.com/track?tracknum=%s";

	private static final String DHL = "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=%s";

	private static final String FEDEX = "https://www.fedex.com/fedextrack/?trknbr=%s";

	private static final String USPS = "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s";

	private static final String LA_POSTE = "https://www.laposte.fr/outils/suivre-vos-envois?code=%s";

	private static final String JAPAN_POST = "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s";

	private static final String CORREIOS = "https://rastreamento.correios.com.br/app/index.php?objetos=%s";

	private static final String ROYAL_MAIL = "https://www.royalmail.com/track-your-item#/tracking-results/%s";

	/** Carrier names as written by people and aggregators, reduced to letters. */
	private static final Map<String, String> TEMPLATES = Map.ofEntries(Map.entry("ups", UPS), Map.entry("dhl", DHL),
			Map.entry("dhlexpress", DHL), Map.entry("fedex", FEDEX), Map.entry("usps", USPS),
			Map.entry("laposte", LA_POSTE), Map.entry("colissimo", LA_POSTE), Map.entry("lapostecolissimo", LA_POSTE),
			Map.entry("japanpost", JAPAN_POST), Map.entry("jppost", JAPAN_POST), Map.entry("correios", CORREIOS),
			Map.entry("royalmail", ROYAL_MAIL));

	private CarrierLinks() {
	}

	/** The carrier's tracking page for the number, if the carrier is one we know. */
	public static Optional<String> trackingUrl(String carrier, String trackingNumber) {
		String template = TEMPLATES.get(key(carrier));
		return Optional.ofNullable(template)
			.map(t -> t.formatted(URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8)));
	}

	private static String key(String carrier) {
		// "La Poste / Colissimo", "japan-post", "Royal Mail" and "DHL_Express" all match.
		return carrier.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

}
