/**
 * Outgoing mail: the sender address and the SMTP settings, and a sender that only logs
 * where no SMTP server is configured (the dev profile).
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("mail")
package dev.stockroom.platform.mail;

import org.springframework.modulith.NamedInterface;
