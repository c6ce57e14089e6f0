/**
 * The server-rendered pages' shared pieces: the {@code CrudPages} abstraction for list,
 * detail, form and delete pages, paging links and the templates' helpers ({@code @fmt},
 * {@code @links}).
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("pages")
package dev.stockroom.platform.pages;

import org.springframework.modulith.NamedInterface;
