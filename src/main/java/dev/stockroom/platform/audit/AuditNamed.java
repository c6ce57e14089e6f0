package dev.stockroom.platform.audit;

/**
 * An entity that other entities' histories name by a word rather than by its id: the
 * audit trail records a product's tags, a user's groups or a group's permissions as
 * {@code [fragile, seasonal]}, {@code [ADMIN]} or {@code [product.view]}, which a reader
 * of the history understands without a lookup, even after the element is deleted.
 */
public interface AuditNamed {

	/**
	 * @return what the audit trail records for this entity, e.g. a tag's name or a
	 * permission's code
	 */
	String auditName();

}
