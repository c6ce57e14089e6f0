package dev.stockroom.identity.apitoken;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.stockroom.platform.api.ApiController;

/**
 * {@code /api/v1/account/tokens}: the signed-in user's personal API tokens. A user sees
 * and revokes only their own; the key is in the answer to the POST and nowhere else.
 */
@ApiController("/account/tokens")
class ApiTokenApiController {

	private final ApiTokenService tokens;

	ApiTokenApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "List your API tokens", description = "Never shows a key, only its first characters.")
	List<ApiTokenSummary> list(Authentication authentication) {
		return this.tokens.list(authentication.getName());
	}

	@PostMapping
	@Operation(summary = "Make an API token",
			description = "Answers 201 with the key, shown this once; send it as Authorization: Token <key>.")
	ResponseEntity<NewApiToken> create(@Valid @RequestBody CreateApiTokenRequest request,
			Authentication authentication) {
		NewApiToken token = this.tokens.create(authentication.getName(), request.name(),
				Optional.ofNullable(request.expiresAt()));
		// No Location: a token cannot be read back on its own (its key is shown once).
		return ResponseEntity.status(HttpStatus.CREATED).body(token);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of your API tokens")
	void revoke(@PathVariable long id, Authentication authentication) {
		this.tokens.revoke(authentication.getName(), id);
	}

}
