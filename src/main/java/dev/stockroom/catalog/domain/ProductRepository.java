package dev.stockroom.catalog.domain;

import java.util.Collection;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long>, JpaSpecificationExecutor<Product> {

	// The category comes in the same query (select_related); the tags of a whole page
	// come in one more query through Hibernate's batch fetching (prefetch_related).
	// So a page costs the same number of statements whatever its size.
	@Override
	@EntityGraph(attributePaths = "category")
	Page<Product> findAll(Specification<Product> spec, Pageable pageable);

	@EntityGraph(attributePaths = { "category", "tags" })
	Optional<Product> findWithTagsById(long id);

	// SELECT ... FOR SHARE: many readers at once, but no update until they commit.
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select p from Product p where p.id = :id")
	Optional<Product> findSharedLockedById(long id);

	boolean existsBySku(String sku);

	List<Product> findBySkuIn(Collection<String> skus);

	boolean existsBySkuAndIdNot(String sku, long id);

	boolean existsByCategoryId(long categoryId);

	@Query(value = """
			WITH RECURSIVE subtree(id) AS (
			    SELECT id FROM categories WHERE id = :root
			    UNION ALL
			    SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id
			)
			SELECT id FROM subtree
			""", nativeQuery = true)
	List<Long> findCategorySubtreeIds(long root);

}
