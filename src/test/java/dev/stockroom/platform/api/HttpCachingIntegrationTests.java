package dev.stockroom.platform.api;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Per-view caching of API reads: validators ({@code ETag}, {@code Last-Modified}),
 * {@code Cache-Control} that keeps authenticated answers out of shared caches, and
 * {@code 304 Not Modified} for a conditional GET that still matches.
 */
@IntegrationTest
class HttpCachingIntegrationTests {

	private static final String PRIVATE = "max-age=0, must-revalidate, private";

	@Autowired
	MockMvc mvc;

	@Test
	void aConditionalGetWithTheCurrentEtagGetsNotModifiedAndAChangeGetsANewEtag() throws Exception {
		String sku = sku();
		long id = create(sku);
		String path = "/api/v1/products/" + id;

		MockHttpServletResponse first = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isEqualTo("\"" + id + "-0\"");
		assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(PRIVATE);
		assertThat(first.getHeaders(HttpHeaders.PRAGMA)).isEmpty();

		MockHttpServletResponse notModified = this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andReturn()
			.getResponse();
		assertThat(notModified.getContentAsString()).isEmpty();
		assertThat(notModified.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

		this.mvc
			.perform(put(path).contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"%s\", \"name\": \"Renamed\", \"version\": 0}".formatted(sku)))
			.andExpect(status().isOk());

		MockHttpServletResponse changed = this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(changed.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + id + "-1\"");
		assertThat((String) JsonPath.read(changed.getContentAsString(), "$.name")).isEqualTo("Renamed");
	}

	@Test
	void aListIsValidatedByAHashOfItsBody() throws Exception {
		String sku = sku();
		create(sku);
		String path = "/api/v1/products?q=" + sku;

		MockHttpServletResponse first = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("\"").endsWith("\"");
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(PRIVATE);

		this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());

		create(sku + "-2");
		MockHttpServletResponse grown = this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(grown.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void csvExportsStreamWithoutAnEtagAndWritesKeepSpringSecuritysNoStore() throws Exception {
		MockHttpServletResponse csv = this.mvc.perform(get("/api/v1/products").accept("text/csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(csv.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(csv.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo(PRIVATE);

		MockHttpServletResponse created = this.mvc
			.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"%s\", \"name\": \"Written\"}".formatted(sku())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		assertThat(created.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(created.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	private long create(String sku) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"%s\", \"name\": \"Validated\"}".formatted(sku)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static String sku() {
		return "ETAG-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36);
	}

}
