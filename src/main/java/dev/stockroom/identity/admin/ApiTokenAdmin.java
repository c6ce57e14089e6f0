package dev.stockroom.identity.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Action;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.admin.Registration;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.identity.AccountAdministration;

import static dev.stockroom.platform.access.PermissionCode.API_TOKEN_DELETE;
import static dev.stockroom.platform.access.PermissionCode.API_TOKEN_VIEW;

/**
 * Everyone's API tokens, without their keys (only a hash is stored): listed and revoked,
 * never made here; a key is shown once, to its owner, on /account/tokens. Revoking keeps
 * the row, so "delete" here is the revoke action.
 */
@Component
class ApiTokenAdmin extends ModelAdmin {

	ApiTokenAdmin(AccountAdministration accounts) {
		super(Registration.of("ApiToken")
			.slug("api-tokens")
			.names("API token", "API tokens")
			.permissions(API_TOKEN_VIEW, API_TOKEN_DELETE));
		listDisplay(Column.of("name", "Name").link(), Column.of("user.username", "User"),
				Column.of("prefix", "Key starts"), Column.of("createdAt", "Made").as(Format.TIMESTAMP),
				Column.of("lastUsedAt", "Last used").as(Format.TIMESTAMP),
				Column.of("expiresAt", "Expires").as(Format.TIMESTAMP),
				Column.of("revokedAt", "Revoked").as(Format.TIMESTAMP));
		listFilter(ListFilter.dateRange("createdAt", "Made"), ListFilter.dateRange("lastUsedAt", "Last used"));
		searchFields("name", "user.username", "prefix");
		ordering("-createdAt");
		actions(Action.of("revoke", "Revoke selected API tokens", Operation.DELETE, accounts::revokeTokens,
				"Revoked %d API tokens."));
		fields(FormField.readOnly("name", "Name"), FormField.readOnly("user.username", "User"),
				FormField.readOnly("prefix", "Key starts"), FormField.readOnly("createdAt", "Made"),
				FormField.readOnly("lastUsedAt", "Last used"), FormField.readOnly("expiresAt", "Expires"),
				FormField.readOnly("revokedAt", "Revoked"));
		deleteWith((id) -> accounts.revokeTokens(List.of(id)));
	}

}
