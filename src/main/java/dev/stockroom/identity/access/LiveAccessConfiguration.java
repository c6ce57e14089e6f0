package dev.stockroom.identity.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.security.messaging.web.csrf.XorCsrfChannelInterceptor;
import org.springframework.security.messaging.web.socket.server.CsrfTokenHandshakeInterceptor;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;
import org.springframework.web.socket.server.HandshakeInterceptor;

import dev.stockroom.identity.PermissionMatrix;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.cache.IdentityCache;

/**
 * Security of the live-update socket, which the live module serves: the page session's
 * CSRF token travels from the handshake into the socket's attributes
 * ({@link CsrfTokenHandshakeInterceptor}, a bean the live module's endpoint takes), the
 * CONNECT frame must carry it ({@link XorCsrfChannelInterceptor}: a page on another site
 * could open a socket with the user's cookie, but cannot read the token), and then
 * {@link StompAccess} applies the permission matrix to each frame.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LiveAccessConfiguration {

	@Bean
	HandshakeInterceptor csrfTokenHandshakeInterceptor() {
		return new CsrfTokenHandshakeInterceptor();
	}

	@Bean
	StompAccess stompAccess(PermissionMatrix matrix, UserService users, IdentityCache cache) {
		return new StompAccess(matrix, users, cache);
	}

	@Bean
	WebSocketMessageBrokerConfigurer stompAccessChannels(StompAccess access) {
		return new WebSocketMessageBrokerConfigurer() {
			@Override
			public void configureClientInboundChannel(ChannelRegistration registration) {
				// The CSRF check first: nothing else runs for a forged CONNECT.
				registration.interceptors(new XorCsrfChannelInterceptor(), access.inbound());
			}

			@Override
			public void configureClientOutboundChannel(ChannelRegistration registration) {
				registration.interceptors(access.outbound());
			}
		};
	}

	@Bean
	SocketClosedListener socketClosedListener(StompAccess access) {
		return new SocketClosedListener(access);
	}

	/** Forgets sockets that dropped without saying goodbye. */
	static final class SocketClosedListener {

		private final StompAccess access;

		SocketClosedListener(StompAccess access) {
			this.access = access;
		}

		@EventListener
		void on(SessionDisconnectEvent event) {
			this.access.closed(event.getSessionId());
		}

	}

}
