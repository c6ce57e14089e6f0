package dev.stockroom.platform.media;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.platform.command.CheckDeployCommand;
import dev.stockroom.platform.deploy.DeploymentCheck.Finding;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.S3IntegrationTest;
import dev.stockroom.support.S3Server;
import dev.stockroom.support.SignIn;
import dev.stockroom.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application with {@code stockroom.media.storage=s3}, against the run's real
 * S3-compatible server: a product image uploaded through the API lands in the bucket (and
 * not on the instance's disk), {@code /media/{key}} serves it from there with its type,
 * deleting the image deletes its objects, and {@code check-deploy} finds the bucket.
 */
@S3IntegrationTest
class S3MediaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaStorage storage;

	@Autowired
	CheckDeployCommand checkDeploy;

	@Test
	void anUploadedImageIsStoredInTheBucketServedFromItAndDeletedFromIt() throws Exception {
		assertThat(this.storage).isInstanceOf(S3MediaStorage.class);
		long product = product();

		String body = this.mvc
			.perform(put("/api/v1/products/{id}/image", product)
				.with(TestImages.upload("file", "photo.png", TestImages.png(120, 80))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String imageUrl = JsonPath.read(body, "$.imageUrl");
		String imageKey = imageUrl.substring("/media/".length());
		String thumbnailKey = JsonPath.<String>read(body, "$.thumbnailUrl").substring("/media/".length());

		S3Server s3 = S3Server.shared();
		assertThat(s3.keys(S3Server.MEDIA_BUCKET)).contains(imageKey, thumbnailKey);
		assertThat(
				s3.client().headObject((request) -> request.bucket(S3Server.MEDIA_BUCKET).key(imageKey)).contentType())
			.isEqualTo("image/png");
		assertThat(Path.of("target/media", imageKey)).doesNotExist();
		byte[] inBucket = s3.client()
			.getObjectAsBytes((request) -> request.bucket(S3Server.MEDIA_BUCKET).key(imageKey))
			.asByteArray();

		MockHttpSession viewer = PageSignIn.as(this.mvc, "viewer", PageSignIn.DEMO_PASSWORD);
		MockHttpServletResponse served = this.mvc.perform(get(imageUrl).session(viewer).with(SignIn.anonymous()))
			.andReturn()
			.getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).isEqualTo("image/png");
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getContentAsByteArray()).isEqualTo(inBucket);
		assertThat(ImageIO.read(new ByteArrayInputStream(served.getContentAsByteArray())).getWidth()).isEqualTo(120);

		this.mvc.perform(delete("/api/v1/products/{id}/image", product)).andExpect(status().isNoContent());

		assertThat(s3.keys(S3Server.MEDIA_BUCKET)).doesNotContain(imageKey, thumbnailKey);
		this.mvc.perform(get(imageUrl).session(viewer).with(SignIn.anonymous())).andExpect(status().isNotFound());
	}

	@Test
	void checkDeployFindsTheBucket() {
		assertThat(this.checkDeploy.findings()).extracting(Finding::setting)
			.isNotEmpty()
			.doesNotContain("stockroom.media.s3.bucket");
	}

	private long product() throws Exception {
		String sku = "S3-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36);
		String body = this.mvc
			.perform(post("/api/v1/products").contentType(MediaType.APPLICATION_JSON)
				.content("{\"sku\": \"%s\", \"name\": \"Stored in S3\"}".formatted(sku)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
