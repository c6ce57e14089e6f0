package dev.stockroom.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The layout links its style sheets by content-hashed URLs, which may be cached for a
 * year because a changed file gets a new URL; Bootstrap comes from its WebJar, without a
 * version in the template. Asked for anonymously, as a browser on the sign-in page does.
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

	private static final String ONE_YEAR = "max-age=31536000";

	@Autowired
	MockMvc mvc;

	@Test
	void theLayoutLinksOurStyleSheetByAContentHashAndItIsCachedForAYear() throws Exception {
		String href = stylesheet("stockroom");

		assertThat(href).matches("/css/stockroom-[0-9a-f]{32}\\.css");
		this.mvc.perform(get(href).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"))
			.andExpect(content().string(containsString(".site-header")))
			.andExpect(header().string("Cache-Control", containsString(ONE_YEAR)));
	}

	@Test
	void bootstrapIsServedFromItsWebJarByAHashedUrl() throws Exception {
		String href = stylesheet("bootstrap");

		assertThat(href).startsWith("/webjars/bootstrap/").matches(".*bootstrap\\.min-[0-9a-f]{32}\\.css");
		this.mvc.perform(get(href).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"))
			.andExpect(content().string(containsString("Bootstrap")))
			.andExpect(header().string("Cache-Control", containsString(ONE_YEAR)));
	}

	@Test
	void webJarsAreFoundWithoutTheirVersion() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css").with(SignIn.anonymous()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.js").with(SignIn.anonymous()))
			.andExpect(status().isOk());
	}

	@Test
	void aStaticFileThatDoesNotExistIsA404NotASignInPage() throws Exception {
		this.mvc.perform(get("/css/no-such-file.css").with(SignIn.anonymous())).andExpect(status().isNotFound());
	}

	private String stylesheet(String name) throws Exception {
		String html = this.mvc.perform(get("/login").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		return page.select("link[rel=stylesheet]")
			.stream()
			.map((link) -> link.attr("href"))
			.filter((href) -> href.contains("/" + name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " style sheet in " + page.head()));
	}

}
