package dev.stockroom.identity.apitoken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import dev.stockroom.identity.user.User;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	// The user comes along: authentication needs to know whether they are active.
	@Query("select t from ApiToken t join fetch t.user where t.keyHash = :keyHash")
	Optional<ApiToken> findByKeyHash(String keyHash);

	@Query("select t from ApiToken t where t.user = :user and t.revokedAt is null order by t.createdAt, t.id")
	List<ApiToken> findNotRevoked(User user);

	@Query("select t from ApiToken t where t.id = :id and t.user = :user and t.revokedAt is null")
	Optional<ApiToken> findNotRevoked(long id, User user);

	@Query("""
			select count(t) from ApiToken t
			where t.user = :user and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > :now)
			""")
	long countUsable(User user, Instant now);

	@Query("select count(t) > 0 from ApiToken t where t.user = :user and t.revokedAt is null and lower(t.name) = lower(:name)")
	boolean nameTaken(User user, String name);

	/**
	 * Records a use, unless one was recorded less than a precision ago. The condition is
	 * in the statement, so of many requests racing with the same token one writes and the
	 * others change nothing, rather than each taking the row's lock in turn.
	 * @return 1 when written, 0 when the recorded use was recent enough
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update ApiToken t set t.lastUsedAt = :now
			where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)
			""")
	int touch(long id, Instant now, Instant staleBefore);

}
