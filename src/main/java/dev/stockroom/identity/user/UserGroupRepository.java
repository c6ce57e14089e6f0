package dev.stockroom.identity.user;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import dev.stockroom.identity.BuiltInRole;

public interface UserGroupRepository extends JpaRepository<UserGroup, Long> {

	@Query("select g from UserGroup g where lower(g.name) = lower(:name)")
	Optional<UserGroup> findByName(String name);

	default UserGroup getBuiltIn(BuiltInRole role) {
		return findByName(role.groupName()).orElseThrow(
				() -> new IllegalStateException("Group " + role.groupName() + " is missing; it is made by V6"));
	}

}
