package dev.stockroom.identity.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PermissionRepository extends JpaRepository<Permission, Long> {

	Optional<Permission> findByCode(String code);

	@Query("select p.code from Permission p")
	List<String> findAllCodes();

}
