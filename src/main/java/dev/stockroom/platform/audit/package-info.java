/**
 * The audit trail (Django's admin LogEntry): who changed which record, when, and what,
 * written by an entity listener in the changing transaction.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("audit")
package dev.stockroom.platform.audit;

import org.springframework.modulith.NamedInterface;
