package dev.stockroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * {@link IntegrationTest}'s application with its files in S3: the run's real
 * S3-compatible server ({@link S3Server#shared()}, started on first use), bucket
 * {@value S3Server#MEDIA_BUCKET}, as a production instance with
 * {@code stockroom.media.storage=s3} would store them. Every test class with this
 * annotation shares one context; {@link S3Server#client()} looks into the bucket.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, S3Server.MediaInitializer.class })
@Import(SignInConfiguration.class)
public @interface S3IntegrationTest {

}
