package dev.stockroom.identity.access;

import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.access.AccessDeniedException;

import dev.stockroom.identity.PermissionMatrix;
import dev.stockroom.identity.SignedInUser;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.cache.IdentityCache;
import dev.stockroom.identity.security.SignedInAuthentication;
import dev.stockroom.platform.access.AccessRequirement;

/**
 * The permission matrix for live updates ({@code /ws}): who may connect, subscribe and
 * receive. The HTTP handshake already needed a signed-in page session (the matrix's row
 * for {@code GET /ws}) and the CONNECT frame the session's CSRF token
 * ({@code XorCsrfChannelInterceptor}, which runs before this).
 *
 * <p>
 * A socket lives for hours, far longer than one request, so the rights it was opened with
 * are not trusted for long: as {@code SessionUserReloadFilter} does for each page
 * request, every SUBSCRIBE and every message on its way out reads the user as they are
 * now ({@link IdentityCache}, in memory, so this costs no SQL on a warm path). A user who
 * loses {@code warehouse.view}, or is deactivated, stops receiving stock updates with the
 * next message, on whichever instance holds the socket.
 *
 * <p>
 * Inbound ({@link #inbound()}): CONNECT needs a signed-in user; SUBSCRIBE needs a row of
 * the matrix for the destination and what it requires (no row: refused, which also keeps
 * clients off other users' resolved queues); SEND is refused, as the site takes nothing
 * from the socket (changes go through the pages and the API, where the ledger's rules
 * are). A refusal answers an ERROR frame and closes the socket. Outbound
 * ({@link #outbound()}): each MESSAGE is checked against the matrix again and dropped for
 * a user who may no longer have it.
 */
public final class StompAccess {

	// Spring's user destinations keep the destination a client subscribed to here.
	private static final String ORIGINAL_DESTINATION = SimpMessageHeaderAccessor.ORIGINAL_DESTINATION;

	private final PermissionMatrix matrix;

	private final UserService users;

	private final IdentityCache cache;

	// Who each open socket belongs to (the id too: see SessionUserReloadFilter).
	private final Map<String, SignedInUser> sockets = new ConcurrentHashMap<>();

	StompAccess(PermissionMatrix matrix, UserService users, IdentityCache cache) {
		this.matrix = matrix;
		this.users = users;
		this.cache = cache;
	}

	/**
	 * @return the check of frames from clients, for the client inbound channel
	 */
	public ChannelInterceptor inbound() {
		return new ChannelInterceptor() {
			@Override
			public Message<?> preSend(Message<?> message, MessageChannel channel) {
				checkInbound(message);
				return message;
			}
		};
	}

	/**
	 * @return the check of messages to clients, for the client outbound channel
	 */
	public ChannelInterceptor outbound() {
		return new ChannelInterceptor() {
			@Override
			public Message<?> preSend(Message<?> message, MessageChannel channel) {
				return mayReceive(message) ? message : null;
			}
		};
	}

	void checkInbound(Message<?> message) {
		StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
		StompCommand command = frame.getCommand();
		if (command == null) {
			return; // a heartbeat
		}
		switch (command) {
			case CONNECT, STOMP -> this.sockets.put(frame.getSessionId(), signedIn(frame.getUser())
				.orElseThrow(() -> new AccessDeniedException("Sign in to receive live updates")));
			case SUBSCRIBE -> {
				String destination = frame.getDestination();
				if (!allowed(frame.getSessionId(), destination)) {
					throw new AccessDeniedException("Not allowed to subscribe to " + destination);
				}
			}
			case SEND -> throw new AccessDeniedException("This site takes no messages over the socket");
			case DISCONNECT -> this.sockets.remove(frame.getSessionId());
			default -> {
			}
		}
	}

	boolean mayReceive(Message<?> message) {
		// The broker's messages are not STOMP frames yet: their type says what they are.
		if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.MESSAGE) {
			return true; // CONNECTED, RECEIPT, ERROR, heartbeats
		}
		StompHeaderAccessor frame = StompHeaderAccessor.wrap(message);
		String original = frame.getFirstNativeHeader(ORIGINAL_DESTINATION);
		return allowed(frame.getSessionId(), (original != null) ? original : frame.getDestination());
	}

	/**
	 * Forgets a socket that closed without a DISCONNECT frame (a dropped connection).
	 * @param sessionId the socket's STOMP session id
	 */
	public void closed(String sessionId) {
		this.sockets.remove(sessionId);
	}

	private boolean allowed(String sessionId, String destination) {
		SignedInUser opened = (sessionId != null) ? this.sockets.get(sessionId) : null;
		if (opened == null || destination == null) {
			return false;
		}
		Optional<AccessRequirement> required = this.matrix.requiredToSubscribe(destination);
		if (required.isEmpty()) {
			return false;
		}
		return current(opened).map((user) -> required.get().allows(authorities(user))).orElse(false);
	}

	private static Optional<SignedInUser> signedIn(Principal principal) {
		if (principal instanceof SignedInAuthentication authentication && authentication.isAuthenticated()) {
			return Optional.of(authentication.getPrincipal());
		}
		return Optional.empty();
	}

	private Optional<SignedInUser> current(SignedInUser opened) {
		return this.cache.user(opened.username(), () -> this.users.signedInUser(opened.username()))
			.filter((user) -> user.id() == opened.id());
	}

	// What MatrixAuthorizationManager reads from a request's authorities: the permission
	// codes, plus the staff and superuser flags. Runs for every message to every socket,
	// so the usual user (neither flag) costs no copy.
	private static Set<String> authorities(SignedInUser user) {
		if (!user.staff() && !user.superuser()) {
			return user.permissions();
		}
		Set<String> authorities = new HashSet<>(user.permissions());
		if (user.staff()) {
			authorities.add(AccessRequirement.STAFF_AUTHORITY);
		}
		if (user.superuser()) {
			authorities.add(AccessRequirement.SUPERUSER_AUTHORITY);
		}
		return authorities;
	}

}
