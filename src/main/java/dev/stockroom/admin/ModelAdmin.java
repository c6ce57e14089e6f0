package dev.stockroom.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stockroom.platform.access.PermissionCode;

/**
 * One model's registration with the admin site (Django's {@code ModelAdmin}): a bean
 * whose constructor declares everything the site needs, and nothing else is needed to add
 * a model: no controller, template or security row. For example:
 *
 * <pre class="code">
 * &#64;Component
 * class SupplierAdmin extends ModelAdmin {
 *     SupplierAdmin(SupplierService suppliers) {
 *         super(Registration.of("Supplier").slug("suppliers").names("supplier", "suppliers")
 *             .permissions(SUPPLIER_VIEW, SUPPLIER_ADD, SUPPLIER_CHANGE, SUPPLIER_DELETE));
 *         listDisplay(Column.of("name", "Name").link(), Column.of("active", "Active").as(Format.BOOLEAN));
 *         listFilter(ListFilter.bool("active", "Active"));
 *         searchFields("name", "email");
 *         ordering("name");
 *         fields(FormField.text("name", "Name"), FormField.checkbox("active", "Active"));
 *         saveWith((id, form) -&gt; ...);   // through SupplierService
 *         deleteWith(suppliers::delete);
 *     }
 * }
 * </pre>
 *
 * A model without {@link #saveWith} is read-only (no add, no change); one without
 * {@link #deleteWith} cannot be deleted. Each module registers its own models, in its
 * {@code admin} package (as Django's {@code admin.py} sits in each app), so the entity
 * and property names the site queries sit beside the entities.
 */
public abstract class ModelAdmin {

	private final Registration registration;

	private List<Column> listDisplay = List.of();

	private List<ListFilter> listFilter = List.of();

	private List<String> searchFields = List.of();

	private String ordering = "id";

	private int listPerPage = 20;

	private final List<Action> actions = new ArrayList<>();

	private List<Fieldset> fieldsets = List.of();

	private List<Inline> inlines = List.of();

	private Saver saver;

	private Deleter deleter;

	/**
	 * @param registration how the model is named and guarded
	 */
	protected ModelAdmin(Registration.Builder registration) {
		this.registration = registration.build();
	}

	/** Saves a submitted change form through the owning module's service. */
	@FunctionalInterface
	public interface Saver {

		/**
		 * @param id the object changed, or {@code null} to add one
		 * @param form the submitted form
		 * @return the saved object's id
		 * @throws FormData.InvalidFormException when a field is wrong
		 */
		long save(Long id, FormData form);

	}

	/** Deletes one object through the owning module's service. */
	@FunctionalInterface
	public interface Deleter {

		/**
		 * @param id the object
		 * @throws dev.stockroom.platform.error.ConflictException when something still
		 * refers to it, with the reason
		 */
		void delete(long id);

	}

	// ---- the declarations, for subclasses' constructors

	protected final void listDisplay(Column... columns) {
		this.listDisplay = List.of(columns);
	}

	/**
	 * Appends to the list the columns other modules contribute for this model (stock's
	 * on-hand figures on the product list, say), after the model's own.
	 * @param contributions every module's contributions; those for other models are
	 * ignored
	 */
	protected final void contributedColumns(List<ColumnContribution> contributions) {
		List<Column> columns = new ArrayList<>(this.listDisplay);
		contributions.stream()
			.filter((contribution) -> contribution.model().equals(slug()))
			.forEach((contribution) -> columns.addAll(contribution.columns()));
		this.listDisplay = List.copyOf(columns);
	}

	protected final void listFilter(ListFilter... filters) {
		this.listFilter = List.of(filters);
	}

	/** Property paths searched, case-insensitively, for the text typed (contains). */
	protected final void searchFields(String... paths) {
		this.searchFields = List.of(paths);
	}

	/** The default ordering: a property path, {@code -} in front for descending. */
	protected final void ordering(String ordering) {
		this.ordering = ordering;
	}

	protected final void listPerPage(int rows) {
		this.listPerPage = rows;
	}

	protected final void actions(Action... actions) {
		this.actions.addAll(List.of(actions));
	}

	protected final void fieldsets(Fieldset... fieldsets) {
		this.fieldsets = List.of(fieldsets);
	}

	/** The change form's fields, in one untitled fieldset. */
	protected final void fields(FormField... fields) {
		this.fieldsets = List.of(Fieldset.of(null, fields));
	}

	protected final void inlines(Inline... inlines) {
		this.inlines = List.of(inlines);
	}

	protected final void saveWith(Saver saver) {
		this.saver = saver;
	}

	protected final void deleteWith(Deleter deleter) {
		this.deleter = deleter;
		this.actions.add(Action.deleteSelected(plural()));
	}

	/**
	 * Values of the change form that no single property holds (a many-to-many), by field
	 * name; none by default.
	 * @param id the object
	 * @return the values by field name
	 */
	protected Map<String, List<String>> initial(long id) {
		return Map.of();
	}

	// ---- what the site reads

	public String slug() {
		return this.registration.slug();
	}

	public String entity() {
		return this.registration.entity();
	}

	public String singular() {
		return this.registration.singular();
	}

	public String plural() {
		return this.registration.plural();
	}

	/**
	 * @param operation what the user is about to do
	 * @return the permission it needs, or null when the registration names none (then no
	 * one may)
	 */
	public PermissionCode permission(Operation operation) {
		return this.registration.permissions().get(operation);
	}

	public List<Column> listDisplay() {
		return this.listDisplay;
	}

	public List<ListFilter> listFilter() {
		return this.listFilter;
	}

	public List<String> searchFields() {
		return this.searchFields;
	}

	public String ordering() {
		return this.ordering;
	}

	public int listPerPage() {
		return this.listPerPage;
	}

	public List<Action> actions() {
		return List.copyOf(this.actions);
	}

	public List<Fieldset> fieldsets() {
		return this.fieldsets;
	}

	public List<Inline> inlines() {
		return this.inlines;
	}

	/** Whether objects can be added and changed here (false: read-only). */
	public boolean isEditable() {
		return this.saver != null;
	}

	public boolean isDeletable() {
		return this.deleter != null;
	}

	/** The site's hook for saving; null for a read-only model. */
	public Saver saver() {
		return this.saver;
	}

	/** The site's hook for deleting; null for a model that cannot be deleted. */
	public Deleter deleter() {
		return this.deleter;
	}

	/** The site's hook for {@link #initial}. */
	public Map<String, List<String>> initialValues(long id) {
		return initial(id);
	}

	/**
	 * @param row a row of the list (its first column names the object)
	 * @return how the object is named on pages, Django's {@code __str__}
	 */
	public String describe(AdminRow row) {
		Object value = row.get(this.listDisplay.get(0).name());
		return (value != null) ? value.toString() : singular() + " " + row.id();
	}

}
