package dev.stockroom.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template to PDF bytes (openhtmltopdf on PDFBox), so that a
 * document's PDF comes from the same template as its page.
 *
 * <p>
 * The template is named as a controller names a view: {@code "purchasing/order"} for the
 * whole template, {@code "purchasing/order :: print"} for one fragment of it (a fragment
 * needs no layout, and the page can include the same fragment). The result is laid out
 * with the print stylesheet {@code pdf/print.css} (CSS 2.1 and paged media, which is what
 * openhtmltopdf implements) in DejaVu Sans, embedded from the class path, so a PDF looks
 * the same on every machine. Text set by the template is escaped by Thymeleaf as on a
 * page.
 *
 * <p>
 * Nothing outside the class path is ever loaded: a template (or a value it prints) naming
 * an {@code http:}, {@code https:} or {@code file:} address gets nothing, so a PDF cannot
 * be made to fetch from the network or read the server's files. Relative addresses
 * resolve against {@code static/} on the class path, where the site's own images live.
 *
 * <p>
 * A template rendered here has no web request: it must not use {@code @{...}} links to
 * the context root or Spring Security's dialect.
 */
@Component
public class PdfRenderer {

	/** The media type of the answers this makes. */
	public static final String APPLICATION_PDF = "application/pdf";

	/** The family name the print stylesheet uses for the embedded font. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

	private static final String STYLESHEET = "pdf/print.css";

	private final ITemplateEngine templates;

	private final String stylesheet;

	private final String classPathRoot;

	/**
	 * @param templates the application's Thymeleaf engine
	 */
	public PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.stylesheet = readClassPath(STYLESHEET);
		URL root = classLoader().getResource("static/");
		this.classPathRoot = (root != null) ? root.toExternalForm() : "classpath-without-static/";
	}

	/**
	 * Renders a template, or a fragment of one, to a PDF.
	 * @param template the template's name, as a view name ({@code "purchasing/order"}),
	 * with {@code " :: fragment"} to render one fragment of it
	 * @param model the variables the template reads
	 * @return the PDF's bytes
	 */
	public byte[] render(String template, Map<String, Object> model) {
		String html = templates.process(spec(template), new Context(locale(), model));
		Document parsed = Jsoup.parse(html, classPathRoot);
		parsed.head().prependElement("style").appendText(stylesheet);
		parsed.outputSettings().charset("UTF-8");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
				.withW3cDocument(new W3CDom().fromJsoup(parsed), classPathRoot)
				.useUriResolver(this::resolve)
				.useExternalResourceAccessControl((uri, type) -> allowed(uri),
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> allowed(uri),
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.toStream(pdf);
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render " + template + " as PDF", ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * The answer that shows a PDF in the browser (and names the file it is saved as), for
	 * the pages and the API alike.
	 * @param fileName the file's name, e.g. {@code PO-000042.pdf}
	 * @param pdf the PDF's bytes
	 * @return a 200 answer of type {@value #APPLICATION_PDF}
	 */
	public static ResponseEntity<byte[]> inline(String fileName, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(APPLICATION_PDF))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(pdf);
	}

	private static TemplateSpec spec(String template) {
		int separator = template.indexOf("::");
		if (separator < 0) {
			return new TemplateSpec(template.trim(), TemplateMode.HTML);
		}
		String name = template.substring(0, separator).trim();
		String fragment = template.substring(separator + 2).trim();
		return new TemplateSpec(name, Set.of(fragment), TemplateMode.HTML, null);
	}

	// Before resolving, openhtmltopdf asks about the address as written (relative or
	// not);
	// after, about the absolute one: both must stay inside the class path's static/.
	private boolean allowed(String uri) {
		if (uri == null) {
			return false;
		}
		boolean inside = uri.startsWith(classPathRoot) || !hasScheme(uri);
		if (!inside) {
			log.warn("PDF rendering refused to load {}", uri);
		}
		return inside;
	}

	private String resolve(String base, String uri) {
		if (uri == null || hasScheme(uri) || uri.startsWith("//")) {
			return uri != null && uri.startsWith(classPathRoot) ? uri : null;
		}
		String path = uri.startsWith("/") ? uri.substring(1) : uri;
		if (path.contains("..")) {
			return null;
		}
		URL resource = classLoader().getResource("static/" + path);
		return (resource != null) ? resource.toExternalForm() : null;
	}

	private static boolean hasScheme(String uri) {
		try {
			return new URI(uri).getScheme() != null;
		}
		catch (URISyntaxException ex) {
			// Not a well-formed address, so nothing to load from it either.
			return true;
		}
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static InputStream font(String file) {
		InputStream in = classLoader().getResourceAsStream("pdf/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("The font pdf/fonts/" + file + " is missing from the class path");
		}
		return in;
	}

	private static String readClassPath(String path) {
		try (InputStream in = classLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the class path");
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ClassLoader classLoader() {
		return PdfRenderer.class.getClassLoader();
	}

}
