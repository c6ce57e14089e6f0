package dev.stockroom.platform.media;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * What an image upload may cost: more than 25 million pixels is a 422 naming the limit (a
 * 6000 × 6000 PNG of 4 KB), 5000 × 5000 is accepted, and with two images being processed
 * a third upload is answered 503 with {@code Retry-After} at once, on the API and beside
 * the upload page's file field.
 */
@IntegrationTest
class ImageUploadLimitsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UploadedImages images;

	@Test
	void refusesAnImageOver25MillionPixelsWith422NamingTheLimit() throws Exception {
		byte[] bomb = TestImages.blankPng(6000, 6000);
		assertThat(bomb.length).as("bytes on disk").isLessThan(64 * 1024);

		MockHttpServletResponse response = upload(product(), bomb);

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		String body = response.getContentAsString();
		assertThat((String) JsonPath.read(body, "$.type")).endsWith("/problems/image-too-large");
		assertThat((String) JsonPath.read(body, "$.detail")).contains("6000 × 6000")
			.contains("at most 25,000,000 pixels");
		assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("file");
	}

	@Test
	void accepts5000By5000() throws Exception {
		MockHttpServletResponse response = upload(product(), TestImages.blankPng(5000, 5000));

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
	}

	@Test
	void aThirdConcurrentUploadIsAnswered503WithRetryAfterAtOnce() throws Exception {
		long product = product();
		// Two uploads in progress: the test holds their permits.
		this.images.permits().acquire(2);
		try {
			long started = System.nanoTime();
			MockHttpServletResponse response = upload(product, TestImages.png(40, 30));
			long millis = (System.nanoTime() - started) / 1_000_000;

			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("2");
			assertThat((String) JsonPath.read(response.getContentAsString(), "$.type")).endsWith("/problems/busy");
			assertThat(millis).as("answered without waiting").isLessThan(2_000);

			MockHttpSession session = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);
			MockHttpServletResponse page = this.mvc
				.perform(post("/products/{id}/image", product).session(session)
					.with(SignIn.anonymous())
					.with(csrf())
					.with(TestImages.upload("file", "photo.png", TestImages.png(40, 30))))
				.andReturn()
				.getResponse();
			assertThat(page.getStatus()).isEqualTo(503);
			assertThat(page.getHeader("Retry-After")).isEqualTo("2");
			assertThat(page.getContentAsString()).contains("id=\"file-error\"")
				.contains("Other images are being processed");
		}
		finally {
			this.images.permits().release(2);
		}
		assertThat(upload(product, TestImages.png(40, 30)).getStatus()).isEqualTo(200);
	}

	@Test
	void theUploadPageShowsThePixelLimitBesideTheField() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		MockHttpServletResponse page = this.mvc
			.perform(post("/products/{id}/image", product()).session(session)
				.with(SignIn.anonymous())
				.with(csrf())
				.with(TestImages.upload("file", "bomb.png", TestImages.blankPng(6000, 6000))))
			.andReturn()
			.getResponse();

		assertThat(page.getStatus()).isEqualTo(422);
		assertThat(page.getContentAsString()).contains("id=\"file-error\"").contains("at most 25,000,000 pixels");
	}

	private MockHttpServletResponse upload(long product, byte[] file) throws Exception {
		return this.mvc
			.perform(put("/api/v1/products/{id}/image", product).with(TestImages.upload("file", "image.png", file)))
			.andReturn()
			.getResponse();
	}

	private long product() throws Exception {
		String sku = "IMG-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36);
		String body = this.mvc
			.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"%s\", \"name\": \"Image limits\"}".formatted(sku)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
