package dev.stockroom.admin;

import java.util.List;
import java.util.function.Consumer;

/**
 * A bulk action on the rows ticked in a change list (Django's {@code actions}). Three
 * kinds: one that runs and reports back, the CSV export of the ticked rows, and the
 * delete of the ticked rows, which first shows a confirmation page with what will be
 * deleted and what blocks it.
 *
 * @param name the parameter value, e.g. {@code deactivate}
 * @param label the text in the action menu
 * @param permission the operation whose permission it needs: {@link Operation#VIEW},
 * {@link Operation#CHANGE} or {@link Operation#DELETE}
 * @param kind what it does
 * @param run for {@link Kind#RUN}, what it does to the ticked ids (through the owning
 * module's service)
 * @param done for {@link Kind#RUN}, the message afterwards, with {@code %d} for the count
 */
public record Action(String name, String label, Operation permission, Kind kind, Consumer<List<Long>> run,
		String done) {

	/** The name of the built-in delete action. */
	public static final String DELETE_SELECTED = "delete_selected";

	/** The name of the built-in CSV export. */
	public static final String EXPORT_CSV = "export_csv";

	/** What an action does. */
	public enum Kind {

		RUN, EXPORT_CSV, DELETE

	}

	/**
	 * @param name the parameter value
	 * @param label the menu text
	 * @param permission the operation whose permission it needs
	 * @param run what it does to the ticked ids
	 * @param done the message afterwards, e.g. {@code "Deactivated %d products"}
	 * @return an action
	 */
	public static Action of(String name, String label, Operation permission, Consumer<List<Long>> run, String done) {
		return new Action(name, label, permission, Kind.RUN, run, done);
	}

	/**
	 * @return the export of the ticked rows' list columns as CSV (needs {@code view})
	 */
	public static Action exportCsv() {
		return new Action(EXPORT_CSV, "Export selected as CSV", Operation.VIEW, Kind.EXPORT_CSV, null, null);
	}

	/**
	 * @return the delete of the ticked rows, after a confirmation (needs {@code delete});
	 * every model with a delete has it
	 */
	static Action deleteSelected(String plural) {
		return new Action(DELETE_SELECTED, "Delete selected " + plural, Operation.DELETE, Kind.DELETE, null, null);
	}

}
