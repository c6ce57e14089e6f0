package dev.stockroom.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a REST controller of the versioned API: its paths start with {@code /api/v1} and
 * its errors are answered as problem details by the API's exception handler (pages get
 * error pages). The version lives in one place, so {@code /api/v2} would be a second
 * annotation, not a search and replace.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
public @interface ApiController {

	/** The API version every controller with this annotation serves. */
	String V1 = "/api/v1";

	/**
	 * The controller's paths, already under {@code /api/v1}.
	 * @return the mapped paths
	 */
	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String[] value() default {};

}
