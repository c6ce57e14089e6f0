/**
 * The entity base classes (id, optimistic version, created and updated times) and the JPA
 * settings every module's entities share, with the {@code LIKE} escaping their searches
 * use.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("jpa")
package dev.stockroom.platform.jpa;

import org.springframework.modulith.NamedInterface;
