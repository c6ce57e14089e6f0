package dev.stockroom.platform;

/**
 * Who is making the current change, as the name recorded on ledger rows. Until the
 * identity module provides a signed-in user, every change is made by {@link #ANONYMOUS}.
 */
public interface CurrentUser {

	String ANONYMOUS = "anonymous";

	/**
	 * @return the username of whoever makes the current request, never {@code null}
	 */
	String username();

}
