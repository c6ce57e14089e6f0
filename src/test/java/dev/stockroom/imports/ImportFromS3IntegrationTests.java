package dev.stockroom.imports;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.S3IntegrationTest;
import dev.stockroom.support.S3Server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import whose file lives in S3 (the run's S3-compatible server), as in production,
 * where the instance that received the upload and the worker that loads it share nothing
 * but the bucket: stored there on upload, read from there by the job, deleted from there
 * by the retention.
 */
@S3IntegrationTest
class ImportFromS3IntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportStore store;

	@Autowired
	ImportFileCleanup cleanup;

	@Test
	void anImportIsStoredInTheBucketAndReadFromIt() throws Exception {
		String sku = StockFixtures.unique("S3");
		byte[] csv = ("sku,name,price\n" + sku + ",Stored in S3,4.20\n").getBytes(StandardCharsets.UTF_8);
		String body = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "s3.csv", "text/csv", csv))
				.param("kind", "products"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String key = this.store.find(id).orElseThrow().fileKey();
		assertThat(S3Server.shared().keys(S3Server.MEDIA_BUCKET)).contains(key);

		this.mvc.perform(post("/api/v1/imports/{id}/confirm", id)).andExpect(status().isAccepted());
		this.runner.run(id);

		assertThat(this.store.find(id).orElseThrow().status()).isEqualTo(ImportStatus.DONE);
		assertThat(
				this.jdbc.sql("SELECT name FROM products WHERE sku = upper(?)").param(sku).query(String.class).single())
			.isEqualTo("Stored in S3");

		this.jdbc.sql("UPDATE imports SET created_at = now() - interval '8 days' WHERE id = ?").param(id).update();
		this.cleanup.deleteOldFilesNow();
		assertThat(S3Server.shared().keys(S3Server.MEDIA_BUCKET)).doesNotContain(key);
	}

}
