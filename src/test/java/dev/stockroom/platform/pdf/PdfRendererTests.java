package dev.stockroom.platform.pdf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer without Spring: a real template through Thymeleaf and openhtmltopdf, read
 * back with PDFBox's text extraction, while a local HTTP server counts what the PDF tried
 * to fetch.
 */
class PdfRendererTests {

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private PdfRenderer renderer;

	@BeforeEach
	void setUp() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		renderer = new PdfRenderer(engine);
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	private String remote() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@Test
	void rendersAFragmentWhoseTextCanBeExtracted() throws IOException {
		byte[] pdf = renderer.render("pdf/sample :: print", Map.of("title", "Order PO-00042 <b>&</b>", "lines",
				List.of("Hex bolt M8 × 40", "Größe 10 € each"), "total", "1,234.50", "remote", remote()));

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains("Order PO-00042 <b>&</b>")
			.contains("Hex bolt M8 × 40")
			.contains("Größe 10 € each")
			.contains("Total")
			.contains("1,234.50")
			.contains("Page 1 of 1")
			.doesNotContain("Outside the fragment");
	}

	@Test
	void rendersAWholeTemplate() throws IOException {
		byte[] pdf = renderer.render("pdf/sample",
				Map.of("title", "Whole", "lines", List.of(), "total", "0", "remote", remote()));

		assertThat(text(pdf)).contains("Outside the fragment").contains("Whole");
	}

	@Test
	void embedsItsOwnFont() throws IOException {
		byte[] pdf = renderer.render("pdf/sample :: print",
				Map.of("title", "Fonts", "lines", List.of("a"), "total", "1", "remote", remote()));

		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(0);
			for (COSName name : page.getResources().getFontNames()) {
				var font = page.getResources().getFont(name);
				fonts.add(font.getName());
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			}
		}
		assertThat(fonts).isNotEmpty().allSatisfy((name) -> assertThat(name).contains("DejaVuSans"));
	}

	@Test
	void loadsNothingFromTheNetworkOrTheFileSystem() throws IOException {
		byte[] pdf = renderer.render("pdf/sample",
				Map.of("title", "Remote", "lines", List.of("a"), "total", "1", "remote", remote()));

		assertThat(text(pdf)).contains("Remote").doesNotContain(hostname());
		assertThat(requests).hasValue(0);
	}

	private static String hostname() throws IOException {
		java.nio.file.Path file = java.nio.file.Path.of("/etc/hostname");
		String name = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file).trim() : "";
		return name.isEmpty() ? "no host name here" : name;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
