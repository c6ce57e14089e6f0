/**
 * Servlet filters and container settings every request passes: request ids and the
 * instance id, body size limits, control characters refused in parameters, the 503 of a
 * lost database, and the error page for what Spring MVC never sees.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("http")
package dev.stockroom.platform.http;

import org.springframework.modulith.NamedInterface;
