package dev.stockroom.catalog.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<Category, Long>, JpaSpecificationExecutor<Category> {

	boolean existsByParentId(long parentId);

	// Serialises changes to the tree's shape: two moves that are each
	// fine alone ("A under B", "B under A") cannot both pass the cycle check.
	// Released when the transaction ends.
	@Query(value = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('categories.tree'))) AS locked",
			nativeQuery = true)
	int lockTree();

}
