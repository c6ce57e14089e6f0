package dev.stockroom.platform.access;

import java.util.List;

import org.springframework.http.HttpMethod;

import dev.stockroom.platform.api.ApiController;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The permission matrix's rows for one module's endpoints, contributed as a bean (as
 * {@code CacheDefinition} and {@code DeploymentCheck} are), so that the module which maps
 * a URL also says who may call it, and identity, which assembles and enforces the matrix,
 * knows no other module's URLs.
 */
@FunctionalInterface
public interface EndpointRules {

	/**
	 * @return the rows, at most one per method and pattern across all contributions
	 */
	List<EndpointRule> rules();

	/**
	 * @return the live-update destinations this module publishes to, and who may
	 * subscribe to each; none by default
	 */
	default List<SubscriptionRule> subscriptions() {
		return List.of();
	}

	/**
	 * @param method the HTTP method
	 * @param path the path below {@code /api/v1}, e.g. {@code /products/{id}}
	 * @param requirement what the caller needs
	 * @return the row of an API endpoint served in every profile
	 */
	static EndpointRule api(HttpMethod method, String path, AccessRequirement requirement) {
		return new EndpointRule(method, ApiController.V1 + path, requirement, EndpointRule.Availability.ALWAYS);
	}

	/**
	 * @param method the HTTP method
	 * @param path the page's path, e.g. {@code /stock/levels}
	 * @param requirement what the caller needs
	 * @return the row of a page served in every profile
	 */
	static EndpointRule page(HttpMethod method, String path, AccessRequirement requirement) {
		return new EndpointRule(method, path, requirement, EndpointRule.Availability.ALWAYS);
	}

	/**
	 * The five rows every resource of the API has: list, read, create, update, delete.
	 * @param resource the collection's path below {@code /api/v1}, e.g. {@code /products}
	 * @param view the permission to list and read
	 * @param add the permission to create
	 * @param change the permission to update
	 * @param delete the permission to delete
	 * @return the rows
	 */
	static List<EndpointRule> crudApi(String resource, PermissionCode view, PermissionCode add, PermissionCode change,
			PermissionCode delete) {
		return List.of(api(GET, resource, AccessRequirement.permission(view)),
				api(GET, resource + "/{id}", AccessRequirement.permission(view)),
				api(POST, resource, AccessRequirement.permission(add)),
				api(PUT, resource + "/{id}", AccessRequirement.permission(change)),
				api(DELETE, resource + "/{id}", AccessRequirement.permission(delete)));
	}

}
