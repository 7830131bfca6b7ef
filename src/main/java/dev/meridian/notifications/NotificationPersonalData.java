package dev.meridian.notifications;

import java.util.Map;

import dev.meridian.privacy.DataSubject;
import dev.meridian.privacy.ExportArchive;
import dev.meridian.privacy.PersonalDataHolder;

import org.springframework.stereotype.Component;

/**
 * The notifications sent about a customer's orders. Nothing here names them once the
 * customer row is anonymized, so erasing leaves it. Their consent to notifications is
 * privacy's (exported as {@code consents.json}); the opt-out tables of before were
 * carried over into it and are read no more.
 */
@Component
class NotificationPersonalData implements PersonalDataHolder {

	@Override
	public String name() {
		return "notifications";
	}

	@Override
	public void export(DataSubject subject, ExportArchive archive) {
		// The consent decisions are exported by privacy; the queue holds ids only.
	}

	@Override
	public Map<String, Integer> erase(DataSubject subject) {
		return Map.of();
	}

}
