package dev.stockroom.identity.apitoken;

/**
 * Who a valid API token signs in: what an authentication provider needs to build the
 * authenticated principal (its permissions come from
 * {@link UserService#permissionsOf(String)}).
 *
 * @param userId the user's id
 * @param username the user's username
 * @param tokenId the token used, so that logs and audits can tell tokens apart
 */
public record ApiTokenPrincipal(long userId, String username, long tokenId) {

}
