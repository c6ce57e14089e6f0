package dev.stockroom.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An {@link IntegrationTest} driven through real headless Chromium: the whole application
 * on its random port, and a {@link Browser} that a test method (or a {@code @BeforeEach})
 * takes as a parameter. One browser serves the whole test class (it takes a second or two
 * to start) and is quit after it; every test starts with no cookies, so signed out, and
 * leaves a screenshot in {@code target/screenshots/<TestClass>-<test>.png}, passed or
 * failed.
 *
 * <p>
 * Name such classes {@code *BrowserIntegrationTests}, so that Failsafe runs them with the
 * other integration tests. Where no browser can be started the tests fail, with a message
 * that says what to install; they are never skipped (see {@link Browser#start}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
