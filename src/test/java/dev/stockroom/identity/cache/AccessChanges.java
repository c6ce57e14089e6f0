package dev.stockroom.identity.cache;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.GroupRequest;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.apitoken.ApiTokenService;
import dev.stockroom.identity.apitoken.NewApiToken;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.token.TokenPair;

/**
 * The changes of rights the cache tests make, each through the application as the admin
 * site makes it, and the credentials they sign in with.
 */
final class AccessChanges {

	static final String PASSWORD = "quartz meadow lantern tide";

	static final String NEW_PASSWORD = "velvet compass orchard rain";

	private final UserService users;

	private final AccountAdministration accounts;

	private final RefreshTokens refreshTokens;

	private final ApiTokenService apiTokens;

	private final JdbcClient jdbc;

	AccessChanges(UserService users, AccountAdministration accounts, RefreshTokens refreshTokens,
			ApiTokenService apiTokens, JdbcClient jdbc) {
		this.users = users;
		this.accounts = accounts;
		this.refreshTokens = refreshTokens;
		this.apiTokens = apiTokens;
		this.jdbc = jdbc;
	}

	UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, PASSWORD));
	}

	/**
	 * @param user who
	 * @return a token pair and a personal API token of the user
	 */
	Credentials credentials(UserAccount user) {
		TokenPair pair = this.refreshTokens.issue(user.username());
		NewApiToken token = this.apiTokens.create(user.username(), "Cached", Optional.empty());
		return new Credentials(pair, token.key(), token.id());
	}

	void change(UserAccount user, boolean active, Set<String> groups) {
		long version = this.jdbc.sql("SELECT version FROM users WHERE id = ?")
			.param(user.id())
			.query(Long.class)
			.single();
		this.accounts.changeAccount(user.id(),
				new AccountChange(user.email(), "Cached User", active, false, groups, version));
	}

	/**
	 * @return a user in a group of their own whose one permission is
	 * {@code category.view}
	 */
	GroupMember memberOfANewGroup() {
		String group = "Cached " + UUID.randomUUID().toString().substring(0, 8);
		long groupId = this.accounts.saveGroup(null,
				new GroupRequest(group, "Reads categories", Set.of("category.view"), null));
		UserAccount user = register("member");
		change(user, true, Set.of(group));
		return new GroupMember(user, groupId, group);
	}

	/**
	 * Replaces the group's {@code category.view} with {@code product.view}.
	 * @param member the group's member
	 */
	void withdrawCategoryView(GroupMember member) {
		this.accounts.saveGroup(member.groupId(),
				new GroupRequest(member.group(), "Reads products", Set.of("product.view"),
						this.jdbc.sql("SELECT version FROM groups WHERE id = ?")
							.param(member.groupId())
							.query(Long.class)
							.single()));
	}

	record GroupMember(UserAccount user, long groupId, String group) {
	}

	record Credentials(TokenPair pair, String apiKey, long apiTokenId) {

		String bearer() {
			return "Bearer " + this.pair.accessToken();
		}

		String apiToken() {
			return "Token " + this.apiKey;
		}

	}

}
