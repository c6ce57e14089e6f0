package dev.stockroom.platform.deploy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI document and Swagger UI map every endpoint for anyone who asks; springdoc
 * serves them unless told not to (the prod profile turns them off).
 */
@Component
class ApiDocsDeploymentCheck implements DeploymentCheck {

	@Override
	public List<Finding> check(Environment environment) {
		List<Finding> findings = new ArrayList<>();
		for (String setting : List.of("springdoc.api-docs.enabled", "springdoc.swagger-ui.enabled")) {
			if (environment.getProperty(setting, Boolean.class, true)) {
				findings.add(new Finding(setting, "the API documentation is served to anyone",
						"set it to false (the prod profile does)"));
			}
		}
		return findings;
	}

}
