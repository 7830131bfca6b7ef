package dev.meridian.knowledge.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code meridian.knowledge.dictionaries.loading}: 1 while the installed dictionaries are
 * still being read after a start (the German one alone takes seconds of a core), 0 once
 * all are read or failed. Operators see why a fresh node is busy; benchmarks wait for 0
 * so that they measure the steady state, not the start.
 */
@Component
class DictionaryLoadGauge implements MeterBinder {

	private final DictionaryQueryTranslation dictionaries;

	DictionaryLoadGauge(DictionaryQueryTranslation dictionaries) {
		this.dictionaries = dictionaries;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("meridian.knowledge.dictionaries.loading", this.dictionaries, d -> d.settled() ? 0 : 1)
			.description("1 while installed dictionaries are still being read after a start")
			.register(registry);
	}

}
