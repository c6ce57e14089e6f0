package dev.stockroom.platform.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Forgets a list's cached totals ({@link ListTotals}) whenever Hibernate writes a row of
 * its table, whoever asked for the write; after the transaction commits. An entity whose
 * list is counted names it in {@code @EntityListeners}.
 */
public class ListTotalsEviction {

	// A provider: slice tests have JPA but no ListTotals.
	private final ObjectProvider<ListTotals> totals;

	ListTotalsEviction(ObjectProvider<ListTotals> totals) {
		this.totals = totals;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
		this.totals.ifAvailable((totals) -> totals.written(entity));
	}

}
