package dev.stockroom.catalog.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TagRepository extends JpaRepository<Tag, Long> {

	@Query("select t from Tag t where lower(t.name) in :names")
	List<Tag> findByLowerNameIn(Collection<String> names);

}
