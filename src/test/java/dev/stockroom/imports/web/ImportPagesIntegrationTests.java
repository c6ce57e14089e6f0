package dev.stockroom.imports.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The import pages as a browser without JavaScript uses them: upload, the preview with a
 * select per column and each row's problems, a new mapping, confirming, and the progress
 * page that reloads itself while the import runs.
 */
@IntegrationTest
class ImportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void uploadsPreviewsRemapsAndStartsAnImport() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
		String sku = StockFixtures.unique("PG");
		byte[] csv = ("sku,name,price,colour\n" + sku + ",Bolt,oops,red\n").getBytes(StandardCharsets.UTF_8);

		MockHttpServletResponse uploaded = this.mvc
			.perform(multipart("/imports").file(new MockMultipartFile("file", "parts.csv", "text/csv", csv))
				.param("kind", "products")
				.session(session)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(uploaded.getStatus()).isEqualTo(302);
		String detail = uploaded.getRedirectedUrl();
		assertThat(detail).matches("/imports/\\d+");

		Document preview = page(detail, session);
		assertThat(preview.select("select[name=field]")).hasSize(4);
		assertThat(preview.select("#field-3 option[selected]").text()).isEqualTo("(leave out)");
		assertThat(preview.select("#field-2 option[selected]").attr("value")).isEqualTo("price");
		assertThat(preview.select("td li").text()).contains("price: must be an amount");
		assertThat(preview.select("meta[http-equiv=refresh]")).isEmpty();

		this.mvc.perform(post(detail + "/mapping").param("field", "sku", "name", "", "description")
			.session(session)
			.with(SignIn.anonymous())
			.with(csrf()));
		Document remapped = page(detail, session);
		assertThat(remapped.select("#field-3 option[selected]").attr("value")).isEqualTo("description");
		assertThat(remapped.select("td li")).isEmpty();

		long id = Long.parseLong(detail.substring(detail.lastIndexOf('/') + 1));
		// Held back from running, so that the page can be seen while it runs.
		this.jdbc.sql("UPDATE imports SET status = 'RUNNING' WHERE id = ?").param(id).update();
		Document running = page(detail, session);
		assertThat(running.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
		assertThat(running.select("progress#import-progress").attr("max")).isEqualTo("1");
		this.jdbc.sql("UPDATE imports SET status = 'PREVIEW' WHERE id = ?").param(id).update();

		MockHttpServletResponse confirmed = this.mvc
			.perform(post(detail + "/confirm").session(session).with(SignIn.anonymous()).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(confirmed.getRedirectedUrl()).isEqualTo(detail);
		Document list = page("/imports", session);
		assertThat(list.select("a[href=" + detail + "]").text()).isEqualTo("parts.csv");
	}

	@Test
	void aFileThatCannotBeImportedIsRefusedBesideTheField() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		MockHttpServletResponse response = this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv",
						"name\nBolt\n".getBytes(StandardCharsets.UTF_8)))
				.param("kind", "products")
				.session(session)
				.with(SignIn.anonymous())
				.with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#file-error").text()).contains("no sku column");
		assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void theProductsAndStockLevelsPagesLeadThoseWhoMayImportToTheImports() throws Exception {
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
		MockHttpSession clerk = PageSignIn.as(this.mvc, "clerk", PageSignIn.DEMO_PASSWORD);
		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		assertThat(page("/products", manager).select("a[href=/imports]").text()).isEqualTo("Import CSV");
		assertThat(page("/stock/levels", clerk).select("a[href=/imports]").text())
			.isEqualTo("Import stock counts from a CSV file");
		assertThat(page("/products", viewer).select("a[href=/imports]")).isEmpty();
		assertThat(page("/stock/levels", viewer).select("a[href=/imports]")).isEmpty();
	}

	@Test
	void anotherUsersImportPageIsNotFound() throws Exception {
		MockHttpSession manager = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
		MockHttpSession admin = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);
		String detail = this.mvc
			.perform(
					multipart("/imports")
						.file(new MockMultipartFile("file", "m.csv", "text/csv",
								("sku,name\n" + StockFixtures.unique("PG") + ",Mine\n")
									.getBytes(StandardCharsets.UTF_8)))
						.param("kind", "products")
						.session(manager)
						.with(SignIn.anonymous())
						.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(this.mvc.perform(get(detail).session(admin).with(SignIn.anonymous()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).session(session).with(SignIn.anonymous()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
