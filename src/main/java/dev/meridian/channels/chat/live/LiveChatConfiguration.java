package dev.meridian.channels.chat.live;

import java.util.Map;

import dev.meridian.channels.chat.ChatSettings;
import dev.meridian.channels.chat.settings.ChatOrigins;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.messaging.web.socket.server.CsrfTokenHandshakeInterceptor;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Two doors onto one broker: {@code /chat/ws} for visitors (no session; they show their
 * visitor token when they connect) and {@code /app/ws} for signed-in agents (the
 * workspace's session, and its CSRF token in the STOMP CONNECT frame). The broker is
 * Spring's in-memory one, or RabbitMQ through the STOMP broker relay when
 * {@code meridian.chat.relay.host} is set, so any node serves any visitor or agent.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveChatConfiguration implements WebSocketMessageBrokerConfigurer {

	static final String KIND = "meridian.live.kind";

	/** The largest STOMP frame a widget or a console sends, in characters. */
	static final int CLIENT_FRAME_LIMIT = 4096;

	private final ChatSettings chat;

	private final ChatRelaySettings relay;

	private final LiveChatAccess access;

	private final TaskScheduler heartbeats;

	private final ChatOrigins origins;

	LiveChatConfiguration(ChatSettings chat, ChatRelaySettings relay, LiveChatAccess access,
			@Lazy TaskScheduler messageBrokerTaskScheduler, ChatOrigins origins) {
		this.origins = origins;
		this.chat = chat;
		this.relay = relay;
		this.access = access;
		this.heartbeats = messageBrokerTaskScheduler;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		// Same origin always; shops' sites as the chat's CORS allows them: the configured
		// ones and those of each market's widget settings, which change at run time, so
		// the check is ChatOrigins' rather than a fixed list.
		registry.addEndpoint("/chat/ws")
			.setAllowedOriginPatterns("*")
			.addInterceptors(this.origins.handshakeCheck(), kind(LiveChatAccess.Kind.VISITOR));
		registry.addEndpoint("/app/ws")
			.addInterceptors(kind(LiveChatAccess.Kind.AGENT), new CsrfTokenHandshakeInterceptor());
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.setPathMatcher(new AntPathMatcher("."));
		registry.setApplicationDestinationPrefixes("/live");
		if (this.relay.enabled()) {
			registry.enableStompBrokerRelay("/topic")
				.setRelayHost(this.relay.host())
				.setRelayPort(this.relay.port())
				.setClientLogin(this.relay.login())
				.setClientPasscode(this.relay.passcode())
				.setSystemLogin(this.relay.login())
				.setSystemPasscode(this.relay.passcode())
				.setVirtualHost(this.relay.virtualHost())
				// User destinations reach a user connected to another node.
				.setUserDestinationBroadcast("/topic/unresolved-user-destination")
				.setUserRegistryBroadcast("/topic/simp-user-registry");
		}
		else {
			registry.enableSimpleBroker("/topic")
				.setHeartbeatValue(new long[] { 20_000, 20_000 })
				.setTaskScheduler(this.heartbeats);
		}
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(this.access);
		// Visitors' lines are stored on these threads (LiveVisitorLines): as many as the
		// lines a node works on at once, so the intake's bound, not the pool, decides how
		// many wait (Spring's default is two per core, all lines queued behind four).
		int threads = Math.max(4, this.chat.concurrentMessages());
		registration.taskExecutor().corePoolSize(threads).maxPoolSize(threads);
	}

	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		// Typing notices and page addresses (at most 2,000 characters): small frames
		// only.
		registration.setMessageSizeLimit(CLIENT_FRAME_LIMIT);
		// Spring's STOMP handler raises every socket's text buffer to 16,640 characters
		// (33 KB, held for as long as the socket is open) for clients that split frames
		// at 16 KB; ours never send frames that large, so each socket goes back to ours.
		registration.addDecoratorFactory(handler -> new WebSocketHandlerDecorator(handler) {
			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws Exception {
				super.afterConnectionEstablished(session);
				session.setTextMessageSizeLimit(CLIENT_FRAME_LIMIT);
			}
		});
	}

	/**
	 * Each WebSocket keeps a buffer for a whole incoming text frame and one for a binary
	 * frame, for as long as it is open: sized for what clients send (small text frames,
	 * no binary ones) rather than Tomcat's 8K characters and 8 KB, since a node holds
	 * thousands of idle widgets. A larger frame closes the socket (1009, too big).
	 */
	/**
	 * Each connection keeps a read and a write buffer for as long as it is open: 4 KB
	 * each rather than 8 KB, since most open connections are idle widgets (a large
	 * response is written in more parts, a request header still has its own buffer).
	 */
	@Bean
	static TomcatConnectorCustomizer smallerSocketBuffers() {
		return connector -> {
			connector.setProperty("socket.appReadBufSize", "4096");
			connector.setProperty("socket.appWriteBufSize", "4096");
		};
	}

	@Bean
	static ServletServerContainerFactoryBean webSocketContainer() {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(CLIENT_FRAME_LIMIT);
		container.setMaxBinaryMessageBufferSize(1024);
		return container;
	}

	private static HandshakeInterceptor kind(LiveChatAccess.Kind kind) {
		return new HandshakeInterceptor() {
			@Override
			public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
					WebSocketHandler handler, Map<String, Object> attributes) {
				attributes.put(KIND, kind);
				return true;
			}

			@Override
			public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
					@Nullable Exception exception) {
			}
		};
	}

}
