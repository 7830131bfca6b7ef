package dev.meridian.commerce.shopify;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secrets Shopify signs webhooks with ({@code meridian.commerce.shopify.*}): one for
 * every shop ({@code secret}, an app's client secret) and, for shops with webhooks of
 * their own (store admin, Settings, Notifications, Webhooks), one per shop domain
 * ({@code shops[my-shop.myshopify.com]=...}). With none, every webhook is refused.
 *
 * @param secret the secret for shops without one of their own
 * @param shops secrets by shop domain ({@code X-Shopify-Shop-Domain})
 */
@ConfigurationProperties("meridian.commerce.shopify")
record ShopifySettings(@Nullable String secret, @Nullable Map<String, String> shops) {

	/** The secret that signs this shop's webhooks, if one is configured. */
	Optional<String> secretFor(@Nullable String shop) {
		if (shop != null && this.shops != null) {
			String own = this.shops.get(shop.strip().toLowerCase(java.util.Locale.ROOT));
			if (own != null && !own.isBlank()) {
				return Optional.of(own);
			}
		}
		return Optional.ofNullable(this.secret).filter(secret -> !secret.isBlank());
	}

}
