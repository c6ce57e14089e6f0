/**
 * Identity: users (a custom user model with a one-to-one profile), groups, permissions
 * named {@code resource.action}, the built-in roles and how a request signs in. This base
 * package is its API: {@link dev.stockroom.identity.UserService} and
 * {@link dev.stockroom.identity.AccountAdministration}, the events
 * ({@link dev.stockroom.identity.UserRegistered},
 * {@link dev.stockroom.identity.UserAccessChanged},
 * {@link dev.stockroom.identity.PasswordChanged}), the request and answer records, and
 * the {@link dev.stockroom.identity.PermissionMatrix}, which assembles the endpoint rows
 * every module contributes. Other modules refer to a user by id or username.
 *
 * <p>
 * The rooms: {@code user} (the entities, demo users, welcome mail and the superuser
 * commands), {@code password} (hashing, policy, resets, the login throttle),
 * {@code token} (JWTs and refresh-token families), {@code apitoken} (personal API
 * tokens), {@code cache} (who signs in, kept in memory), {@code access} (enforcing the
 * matrix), {@code security} (the filter chains and sessions), {@code web} (the account
 * pages) and {@code admin} (the admin site's registrations of users, groups and tokens).
 */
package dev.stockroom.identity;
