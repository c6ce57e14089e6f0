package dev.stockroom.identity.security;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import dev.stockroom.identity.PermissionMatrix;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.access.MatrixAuthorizationManager;
import dev.stockroom.identity.access.PageAccess;
import dev.stockroom.identity.apitoken.ApiTokenAuthenticationConverter;
import dev.stockroom.identity.apitoken.ApiTokenAuthenticationProvider;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.apitoken.ApiTokenUses;
import dev.stockroom.identity.cache.IdentityCache;
import dev.stockroom.identity.token.JjwtDecoder;
import dev.stockroom.identity.token.JwtService;
import dev.stockroom.platform.access.EndpointRules;
import dev.stockroom.platform.error.Problems;

/**
 * Two filter chains, one rule book. The API ({@code /api/**}, Actuator, the OpenAPI
 * document, and stored media fetched with API credentials) is stateless: a JWT
 * ({@code Authorization: Bearer}) or a personal API token ({@code Authorization: Token})
 * on every request, no session, no CSRF token (no cookie ever authenticates an API
 * request, so a forged cross-site request carries no credentials). The pages sign in with
 * a form and keep a session, so every state-changing form carries a CSRF token. Both
 * chains ask the {@link PermissionMatrix} ({@link MatrixAuthorizationManager}) who may do
 * what.
 */
// Not for a command (check-deploy, load-demo-data), which runs without a web server.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	// Strict: no inline scripts or styles (Swagger UI's pages: one style element by
	// its hash), no framing, forms post to us only.
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/*
	 * Swagger UI's bundle adds one <style> element of its own. The policy of its pages
	 * (and theirs only: the site's pages keep the strict one) allows that element by its
	 * hash, not inline styles at large. A new Swagger UI version may bring another:
	 * SwaggerUiBrowserIntegrationTests then fails with the hash to put here.
	 */
	static final String SWAGGER_UI_STYLE_HASH = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' " + SWAGGER_UI_STYLE_HASH);

	private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

	/*
	 * Stored media (product images) fetched with API credentials: the image URLs the API
	 * answers with must work for its clients, with the token they send the API. A browser
	 * sends its session cookie and no Authorization header, and stays on the pages'
	 * chain.
	 */
	private static final RequestMatcher MEDIA_FOR_API_CLIENTS = new AndRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/media/**"),
			new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION));

	@Bean
	PermissionMatrix permissionMatrix(List<EndpointRules> contributions) {
		return PermissionMatrix.of(contributions);
	}

	@Bean
	MatrixAuthorizationManager matrixAuthorizationManager(PermissionMatrix matrix) {
		return new MatrixAuthorizationManager(matrix);
	}

	// Every signed-in page session, so that a password change can end the others
	// (SignOutOtherSessions) and a change of rights all of them (SignOutOnAccessChange).
	// Where sessions live in Redis (platform's SharedSessionConfiguration)
	// the registry asks Spring Session's repository, which every instance shares;
	// otherwise it keeps the sessions of this instance in memory.
	@Bean
	SessionRegistry sessionRegistry(
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sharedSessions) {
		FindByIndexNameSessionRepository<? extends Session> shared = sharedSessions.getIfAvailable();
		return (shared != null) ? new SpringSessionBackedSessionRegistry<>(shared) : new SessionRegistryImpl();
	}

	// Tells the registry when a session ends or changes its id.
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	UserSessions userSessions(SessionRegistry sessionRegistry) {
		return new UserSessions(sessionRegistry);
	}

	@Bean
	SignOutOtherSessions signOutOtherSessions(UserSessions userSessions) {
		return new SignOutOtherSessions(userSessions);
	}

	@Bean
	PageAccess pageAccess(MatrixAuthorizationManager matrix) {
		return new PageAccess(matrix);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, MatrixAuthorizationManager matrix, JwtService jwt,
			UserService users, ApiTokenService apiTokens, ApiTokenUses apiTokenUses, IdentityCache cache, Clock clock,
			Problems writer) throws Exception {
		ProblemResponses problems = new ProblemResponses(writer);
		http.securityMatchers(
				(matchers) -> matchers.requestMatchers("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
					.requestMatchers(MEDIA_FOR_API_CLIENTS))
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.access(matrix))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((token) -> token.decoder(new JjwtDecoder(jwt, cache))
					.jwtAuthenticationConverter(new SignedInUserConverter(users, cache)))
				.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()))
			.addFilterBefore(
					apiTokenFilter(new ApiTokenAuthenticationProvider(apiTokens, apiTokenUses, users, cache, clock),
							problems),
					BearerTokenAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.cors(Customizer.withDefaults())
			.headers(SecurityConfiguration::securityHeaders)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, MatrixAuthorizationManager matrix, UserService users,
			IdentityCache cache, SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.anyRequest()
			.access(matrix))
			.authenticationManager(new ProviderManager(new PasswordAuthenticationProvider(users)))
			.formLogin((form) -> form.loginPage("/login").failureHandler(new LoginFailureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// A new session id at sign-in, so that an id planted before it is worthless.
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				// No limit on sessions per user; the registry lets a password change end
				// the others, which are then sent to the login page.
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			// The session's user as they are now, not as they signed in.
			.addFilterAfter(new SessionUserReloadFilter(users, cache), ConcurrentSessionFilter.class)
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// Sent only over HTTPS (as browsers require); behind a proxy, once the proxy
			// is trusted to say the request came in over HTTPS.
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

	private static AuthenticationFilter apiTokenFilter(ApiTokenAuthenticationProvider apiTokens,
			ProblemResponses problems) {
		AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(apiTokens),
				new ApiTokenAuthenticationConverter());
		// Signed in: go on to the endpoint (the default would redirect,
		// as after a form login).
		filter.setSuccessHandler((request, response, authentication) -> {
		});
		filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems.unauthenticated()));
		return filter;
	}

}
