package dev.meridian.channels.email.mailbox;

import dev.meridian.privacy.SecretsAtRest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, seals the mailbox secrets an earlier version stored in plaintext, and seals
 * again with the current key those sealed with a previous one (a key rotation). Until it
 * has run, such a secret is still read as it is (or with the previous key), so polling
 * never stops for it.
 */
@Component
class PlaintextSecretsSealing {

	private static final Logger log = LoggerFactory.getLogger(PlaintextSecretsSealing.class);

	private final Mailboxes mailboxes;

	private final SecretsAtRest secrets;

	PlaintextSecretsSealing(Mailboxes mailboxes, SecretsAtRest secrets) {
		this.mailboxes = mailboxes;
		this.secrets = secrets;
	}

	@EventListener(ApplicationStartedEvent.class)
	void sealOnStart() {
		if (!this.secrets.available()) {
			// Said in the log by SecretsAtRest; the plaintext rows stay readable
			// meanwhile.
			return;
		}
		int sealed = this.mailboxes.sealPlaintextSecrets();
		if (sealed > 0) {
			log.info("Sealed {} mailbox secret(s) stored in plaintext by an earlier version", sealed);
		}
		int resealed = this.mailboxes.resealWithCurrentKey();
		if (resealed > 0) {
			log.info("Sealed {} mailbox secret(s) again with the current MERIDIAN_SECRETS_KEY", resealed);
		}
	}

}
