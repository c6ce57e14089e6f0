package dev.stockroom.catalog.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.catalog.CatalogApi;
import dev.stockroom.catalog.ProductImageService;
import dev.stockroom.platform.media.MediaStorage;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Product images through the API and the upload page, and how stored media are served.
 */
@IntegrationTest
class ProductImageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaStorage storage;

	@Autowired
	ProductImageService images;

	@Test
	void storesAReencodedImageAndThumbnailUnderGeneratedNames() throws Exception {
		long product = product();

		String body = upload(product, "../evil.png", TestImages.png(400, 300)).getContentAsString();

		String imageUrl = JsonPath.read(body, "$.imageUrl");
		String thumbnailUrl = JsonPath.read(body, "$.thumbnailUrl");
		assertThat(imageUrl).matches("/media/[0-9a-f-]{36}\\.png").doesNotContain("evil");
		assertThat(thumbnailUrl).matches("/media/[0-9a-f-]{36}\\.png").isNotEqualTo(imageUrl);
		assertThat(decode(media(imageUrl).getContentAsByteArray()).getWidth()).isEqualTo(400);
		assertThat(decode(media(thumbnailUrl).getContentAsByteArray()).getWidth()).isEqualTo(200);
	}

	@Test
	void servesMediaWithHeadersThatKeepThemInert() throws Exception {
		String imageUrl = JsonPath.read(upload(product(), "p.png", TestImages.png(20, 20)).getContentAsString(),
				"$.imageUrl");
		String key = imageUrl.substring("/media/".length());

		MockHttpServletResponse response = media(imageUrl);

		assertThat(response.getContentType()).isEqualTo("image/png");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("inline; filename=\"" + key + "\"");
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
		assertThat(response.getHeaders("Cache-Control")).containsExactly("max-age=31536000, private, immutable");
	}

	@Test
	void storesNoByteOfWhatAPolyglotCarriedAfterItsImage() throws Exception {
		byte[] polyglot = concat(TestImages.png(10, 10),
				"<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));

		String body = upload(product(), "cat.png", polyglot).getContentAsString();

		for (String url : new String[] { JsonPath.read(body, "$.imageUrl"), JsonPath.read(body, "$.thumbnailUrl") }) {
			byte[] stored = this.storage.get(url.substring("/media/".length())).orElseThrow().content();
			assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("<script")
				.doesNotContain("<html");
		}
	}

	@Test
	void refusesWhatIsNoImageBesideTheFileField() throws Exception {
		long product = product();

		MockHttpServletResponse response = this.mvc
			.perform(put("/api/v1/products/{id}/image", product)
				.with(TestImages.upload("file", "page.png", "<html>hi</html>".getBytes(StandardCharsets.UTF_8))))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(response.getContentAsString(), "$.errors[0].field")).isEqualTo("file");
	}

	@Test
	void refusesAFileOverFiveMegabytes() throws Exception {
		byte[] large = Arrays.copyOf(TestImages.png(10, 10), 5 * 1024 * 1024 + 1);

		MockHttpServletResponse response = this.mvc
			.perform(put("/api/v1/products/{id}/image", product()).with(TestImages.upload("file", "big.png", large)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("larger than 5 MB");
	}

	@Test
	void answers404ForAnUnknownProductOrKey() throws Exception {
		this.mvc
			.perform(put("/api/v1/products/{id}/image", Long.MAX_VALUE)
				.with(TestImages.upload("file", "p.png", TestImages.png(5, 5))))
			.andExpect(status().isNotFound());
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);
		this.mvc
			.perform(get("/media/0b9c2f1e-1111-2222-3333-444455556666.png").session(session).with(SignIn.anonymous()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/media/evil.html").session(session).with(SignIn.anonymous()))
			.andExpect(status().isNotFound());
	}

	@Test
	void deletingTheImageRemovesItsFiles() throws Exception {
		long product = product();
		String imageUrl = JsonPath.read(upload(product, "p.png", TestImages.png(20, 20)).getContentAsString(),
				"$.imageUrl");

		this.mvc.perform(delete("/api/v1/products/{id}/image", product)).andExpect(status().isNoContent());

		assertThat(this.storage.get(imageUrl.substring("/media/".length()))).isEmpty();
	}

	@Test
	void mediaNeedASignedInUser() throws Exception {
		String imageUrl = JsonPath.read(upload(product(), "p.png", TestImages.png(20, 20)).getContentAsString(),
				"$.imageUrl");

		this.mvc.perform(get(imageUrl).with(SignIn.anonymous())).andExpect(status().is3xxRedirection());
	}

	@Test
	void theUploadPageHasAMultipartFormWithALabelledFileField() throws Exception {
		long product = product();
		MockHttpSession session = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		String page = this.mvc.perform(get("/products/{id}/image", product).session(session).with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("enctype=\"multipart/form-data\"")
			.contains("<label for=\"file\">")
			.contains("type=\"file\" id=\"file\" name=\"file\"");
	}

	@Test
	void theUploadPageStoresTheImageAndGoesBackToTheProduct() throws Exception {
		long product = product();
		MockHttpSession session = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		this.mvc
			.perform(post("/products/{id}/image", product).session(session)
				.with(SignIn.anonymous())
				.with(csrf())
				.with(TestImages.upload("file", "photo.png", TestImages.png(30, 30))))
			.andExpect(redirectedUrl("/products/" + product))
			.andExpect(flash().attribute("flash", "The image was uploaded."));

		String api = this.mvc.perform(get("/api/v1/products/{id}", product))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).isNotEmpty();
	}

	@Test
	void theUploadPageShowsARefusalBesideTheField() throws Exception {
		long product = product();
		MockHttpSession session = PageSignIn.as(this.mvc, "manager", PageSignIn.DEMO_PASSWORD);

		String page = this.mvc
			.perform(post("/products/{id}/image", product).session(session)
				.with(SignIn.anonymous())
				.with(csrf())
				.with(TestImages.upload("file", "notes.png", "just text".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"file-error\"").contains("not a PNG, JPEG, GIF or WebP image");
		// The hint under the field lists the formats the error names.
		assertThat(page).contains("id=\"file-hint\">PNG, JPEG, GIF or WebP, at most");
	}

	@Test
	void aViewerMayNotUpload() throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);

		this.mvc.perform(get("/products/{id}/image", product()).session(session).with(SignIn.anonymous()))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletResponse upload(long product, String filename, byte[] content) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(put("/api/v1/products/{id}/image", product).with(TestImages.upload("file", filename, content)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response;
	}

	private MockHttpServletResponse media(String url) throws Exception {
		MockHttpSession session = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);
		MockHttpServletResponse response = this.mvc.perform(get(url).session(session).with(SignIn.anonymous()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	private long product() throws Exception {
		return new CatalogApi(this.mvc).createProduct("IMG-" + CatalogApi.unique(), "Pictured", null);
	}

	private static BufferedImage decode(byte[] bytes) throws Exception {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
