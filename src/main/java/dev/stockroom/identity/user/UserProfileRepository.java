package dev.stockroom.identity.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserProfileRepository extends JpaRepository<UserProfile, Long> {

	/**
	 * The zone id alone: the pages need it on every request, the rest of the profile
	 * rarely.
	 */
	@Query("select p.timeZone from UserProfile p where p.userId = :userId and p.timeZone is not null")
	Optional<String> findTimeZone(long userId);

	/**
	 * The active users who asked for the daily reorder digest, with their user (and its
	 * groups' permissions, read in batches) in the same statement.
	 */
	@Query("select p from UserProfile p join fetch p.user u where p.reorderDigest = true and u.active = true order by u.id")
	List<UserProfile> findReorderDigestSubscribers();

}
