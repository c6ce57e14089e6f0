package dev.stockroom.identity.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import dev.stockroom.identity.UserContact;

// Every lookup compares lower(...) with lower(...): that is what the unique indexes are
// built on, so these queries use them (a derived "IgnoreCase" query would use upper()
// and scan the table).
public interface UserRepository extends JpaRepository<User, Long> {

	@Query("select u from User u where lower(u.username) = lower(:username)")
	Optional<User> findByUsername(String username);

	// Serialises changes to what the user owns (their API tokens): a second transaction
	// waits here until the first commits, so the two cannot both pass a limit.
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u where lower(u.username) = lower(:username)")
	Optional<User> findByUsernameForUpdate(String username);

	@Query("select count(u) > 0 from User u where lower(u.username) = lower(:username)")
	boolean usernameTaken(String username);

	@Query("select count(u) > 0 from User u where lower(u.email) = lower(:email)")
	boolean emailTaken(String email);

	@Query("select u.id from User u join u.groups g where g = :group")
	List<Long> findIdsByGroup(UserGroup group);

	@Query("""
			select new dev.stockroom.identity.UserContact(u.id, u.username, u.email, u.fullName, p.timeZone)
			from User u left join UserProfile p on p.userId = u.id
			where u.superuser = true and u.active = true order by u.id
			""")
	List<UserContact> findActiveSuperuserContacts();

	@Query("select lower(u.username) from User u where lower(u.username) in :lowerCaseUsernames")
	List<String> findExistingUsernames(Collection<String> lowerCaseUsernames);

}
