package dev.stockroom.platform.audit;

import java.util.Set;

/**
 * Who is making the current change: the name recorded on ledger rows and audit entries,
 * and what they may do. The identity module provides it from the signed-in user; work
 * that no request started (demo data, a command) runs as {@link #SYSTEM}.
 */
public interface CurrentUser {

	/** The name recorded for changes made outside any request. */
	String SYSTEM = "system";

	/**
	 * @return the username of whoever makes the current request, or {@link #SYSTEM};
	 * never {@code null}
	 */
	String username();

	/**
	 * @return the signed-in user's permission codes (e.g. {@code stock.receive}); empty
	 * outside a signed-in request
	 */
	Set<String> permissions();

}
