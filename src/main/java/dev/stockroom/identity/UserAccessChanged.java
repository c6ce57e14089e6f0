package dev.stockroom.identity;

/**
 * What a user may do changed: they were deactivated or reactivated, or their groups,
 * staff or superuser flag changed (the admin's user form, a deleted group). Published in
 * the transaction that made the change. Whatever signed in under the old rights must not
 * outlive them: {@link SignOutOnAccessChange} ends the user's page sessions and revokes
 * their refresh-token families in that transaction.
 * {@link dev.stockroom.identity.cache.IdentityCache} forgets the user once it commits.
 *
 * <p>
 * Not published when a group's permissions change: that changes the rights of every
 * member at once, which the next request of each reads afresh (the change empties
 * {@link dev.stockroom.identity.cache.IdentityCache}), and signing every member out of
 * every browser for it would be out of all proportion.
 *
 * @param userId whose access
 */
public record UserAccessChanged(long userId) {
}
