package dev.meridian.bench;

import java.util.List;

/** A market (country) as the Meridian API takes it. */
record Market(String code, String name, List<String> languages, String currency, String timeZone) {

	/** The markets the benchmarks create and whose customers they send. */
	static final List<Market> ALL = List.of(
			new Market("DE", "Germany", List.of("de"), "EUR", "Europe/Berlin"),
			new Market("FR", "France", List.of("fr"), "EUR", "Europe/Paris"),
			new Market("ES", "Spain", List.of("es"), "EUR", "Europe/Madrid"),
			new Market("IT", "Italy", List.of("it"), "EUR", "Europe/Rome"),
			new Market("NL", "Netherlands", List.of("nl"), "EUR", "Europe/Amsterdam"),
			new Market("PL", "Poland", List.of("pl"), "PLN", "Europe/Warsaw"),
			new Market("GB", "United Kingdom", List.of("en"), "GBP", "Europe/London"),
			new Market("US", "United States", List.of("en", "es"), "USD", "America/New_York"),
			new Market("BR", "Brazil", List.of("pt-BR"), "BRL", "America/Sao_Paulo"),
			new Market("JP", "Japan", List.of("ja"), "JPY", "Asia/Tokyo"));

	String toJson() {
		return Json.object("code", code, "name", name, "languages", languages, "currency", currency, "timeZone",
				timeZone, "launchStatus", "LIVE");
	}

}
