package dev.stockroom.imports.file;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which field each column of a file is read as: one entry per column, {@code null} for a
 * column left out.
 *
 * @param fields the field of each column, by position
 */
public record Mapping(List<String> fields) {

	public Mapping {
		fields = Collections.unmodifiableList(new ArrayList<>(fields));
	}

	/**
	 * @param field a field
	 * @return the column read as it, or -1
	 */
	public int column(String field) {
		return this.fields.indexOf(field);
	}

	/**
	 * @return the fields some column is read as
	 */
	public Set<String> mapped() {
		Set<String> mapped = new LinkedHashSet<>(this.fields);
		mapped.remove(null);
		return mapped;
	}

}
