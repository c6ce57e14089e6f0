/**
 * Identity: users (a custom user model with a one-to-one profile), groups, permissions
 * named {@code resource.action}, the built-in roles and password rules. Its public face
 * is {@link dev.stockroom.identity.UserService} and
 * {@link dev.stockroom.identity.apitoken.ApiTokenService} (personal API tokens), the
 * {@link dev.stockroom.identity.UserRegistered} event, the request and answer records and
 * the {@link dev.stockroom.identity.BuiltInRole} constants (the permissions themselves
 * are platform's {@code access.PermissionCode}). Other modules refer to a user by id or
 * username.
 *
 * <p>
 * API tokens: {@link dev.stockroom.identity.UserService#authenticate} checks a password,
 * {@link dev.stockroom.identity.token.RefreshTokens} issues, rotates and revokes token
 * pairs, and {@link dev.stockroom.identity.token.JwtService#verifyAccessToken} checks a
 * bearer token, failing with {@link dev.stockroom.identity.token.InvalidTokenException}.
 *
 * <p>
 * Access: {@link dev.stockroom.identity.PermissionMatrix} assembles the rows every module
 * contributes (platform's {@code access} interface) into who may call which endpoint; the
 * security configuration enforces it.
 *
 * <p>
 * Passwords: {@link dev.stockroom.identity.password.PasswordResets} mails single-use
 * reset links; {@code LoginThrottle} refuses a username to a client address after too
 * many failed sign-ins ({@link dev.stockroom.identity.password.LoginThrottledException}).
 */
package dev.stockroom.identity;
