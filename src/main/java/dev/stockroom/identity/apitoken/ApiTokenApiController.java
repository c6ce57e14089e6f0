package dev.stockroom.identity.apitoken;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import dev.stockroom.platform.api.ErrorResponse;

/**
 * {@code /api/v1/account/tokens}: the signed-in user's personal API tokens. A user sees
 * and revokes only their own; the key is in the answer to the POST and nowhere else.
 */
@ApiController("/account/tokens")
@Tag(name = "API tokens", description = "Personal API tokens of the signed-in user, for scripts and "
		+ "integrations: send one as Authorization: Token <key>. It acts with its owner's permissions.")
class ApiTokenApiController {

	private final ApiTokenService tokens;

	ApiTokenApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(operationId = "listApiTokens", summary = "List your API tokens",
			description = "Never shows a key, only its first characters.")
	List<ApiTokenSummary> list(Authentication authentication) {
		return this.tokens.list(authentication.getName());
	}

	@PostMapping
	@Operation(operationId = "createApiToken", summary = "Create an API token",
			description = "Answers 201 with the key, shown this once; send it as Authorization: Token <key>. "
					+ "The token cannot be read back (no Location).")
	@ApiResponse(responseCode = "201", description = "Created: the token with its key")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-api-token-name",
			when = "you have a token with this name already")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "too-many-api-tokens",
			when = "you have as many usable tokens as allowed")
	ResponseEntity<NewApiToken> create(@Valid @RequestBody CreateApiTokenRequest request,
			Authentication authentication) {
		NewApiToken token = this.tokens.create(authentication.getName(), request.name(),
				Optional.ofNullable(request.expiresAt()));
		// No Location: a token cannot be read back on its own (its key is shown once).
		return ResponseEntity.status(HttpStatus.CREATED).body(token);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeApiToken", summary = "Revoke one of your API tokens",
			description = "The token stops working at once. 404 for a token that is not yours.")
	void revoke(@PathVariable long id, Authentication authentication) {
		this.tokens.revoke(authentication.getName(), id);
	}

}
