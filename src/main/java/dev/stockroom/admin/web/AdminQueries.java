package dev.stockroom.admin.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.admin.AdminRow;
import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.Inline;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.platform.jpa.LikePattern;
import dev.stockroom.platform.error.ResourceNotFoundException;

/**
 * The admin's read side: JPQL over the entity names, so the site can list any model
 * without its module exporting repositories or entity classes. Every association a path
 * goes through ({@code category.name}) is left-joined into the one page query, and each
 * computed column costs one batched call; so a page costs the same statements whatever
 * its size (a count, the page, one per computed column).
 */
@Component
@Transactional(readOnly = true)
class AdminQueries {

	private final EntityManager entityManager;

	AdminQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** What a change list asks for. */
	record ListQuery(String search, Map<ListFilter, Object> filters, String ordering, int page, int size) {
	}

	/**
	 * @return one page of rows, property columns filled in, computed columns computed
	 */
	Page<AdminRow> list(ModelAdmin admin, ListQuery query) {
		List<String> paths = propertyColumns(admin);
		Select select = new Select(admin.entity(), paths);
		StringBuilder where = new StringBuilder();
		Map<String, Object> parameters = new HashMap<>();
		int n = 0;
		for (Map.Entry<ListFilter, Object> filter : query.filters().entrySet()) {
			String parameter = "f" + n++;
			where.append(where.isEmpty() ? " WHERE " : " AND ")
				.append(select.expression(filter.getKey().path()))
				.append(' ')
				.append(filter.getKey().operator())
				.append(" :")
				.append(parameter);
			parameters.put(parameter, filter.getValue());
		}
		if (query.search() != null && !admin.searchFields().isEmpty()) {
			List<String> likes = new ArrayList<>();
			for (String path : admin.searchFields()) {
				likes.add("LOWER(" + select.expression(path) + ") LIKE :q ESCAPE '" + LikePattern.ESCAPE + "'");
			}
			where.append(where.isEmpty() ? " WHERE (" : " AND (").append(String.join(" OR ", likes)).append(')');
			parameters.put("q", LikePattern.contains(query.search().toLowerCase(Locale.ROOT)));
		}
		String ordering = query.ordering();
		boolean descending = ordering.startsWith("-");
		String orderPath = descending ? ordering.substring(1) : ordering;
		String orderBy = " ORDER BY " + select.expression(orderPath) + (descending ? " DESC" : " ASC")
				+ " NULLS LAST, e.id ASC";

		TypedQuery<Long> count = this.entityManager
			.createQuery("SELECT COUNT(e) FROM " + admin.entity() + " e" + select.joins() + where, Long.class);
		parameters.forEach(count::setParameter);
		long total = count.getSingleResult();

		TypedQuery<Object[]> rows = this.entityManager.createQuery(select.clause() + where + orderBy, Object[].class);
		parameters.forEach(rows::setParameter);
		rows.setFirstResult(query.page() * query.size()).setMaxResults(query.size());
		List<AdminRow> page = select.rows(rows.getResultList());
		compute(admin, page);
		return new PageImpl<>(page, PageRequest.of(query.page(), query.size()), total);
	}

	/**
	 * @return the rows with these ids, in list order, computed columns included (for the
	 * CSV export and the delete confirmation)
	 */
	List<AdminRow> selected(ModelAdmin admin, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Select select = new Select(admin.entity(), propertyColumns(admin));
		List<AdminRow> rows = select
			.rows(this.entityManager.createQuery(select.clause() + " WHERE e.id IN :ids ORDER BY e.id", Object[].class)
				.setParameter("ids", ids)
				.getResultList());
		compute(admin, rows);
		return rows;
	}

	/**
	 * @return one object's values for its change form and its name, or empty if there is
	 * no such object
	 */
	java.util.Optional<AdminRow> one(ModelAdmin admin, long id) {
		Set<String> paths = new LinkedHashSet<>(propertyColumns(admin));
		admin.fieldsets()
			.stream()
			.flatMap((fieldset) -> fieldset.fields().stream())
			.map(FormField::path)
			.filter((path) -> path != null)
			.forEach(paths::add);
		if (isVersioned(admin.entity())) {
			paths.add("version");
		}
		Select select = new Select(admin.entity(), List.copyOf(paths));
		List<AdminRow> rows = select
			.rows(this.entityManager.createQuery(select.clause() + " WHERE e.id = :id", Object[].class)
				.setParameter("id", id)
				.getResultList());
		rows.forEach((row) -> row.values().putAll(admin.initialValues(id)));
		return rows.stream().findFirst();
	}

