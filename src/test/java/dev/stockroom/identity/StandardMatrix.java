package dev.stockroom.identity;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import dev.stockroom.platform.access.EndpointRules;

/**
 * The application's permission matrix without starting the application, for unit tests
 * and parameter sources: every module's {@link EndpointRules} component, found as
 * component scanning finds it and made with its no-argument constructor. A test of the
 * running application checks that this is the matrix it enforces.
 */
public final class StandardMatrix {

	private static final PermissionMatrix MATRIX = load();

	private StandardMatrix() {
	}

	/**
	 * @return the matrix of every module's contributed rows
	 */
	public static PermissionMatrix get() {
		return MATRIX;
	}

	private static PermissionMatrix load() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		scanner.addIncludeFilter(new AssignableTypeFilter(EndpointRules.class));
		List<EndpointRules> contributions = scanner.findCandidateComponents("dev.stockroom")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.filter((name) -> EndpointRules.class.isAssignableFrom(type(name)))
			.sorted(Comparator.naturalOrder())
			.map((name) -> (EndpointRules) BeanUtils.instantiateClass(type(name)))
			.toList();
		return PermissionMatrix.of(contributions);
	}

	private static Class<?> type(String name) {
		return ClassUtils.resolveClassName(name, StandardMatrix.class.getClassLoader());
	}

}
