package dev.meridian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Starts the whole server on a random port against a real PostgreSQL: the embedded one (a
 * fresh data directory under {@code target/}) or, when {@code MERIDIAN_TEST_DATABASE_URL}
 * is set, that external one, cleaned and migrated first. All integration test classes
 * share this one configuration, so Spring starts the server once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"meridian.bootstrap-token=" + Api.ADMIN_TOKEN, "meridian.demo.enabled=false",
		"server.forward-headers-strategy=native", "meridian.database.embedded.data-directory=target/test-postgres",
		"meridian.database.embedded.clean=true", "meridian.attachments.directory=target/test-attachments",
		"meridian.attachments.max-size=1MB", "meridian.api.max-request-size=2MB", "spring.flyway.clean-disabled=false",
		"logging.level.dev.meridian.requests=warn", "meridian.language.apertium.managed=true",
		"meridian.language.apertium.process-directory=target/apertium",
		// The same detection every run: short texts wait for the full models they need.
		"meridian.language.wait-for-models=true", "meridian.language.libretranslate.url=http://127.0.0.1:9",
		"meridian.language.translation.routes=fr:de=libretranslate,ar:de=deepl,de:ar=deepl,ja:de=deepl,de:ja=deepl,fr:ko=deepl",
		// Privacy (issue 16): Swiss customers' texts may go to the local engine only.
		"meridian.privacy.residency.engines[CH]=apertium",
		// Arabic and German through a local service with DeepL's API (LocalDeepL).
		"meridian.language.deepl.auth-key=" + LocalDeepL.AUTH_KEY, "meridian.language.engine.backoff=20ms",
		"meridian.email.polling-enabled=false", "meridian.email.max-message-size=3MB",
		"meridian.email.parsing.budget=30s", "meridian.email.send-interval=200ms", "meridian.email.retry-delay=1s",
		"meridian.email.promise-wait=30s",
		// Shopify webhooks in CommerceWebhookIntegrationTests: a common secret and one
		// shop of its own.
		"meridian.chat.identity-secret=" + Api.CHAT_SECRET, "meridian.chat.allowed-origins=http://localhost:[*]",
		"meridian.commerce.shopify.secret=" + Api.SHOPIFY_SECRET,
		"meridian.commerce.shopify.shops[own-secret.myshopify.com]=" + Api.SHOPIFY_SECRET + "-own",
		// Tracking webhooks and shipment notifications (ShipmentApiIntegrationTests,
		// ShipmentNotificationIntegrationTests): no settling delay, a quick queue.
		"meridian.commerce.tracking.secret=" + Api.TRACKING_SECRET, "meridian.notifications.settle=0s",
		"meridian.notifications.send-interval=200ms", "meridian.feedback.send-interval=200ms",
		"meridian.knowledge.index-directory=target/test-index",
		// Secrets at rest: the key an operator sets, so the server starts on an external
		// database too (SecretsAtRestIntegrationTests).
		"meridian.secrets.key=" + Api.SECRETS_KEY,
		// ... and the key it replaced, in the middle of a rotation
		// (MailboxSecretsIntegrationTests).
		"meridian.secrets.previous-keys=" + Api.PREVIOUS_SECRETS_KEY,
		// Retention runs only when a test asks (RetentionIntegrationTests): never on its
		// own while another test has moved the clock.
		"meridian.privacy.retention.schedule=-",
		"spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
		"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=read-sync" })
@Import({ TestDatabase.class, LocalDeepL.class, TestClock.class, EventProbe.class, SqlStatements.class })
public @interface IntegrationTest {

}
