package dev.meridian.language.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * {@code meridian.language.models.preloading}: 1 while the language models are still
 * being loaded after a start, 0 once done (or when preloading is off). Operators see why
 * a fresh node is busy; benchmarks wait for 0 so that they measure the steady state.
 */
@Component
class PreloadGauge implements MeterBinder {

	private final LinguaDetector detector;

	PreloadGauge(LinguaDetector detector) {
		this.detector = detector;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("meridian.language.models.preloading", this.detector, d -> d.preloading() ? 1 : 0)
			.description("1 while the language models are still being loaded after a start")
			.register(registry);
	}

}
