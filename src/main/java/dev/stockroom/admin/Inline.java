package dev.stockroom.admin;

import java.util.List;

import dev.stockroom.platform.access.PermissionCode;

/**
 * Related objects edited on their parent's change form (Django's {@code TabularInline}):
 * the rows already there, each with a "remove" box, and one empty row to add another
 * ({@code extra = 1}). Saved through the owning module's service, after the parent and in
 * its transaction ({@link AdminSaves}): a bad row leaves the parent unchanged too.
 *
 * @param title the heading
 * @param entity the related entity's JPA name, e.g. {@code SupplierOffer}
 * @param parentPath the path from the related entity to the parent's id, e.g.
 * {@code product.id}
 * @param columns what each existing row shows (property paths)
 * @param key the property path that names an existing row to the saver, e.g.
 * {@code supplier.id} (an offer is the product's offer of one supplier)
 * @param fields the extra row's fields; their parameter names get the prefix
 * {@code <prefix>-}
 * @param permission the permission editing the rows needs
 * @param saver applies the submitted rows
 */
public record Inline(String title, String entity, String parentPath, List<Column> columns, String key,
		List<FormField> fields, PermissionCode permission, Saver saver) {

	public Inline {
		columns = List.copyOf(columns);
		fields = List.copyOf(fields);
	}

	/** The prefix of the inline's parameter names. */
	public String prefix() {
		return "inline-" + this.entity.toLowerCase(java.util.Locale.ROOT);
	}

	/** Applies one submission of the inline. */
	@FunctionalInterface
	public interface Saver {

		/**
		 * @param parentId the parent object
		 * @param remove the keys of the existing rows ticked for removal
		 * @param extra the extra row's values, by field name (without the prefix); empty
		 * when it was left blank
		 */
		void save(long parentId, List<Long> remove, FormData extra);

	}

}
