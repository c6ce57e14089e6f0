package dev.stockroom.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, Long> {

	@Query("select t from Tag t where lower(t.name) in :names")
	List<Tag> findByLowerNameIn(Collection<String> names);

}
