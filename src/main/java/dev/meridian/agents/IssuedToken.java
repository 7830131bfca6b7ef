package dev.meridian.agents;

/**
 * A newly issued token with its secret, which is never shown again.
 */
public record IssuedToken(ApiToken token, String secret) {
}
