package dev.stockroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.test.context.ContextConfiguration;

/**
 * A JPA slice (repositories, entities, Flyway) on the run's real PostgreSQL database
 * instead of the embedded stand-in Spring would pick; each test runs in a transaction
 * that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(RepositoryTest.Auditing.class)
public @interface RepositoryTest {

	/**
	 * The slice leaves out configuration classes, so the auditing the entities need is
	 * switched on here.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableJpaAuditing
	class Auditing {

	}

}
