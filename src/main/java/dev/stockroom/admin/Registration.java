package dev.stockroom.admin;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.stockroom.platform.access.PermissionCode;

/**
 * How a model is named and guarded on the admin site, stated by its registration:
 *
 * <pre class="code">
 * Registration.of("Product")
 *     .slug("products")
 *     .names("product", "products")
 *     .permissions(PRODUCT_VIEW, PRODUCT_ADD, PRODUCT_CHANGE, PRODUCT_DELETE)
 * </pre>
 *
 * The entity name is the JPA one, used in the admin's queries; it is written in the
 * owning module's {@code admin} package, beside the entity, so no other module names it.
 *
 * @param entity the JPA entity name, e.g. {@code Product}
 * @param slug the URL segment, e.g. {@code products}
 * @param singular the name of one, e.g. {@code product}
 * @param plural the name of several, e.g. {@code products}
 * @param permissions the permission each operation needs; an operation without one is
 * refused to everyone
 */
public record Registration(String entity, String slug, String singular, String plural,
		Map<Operation, PermissionCode> permissions) {

	public Registration {
		Objects.requireNonNull(entity, "entity");
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(singular, "singular");
		Objects.requireNonNull(plural, "plural");
		permissions = Map.copyOf(permissions);
	}

	/**
	 * @param entity the JPA entity name, e.g. {@code Product}
	 * @return a registration to complete with its slug, names and permissions
	 */
	public static Builder of(String entity) {
		return new Builder(entity);
	}

	/** A registration being stated. */
	public static final class Builder {

		private final String entity;

		private String slug;

		private String singular;

		private String plural;

		private final Map<Operation, PermissionCode> permissions = new EnumMap<>(Operation.class);

		private Builder(String entity) {
			this.entity = entity;
		}

		/**
		 * @param slug the URL segment, e.g. {@code products}
		 * @return this builder
		 */
		public Builder slug(String slug) {
			this.slug = slug;
			return this;
		}

		/**
		 * @param singular the name of one, e.g. {@code stock level}
		 * @param plural the name of several, e.g. {@code stock levels}
		 * @return this builder
		 */
		public Builder names(String singular, String plural) {
			this.singular = singular;
			this.plural = plural;
			return this;
		}

		/**
		 * Guards each operation named by a permission's action ({@code product.view}
		 * guards {@link Operation#VIEW}).
		 * @param codes the permissions
		 * @return this builder
		 */
		public Builder permissions(PermissionCode... codes) {
			for (PermissionCode code : codes) {
				permission(Operation.valueOf(code.action().toUpperCase(java.util.Locale.ROOT)), code);
			}
			return this;
		}

		/**
		 * @param operation what the user does
		 * @param code the permission it needs, whatever its action (viewing users needs
		 * {@code user.change}, say)
		 * @return this builder
		 */
		public Builder permission(Operation operation, PermissionCode code) {
			this.permissions.put(operation, code);
			return this;
		}

		Registration build() {
			return new Registration(this.entity, this.slug, this.singular, this.plural, this.permissions);
		}

	}

}
