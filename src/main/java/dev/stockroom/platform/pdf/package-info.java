/**
 * Documents as PDF: {@link dev.stockroom.platform.pdf.PdfRenderer} renders a Thymeleaf
 * template, or one fragment of it, with openhtmltopdf, in the font shipped with the
 * application and without loading anything from outside the class path.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("pdf")
package dev.stockroom.platform.pdf;

import org.springframework.modulith.NamedInterface;
