package dev.meridian.channels.chat.settings;

import java.util.ArrayList;
import java.util.List;

import dev.meridian.channels.chat.ChatSettings;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Which sites may call the chat from a browser: the origins configured for every market
 * ({@code meridian.chat.allowed-origins}) and those each market's widget settings list.
 * An origin listed by any market may call the chat; the settings are read from
 * {@link ShopSettings}' cache, so a new shop works within moments of being saved.
 */
@Component
public class ChatOrigins implements CorsConfigurationSource {

	private final ChatSettings settings;

	private final ShopSettings shops;

	private volatile @Nullable Built built;

	private record Built(List<String> origins, CorsConfiguration configuration) {
	}

	ChatOrigins(ChatSettings settings, ShopSettings shops) {
		this.settings = settings;
		this.shops = shops;
	}

	@Override
	public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		if (!request.getRequestURI().startsWith("/chat/")) {
			return null;
		}
		return current();
	}

	/**
	 * Whether a browser on {@code origin} may open the chat's WebSocket: the same origins
	 * as for its HTTP calls (a WebSocket handshake is not subject to CORS, so the check
	 * is made here).
	 */
	public boolean allows(String origin) {
		return current().checkOrigin(origin) != null;
	}

	/**
	 * Refuses a visitor's WebSocket handshake from an origin neither Meridian's own nor
	 * allowed by {@link #allows}.
	 */
	public HandshakeInterceptor handshakeCheck() {
		return new HandshakeInterceptor() {

			@Override
			public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
					WebSocketHandler handler, Map<String, Object> attributes) {
				String origin = request.getHeaders().getOrigin();
				if (origin == null || WebUtils.isSameOrigin(request) || allows(origin)) {
					return true;
				}
				response.setStatusCode(HttpStatus.FORBIDDEN);
				return false;
			}

			@Override
			public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
					@Nullable Exception exception) {
			}

		};
	}

	private CorsConfiguration current() {
		List<String> origins = new ArrayList<>(this.settings.allowedOrigins());
		this.shops.allowedOrigins().stream().filter(o -> !origins.contains(o)).forEach(origins::add);
		Built current = this.built;
		if (current == null || !current.origins().equals(origins)) {
			current = new Built(List.copyOf(origins), configuration(origins));
			this.built = current;
		}
		return current.configuration();
	}

	private static CorsConfiguration configuration(List<String> origins) {
		CorsConfiguration cors = new CorsConfiguration();
		// Exact origins or patterns such as https://*.shop.example or
		// http://localhost:[*].
		cors.setAllowedOriginPatterns(origins);
		cors.setAllowedMethods(List.of("GET", "POST", "PUT"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language"));
		cors.setExposedHeaders(List.of("Retry-After"));
		cors.setMaxAge(3600L);
		return cors;
	}

}
