package dev.stockroom.platform.media;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which storage the configuration chooses, and the S3 settings it refuses. What the S3
 * storage does is proven against a real S3-compatible server:
 * {@link S3MediaStorageIntegrationTests}, {@link S3MediaIntegrationTests}.
 */
class MediaConfigurationTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner contexts = new ApplicationContextRunner().withUserConfiguration(Media.class);

	@Test
	void storesInALocalDirectoryByDefault() {
		this.contexts.withPropertyValues("stockroom.media.directory=" + this.directory)
			.run((context) -> assertThat(context.getBean(MediaStorage.class)).isInstanceOfSatisfying(
					LocalMediaStorage.class, (local) -> assertThat(local.directory()).isEqualTo(this.directory)));
	}

	@Test
	void storesInTheConfiguredBucketWhenToldS3() {
		this.contexts
			.withPropertyValues("stockroom.media.storage=s3", "stockroom.media.s3.bucket=stockroom-media",
					"stockroom.media.s3.region=eu-central-1", "stockroom.media.s3.endpoint=http://127.0.0.1:9000")
			.run((context) -> assertThat(context.getBean(MediaStorage.class)).isInstanceOfSatisfying(
					S3MediaStorage.class, (s3) -> assertThat(s3.bucket()).isEqualTo("stockroom-media")));
	}

	@Test
	void refusesToStartWithS3ButNoBucket() {
		this.contexts.withPropertyValues("stockroom.media.storage=s3", "stockroom.media.s3.region=eu-central-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("stockroom.media.s3.bucket"));
	}

	@Test
	void refusesToStartWithAnAccessKeyButNoSecret() {
		this.contexts
			.withPropertyValues("stockroom.media.storage=s3", "stockroom.media.s3.bucket=stockroom-media",
					"stockroom.media.s3.region=eu-central-1", "stockroom.media.s3.access-key-id=AKIAEXAMPLE")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("STOCKROOM_MEDIA_SECRET_ACCESS_KEY"));
	}

	@Test
	void theSettingsNeverPrintTheSecret() {
		MediaProperties.S3 settings = new MediaProperties.S3("stockroom-media", null, null, "AKIAEXAMPLE",
				"the-secret");

		assertThat(settings.toString()).contains("AKIAEXAMPLE").doesNotContain("the-secret");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MediaProperties.class)
	@Import(MediaConfiguration.class)
	static class Media {

	}

}