	/**
	 * @return one object's values, as {@link #one} reads them
	 * @throws ResourceNotFoundException when there is no such object (404)
	 */
	AdminRow find(ModelAdmin admin, long id) {
		return one(admin, id).orElseThrow(() -> new ResourceNotFoundException(admin.singular(), id));
	}

	/**
	 * @return an inline's existing rows for one parent
	 */
	List<AdminRow> inline(Inline inline, long parentId) {
		List<String> paths = new ArrayList<>(inline.columns().stream().map(Column::name).toList());
		paths.add(inline.key());
		Select select = new Select(inline.entity(), paths);
		return select.rows(
				this.entityManager
					.createQuery(select.clause() + " WHERE " + select.expression(inline.parentPath()) + " = :parent"
							+ " ORDER BY e.id", Object[].class)
					.setParameter("parent", parentId)
					.getResultList());
	}

	private boolean isVersioned(String entity) {
		return this.entityManager.getMetamodel()
			.getEntities()
			.stream()
			.filter((type) -> type.getName().equals(entity))
			.anyMatch((type) -> type.hasVersionAttribute());
	}

	private static List<String> propertyColumns(ModelAdmin admin) {
		return admin.listDisplay().stream().filter(Column::isProperty).map(Column::name).toList();
	}

	// Computed columns in order, each with one call for the whole page.
	private static void compute(ModelAdmin admin, List<AdminRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		for (Column column : admin.listDisplay()) {
			if (!column.isProperty()) {
				Map<Long, ?> values = column.values().compute(rows);
				rows.forEach((row) -> row.values().put(column.name(), values.get(row.id())));
			}
		}
	}

	/**
	 * A SELECT of property paths, with a LEFT JOIN per association a path goes through
	 * (so that a product without a category still shows), named {@code j_<association>}.
	 */
	private static final class Select {

		private final String entity;

		private final List<String> paths;

		private final Map<String, String> joins = new LinkedHashMap<>();

		Select(String entity, List<String> paths) {
			this.entity = entity;
			this.paths = paths;
			paths.forEach(this::expression);
		}

		String expression(String path) {
			int dot = path.indexOf('.');
			if (dot < 0) {
				return "e." + checked(path);
			}
			String association = checked(path.substring(0, dot));
			String property = checked(path.substring(dot + 1));
			if (property.equals("id")) {
				// The foreign key itself: no join needed.
				return "e." + association + ".id";
			}
			this.joins.putIfAbsent(association, "j_" + association);
			return "j_" + association + "." + property;
		}

		String joins() {
			StringBuilder joins = new StringBuilder();
			this.joins.forEach((association,
					alias) -> joins.append(" LEFT JOIN e.").append(association).append(' ').append(alias));
			return joins.toString();
		}

		String clause() {
			StringBuilder select = new StringBuilder("SELECT e.id");
			this.paths.forEach((path) -> select.append(", ").append(expression(path)));
			return select.append(" FROM ").append(this.entity).append(" e").append(joins()).toString();
		}

		List<AdminRow> rows(List<Object[]> results) {
			List<AdminRow> rows = new ArrayList<>();
			for (Object[] result : results) {
				Map<String, Object> values = new HashMap<>();
				for (int i = 0; i < this.paths.size(); i++) {
					values.put(this.paths.get(i), result[i + 1]);
				}
				rows.add(new AdminRow((Long) result[0], values));
			}
			return rows;
		}

		// Paths come from registrations and from the sort parameter (checked against the
		// columns before it gets here); this keeps anything else out of the JPQL.
		private static String checked(String name) {
			if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
				throw new IllegalArgumentException("Not a property name: " + name);
			}
			return name;
		}

	}

}
