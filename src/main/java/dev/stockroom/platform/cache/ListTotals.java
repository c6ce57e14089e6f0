package dev.stockroom.platform.cache;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.hibernate.Hibernate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The totals of the paged lists (products, categories, suppliers, warehouses, stock
 * movements), exact but not counted on every request: a page reads its rows as a slice
 * (one row more than it shows, to know whether another page follows) and takes the total
 * from a cache, counting only on a miss. Where the page itself tells the total (the last
 * page, with rows), nothing is counted or cached.
 *
 * <p>
 * The counts are cached per filter, under the list's version: {@code list-count} holds
 * {@code Product@<version> <filter>}, {@code list-version} holds each list's version.
 * Every write to a list's table ({@link ListTotalsEviction}) evicts the list's version
 * once its transaction commits, which makes every count of that list unreachable at once,
 * whatever its filter, with one key evicted (no scan of Redis), here and, through the
 * near caches, on every instance. So a new product is in the next page's total. A count
 * that was being read while the write committed is stored under the old version, where
 * nobody looks any more.
 *
 * <p>
 * A cached total that contradicts the rows just read (fewer rows than the page holds,
 * say) is not used: the list is counted again.
 */
@Component
public class ListTotals {

	/** Each list's version, by list. */
	public static final String VERSIONS = "list-version";

	/** The totals, by list, version and filter. */
	public static final String COUNTS = "list-count";

	private final ObjectProvider<CacheManager> caches;

	ListTotals(ObjectProvider<CacheManager> caches) {
		this.caches = caches;
	}

	/**
	 * @param <T> the rows
	 * @param table the entity whose writes change the total
	 * @param filter what the list selects, as a value whose text tells filters apart (a
	 * record, say)
	 * @param pageable which page
	 * @param rows reads the page's rows as a slice, without counting
	 * @param count counts every row the filter selects
	 * @return the page, with its exact total
	 */
	public <T> Page<T> page(Class<?> table, Object filter, Pageable pageable, Function<Pageable, Slice<T>> rows,
			LongSupplier count) {
		Slice<T> slice = rows.apply(pageable);
		if (pageable.isUnpaged()) {
			return new PageImpl<>(slice.getContent(), pageable, slice.getNumberOfElements());
		}
		long shown = pageable.getOffset() + slice.getNumberOfElements();
		if (!slice.hasNext() && slice.hasContent()) {
			return new PageImpl<>(slice.getContent(), pageable, shown);
		}
		long total = cachedCount(table, filter, count);
		boolean agrees = slice.hasNext() ? total > shown : total <= pageable.getOffset();
		if (!agrees) {
			total = count.getAsLong();
		}
		return new PageImpl<>(slice.getContent(), pageable, total);
	}

	/**
	 * Forgets the totals of a list once the transaction going on commits (at once without
	 * one); once per transaction, however many rows it writes.
	 * @param table the entity that was written
	 */
	public void changed(Class<?> table) {
		String list = table.getSimpleName();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			evict(list);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<String> changed = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (changed == null) {
			Set<String> lists = new HashSet<>();
			changed = lists;
			TransactionSynchronizationManager.bindResource(this, lists);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ListTotals.this);
				}

			});
		}
		if (changed.add(list)) {
			// The cache is transaction-aware: the eviction waits for the commit.
			evict(list);
		}
	}

	/**
	 * @param entity an entity Hibernate wrote
	 */
	void written(Object entity) {
		changed(Hibernate.getClass(entity));
	}

	private void evict(String list) {
		Cache versions = cache(VERSIONS);
		if (versions != null) {
			versions.evict(list);
		}
	}

	private long cachedCount(Class<?> table, Object filter, LongSupplier count) {
		Cache versions = cache(VERSIONS);
		Cache counts = cache(COUNTS);
		if (versions == null || counts == null) {
			return count.getAsLong();
		}
		String list = table.getSimpleName();
		String version = versions.get(list, () -> UUID.randomUUID().toString());
		Long total = counts.get(list + "@" + version + " " + filter, count::getAsLong);
		return (total != null) ? total : count.getAsLong();
	}

	private Cache cache(String name) {
		CacheManager manager = this.caches.getIfAvailable();
		return (manager != null) ? manager.getCache(name) : null;
	}

}
