package dev.stockroom.live;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import dev.stockroom.platform.SiteProperties;

/**
 * STOMP over a plain WebSocket at {@code /ws}, with Spring's in-memory broker on each
 * instance. Instances share messages through {@link LiveRelay} (Redis pub/sub), not a
 * broker relay: the messages are small, none is kept, and the instances already share a
 * Redis; RabbitMQ's STOMP relay would be a second system to run for the same job.
 *
 * <p>
 * Django Channels' pieces, here: a consumer is the STOMP endpoint and its subscriptions
 * (Spring handles the frames; the site takes no messages from clients), a group is a
 * destination ({@code /topic/stock-levels}) or a user's queue
 * ({@code /user/queue/imports}), and the channel layer is the broker on each instance
 * plus the Redis channel between them.
 *
 * <p>
 * A slow or gone client must never hold anything up: sending to a client runs on the
 * outbound channel's threads, and a client that takes longer than
 * {@link #SEND_TIME_LIMIT_MS} to take a message, or lets {@link #SEND_BUFFER_LIMIT} bytes
 * pile up, is disconnected; its page reconnects and goes on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

	/** Where browsers open the socket. */
	static final String ENDPOINT = "/ws";

	static final int SEND_TIME_LIMIT_MS = 5_000;

	static final int SEND_BUFFER_LIMIT = 256 * 1024;

	// Both sides say they are alive this often, so proxies keep idle sockets open.
	private static final long HEARTBEAT_MS = 25_000;

	private final List<HandshakeInterceptor> handshakeInterceptors;

	private final TaskScheduler heartbeats;

	/**
	 * @param handshakeInterceptors what identity adds to the handshake (the CSRF token)
	 * @param heartbeats the scheduler the STOMP configuration itself declares (lazy: this
	 * configuration is what declares it)
	 */
	private final SiteProperties site;

	LiveConfiguration(List<HandshakeInterceptor> handshakeInterceptors,
			@Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartbeats, SiteProperties site) {
		this.handshakeInterceptors = handshakeInterceptors;
		this.heartbeats = heartbeats;
		this.site = site;
	}

	/*
	 * Pages of the site only: a handshake whose Origin is another site's is refused
	 * (403). The site is the request's own origin, or the address users type
	 * (stockroom.base-url): behind a proxy on another port than the instance's (Nginx on
	 * 8080 in front of an instance on 8080 that believes it is served on 80), the two
	 * differ.
	 */
	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		URI site = this.site.baseUrl();
		String origin = site.getScheme() + "://" + site.getRawAuthority();
		registry.addEndpoint(ENDPOINT)
			.setAllowedOrigins(origin)
			.addInterceptors(this.handshakeInterceptors.toArray(HandshakeInterceptor[]::new));
		registry.setErrorHandler(new RefusalMessages());
	}

	/**
	 * Says in the ERROR frame why a frame was refused ("Not allowed to subscribe to
	 * ..."), not only that the channel failed to take it.
	 */
	static final class RefusalMessages extends StompSubProtocolErrorHandler {

		@Override
		public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable ex) {
			return super.handleClientMessageProcessingError(clientMessage,
					NestedExceptionUtils.getMostSpecificCause(ex));
		}

	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		registry.enableSimpleBroker("/topic", "/queue")
			.setHeartbeatValue(new long[] { HEARTBEAT_MS, HEARTBEAT_MS })
			.setTaskScheduler(this.heartbeats);
		registry.setUserDestinationPrefix("/user");
	}

	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		registration.setSendTimeLimit(SEND_TIME_LIMIT_MS).setSendBufferSizeLimit(SEND_BUFFER_LIMIT);
	}

	@Override
	public void configureClientOutboundChannel(ChannelRegistration registration) {
		registration.taskExecutor().corePoolSize(2).maxPoolSize(4).queueCapacity(10_000);
	}

}
