package dev.stockroom.imports;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.stockroom.platform.access.AccessRequirement;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.EndpointRules;

import static dev.stockroom.platform.access.EndpointRules.api;
import static dev.stockroom.platform.access.EndpointRules.page;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Who may call the import endpoints. Starting an import, changing its mapping and
 * confirming it need the permission of its kind ({@link ImportKind#PERMISSIONS}: products
 * {@code product.add}, stock counts {@code stock.count}); the row lets in whoever may
 * import some kind, and the kind decides (as a movement's type does). Reading an import,
 * its progress and its errors needs only a signed-in user, because a user only ever sees
 * their own imports: anyone else's is a 404. The pages are for those who may import.
 */
@Component
class ImportEndpointRules implements EndpointRules {

	@Override
	public List<EndpointRule> rules() {
		AccessRequirement importer = ImportKind.PERMISSIONS;
		return List.of(api(POST, "/imports", importer), api(GET, "/imports", AccessRequirement.AUTHENTICATED),
				api(GET, "/imports/{id}", AccessRequirement.AUTHENTICATED), api(PUT, "/imports/{id}/mapping", importer),
				api(POST, "/imports/{id}/confirm", importer),
				api(GET, "/imports/{id}/errors", AccessRequirement.AUTHENTICATED), page(GET, "/imports", importer),
				page(POST, "/imports", importer), page(GET, "/imports/{id}", importer),
				page(POST, "/imports/{id}/mapping", importer), page(POST, "/imports/{id}/confirm", importer),
				page(GET, "/imports/{id}/errors.csv", importer));
	}

}
