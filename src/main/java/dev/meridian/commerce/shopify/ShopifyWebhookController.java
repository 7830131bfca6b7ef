package dev.meridian.commerce.shopify;

import java.util.Map;
import java.util.Optional;

import dev.meridian.InvalidValueException;
import dev.meridian.web.api.Problems;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shopify's order webhooks ({@code orders/create}, {@code orders/updated}). No API token:
 * the signature over the raw body is the authentication, checked before the body is
 * parsed. Other topics are acknowledged and ignored, so Shopify does not retry them.
 */
@RestController
@Tag(name = "Commerce")
class ShopifyWebhookController {

	private static final Logger log = LoggerFactory.getLogger(ShopifyWebhookController.class);

	private final ShopifySettings settings;

	private final ShopifyWebhooks webhooks;

	ShopifyWebhookController(ShopifySettings settings, ShopifyWebhooks webhooks) {
		this.settings = settings;
		this.webhooks = webhooks;
	}

	@PostMapping("/api/v1/commerce/webhooks/shopify")
	ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "X-Shopify-Hmac-Sha256", required = false) @Nullable String signature,
			@RequestHeader(name = "X-Shopify-Shop-Domain", required = false) @Nullable String shop,
			@RequestHeader(name = "X-Shopify-Topic", required = false) @Nullable String topic,
			@RequestHeader(name = "X-Shopify-Webhook-Id", required = false) @Nullable String webhookId) {
		byte[] raw = body == null ? new byte[0] : body;
		Optional<String> secret = this.settings.secretFor(shop);
		if (secret.isEmpty()) {
			log.warn("Shopify webhook from '{}' refused: no secret configured (meridian.commerce.shopify.secret)",
					shop);
			return unauthorized();
		}
		if (!ShopifySignature.verify(secret.get(), raw, signature)) {
			return unauthorized();
		}
		if (shop == null || shop.isBlank()) {
			throw new InvalidValueException("X-Shopify-Shop-Domain", "The shop's domain is required");
		}
		if (webhookId == null || webhookId.isBlank() || webhookId.length() > 200) {
			throw new InvalidValueException("X-Shopify-Webhook-Id", "The delivery id is required");
		}
		if (topic == null || !ShopifyWebhooks.ORDER_TOPICS.contains(topic.strip())) {
			return ResponseEntity.ok(Map.of("status", "ignored"));
		}
		ShopifyWebhooks.Outcome outcome = this.webhooks.receive(webhookId.strip(),
				shop.strip().toLowerCase(java.util.Locale.ROOT), topic.strip(), raw);
		return ResponseEntity.ok(outcome);
	}

	private static ResponseEntity<?> unauthorized() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "invalid-signature", "Unauthorized",
					"X-Shopify-Hmac-Sha256 is missing or is not the signature of this body"));
	}

}
