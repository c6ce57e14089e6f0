package dev.stockroom.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import dev.stockroom.platform.error.InvalidQueryException;

/**
 * The fields an endpoint lets clients sort by, each mapped from its API name to the
 * entity property behind it. Anything else is refused with a 400, so
 * {@code ?sort=password} can never reach a query, and the API's names stay stable when
 * the entities change.
 */
public final class SortAllowList {

	private final Map<String, String> properties;

	private final Sort defaultSort;

	private SortAllowList(Map<String, String> properties, Sort defaultSort) {
		this.properties = properties;
		this.defaultSort = defaultSort;
	}

	/**
	 * @param defaultSort the order used when the client asks for none (in entity
	 * properties)
	 * @param apiToProperty pairs of API field name and entity property
	 * @return the allow-list
	 */
	public static SortAllowList of(Sort defaultSort, String... apiToProperty) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (int i = 0; i < apiToProperty.length; i += 2) {
			properties.put(apiToProperty[i], apiToProperty[i + 1]);
		}
		return new SortAllowList(Map.copyOf(properties), defaultSort);
	}

	/**
	 * The client's paging with its sort checked and translated. The id is always the last
	 * sort key so that rows with equal values keep one order and never repeat or vanish
	 * across pages.
	 * @param pageable the paging as the client asked for it (its size already capped)
	 * @return the paging to run the query with
	 * @throws InvalidQueryException when a sort field is not on the list, or the page
	 * lies beyond the offsets a query can skip
	 */
	public Pageable apply(Pageable pageable) {
		// JPA's setFirstResult takes an int: a page further out cannot be asked for.
		if (pageable.getOffset() > Integer.MAX_VALUE) {
			throw new InvalidQueryException("page",
					"Page " + pageable.getPageNumber() + " of " + pageable.getPageSize() + " is beyond the last row");
		}
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), apply(pageable.getSort()));
	}

	/**
	 * @param requested the sort as the client asked for it
	 * @return the sort in entity properties, ending with the id
	 * @throws InvalidQueryException when a sort field is not on the list
	 */
	public Sort apply(Sort requested) {
		if (requested.isUnsorted()) {
			return endingWithId(this.defaultSort);
		}
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : requested) {
			String property = this.properties.get(order.getProperty());
			if (property == null) {
				throw new InvalidQueryException("sort", "Cannot sort by '" + order.getProperty() + "'; allowed: "
						+ String.join(", ", this.properties.keySet().stream().sorted().toList()));
			}
			orders.add(new Sort.Order(order.getDirection(), property));
		}
		return endingWithId(Sort.by(orders));
	}

	// A default order may already end with the id (in its own direction); one is enough.
	private static Sort endingWithId(Sort sort) {
		return (sort.getOrderFor("id") != null) ? sort : sort.and(Sort.by("id"));
	}

}
