package dev.stockroom.identity.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;

/**
 * The API's sign-in: {@code /api/v1/auth/token} trades a username and password for a
 * token pair, {@code /refresh} trades a refresh token for the next pair of its family,
 * {@code /logout} revokes a family. Answers use OAuth's snake_case
 * ({@link TokenResponse}). A refused password or token is a 401; a username with too many
 * recent failures from the client's address a 429 with {@code Retry-After}.
 */
@ApiController("/auth")
@Tag(name = "Authentication",
		description = "Sign in with a username and password for a JWT pair: send the "
				+ "access token as Authorization: Bearer <access_token>, trade the refresh token for the next pair "
				+ "before the access token expires, and revoke the pair to sign out.")
class AuthApiController {

	private final UserService users;

	private final RefreshTokens refreshTokens;

	private final JwtService jwt;

	AuthApiController(UserService users, RefreshTokens refreshTokens, JwtService jwt) {
		this.users = users;
		this.refreshTokens = refreshTokens;
		this.jwt = jwt;
	}

	@PostMapping("/token")
	@Operation(operationId = "createTokenPair", summary = "Sign in with username and password",
			description = "Public. Answers {access_token, refresh_token, token_type, expires_in}; 401 for wrong "
					+ "credentials, 429 with Retry-After after 10 failures in 15 minutes for one username "
					+ "from this client's address.")
	@SecurityRequirements
	@ErrorResponse(status = HttpStatus.UNAUTHORIZED, type = "unauthenticated",
			when = "the username or password is wrong")
	@ErrorResponse(status = HttpStatus.TOO_MANY_REQUESTS, type = "rate-limited",
			when = "10 failed sign-ins in 15 minutes for the username from this client's address")
	TokenResponse token(@Valid @RequestBody PasswordGrantRequest request, HttpServletRequest http) {
		UserAccount user = this.users.authenticate(request.username(), request.password(), http.getRemoteAddr());
		return this.refreshTokens.issue(user.username()).toResponse();
	}

	@PostMapping("/refresh")
	@Operation(operationId = "refreshTokenPair", summary = "Exchange a refresh token for a new pair",
			description = "Public. The refresh token is used up; presenting it again revokes its whole family.")
	@SecurityRequirements
	@ErrorResponse(status = HttpStatus.UNAUTHORIZED, type = "unauthenticated",
			when = "the refresh token is invalid, expired, revoked or used already")
	TokenResponse refresh(@Valid @RequestBody RefreshTokenRequest request) {
		return this.refreshTokens.rotate(request.refreshToken()).toResponse();
	}

	@PostMapping("/logout")
	@Operation(operationId = "revokeTokenPair", summary = "Sign out: revoke a refresh token's family",
			description = "Needs an access token. Afterwards neither the refresh token nor the family's access "
					+ "tokens work. Answers 204, also when the family was revoked already.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ErrorResponse(status = HttpStatus.FORBIDDEN, type = "forbidden", when = "the refresh token is another user's")
	ResponseEntity<Void> logout(@Valid @RequestBody RefreshTokenRequest request, Authentication authentication) {
		VerifiedToken presented = this.jwt.verify(request.refreshToken(), TokenType.REFRESH);
		// One user must not be able to sign another out with a token they found.
		if (!presented.username().equalsIgnoreCase(authentication.getName())) {
			throw new AccessDeniedException("The refresh token belongs to another user");
		}
		this.refreshTokens.revoke(request.refreshToken());
		return ResponseEntity.noContent().build();
	}

}
