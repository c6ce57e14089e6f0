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
 * Which storage the configuration chooses. The S3 storage is proven here by its
 * configuration only: no S3 can be reached from the test machines, and a mock of the SDK
 * would prove nothing about S3.
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

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MediaProperties.class)
	@Import(MediaConfiguration.class)
	static class Media {

	}

}
