package dev.stockroom.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API documents itself, as a manual: the OpenAPI document lists every resource and
 * states the sort allow-lists; every operation has a tag named for its resource, a
 * summary, a description and an id made of a verb and the resource; every request body
 * has an example; and every status it can answer is documented, each error as an
 * {@code application/problem+json} problem.
 */
@IntegrationTest
class OpenApiIntegrationTests {

	// Verb, then resource: listProducts, getProduct, createMovement, setProductImage.
	private static final Pattern OPERATION_ID = Pattern.compile(
			"(list|get|create|update|delete|set|revoke|refresh|mark|start|place|cancel|receive|confirm|ship)[A-Z][A-Za-z]*");

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	private static final String PROBLEM_JSON = "application/problem+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void openApiDocumentListsTheVersionedResources() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/products']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/products/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/categories']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/suppliers']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/warehouses']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/stock/levels'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/stock/movements'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/stock/movements'].put").doesNotExist())
			.andExpect(jsonPath("$.paths['/api/v1/products'].get.description",
					containsString("Sort by: sku, name, price")));
	}

	@Test
	void theDocumentNamesBothWaysToSignInAndIsServedWithoutCredentials() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(SignIn.anonymous()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.name").value("Authorization"))
			.andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/account/tokens'].post").exists());
	}

	@Test
	void swaggerUiIsServed() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void everyOperationHasAResourceTagASummaryADescriptionAndAnIdOfVerbAndResource() throws Exception {
		JsonNode document = document();
		Set<String> tags = new HashSet<>();
		document.get("tags").forEach((tag) -> {
			assertThat(tag.path("description").asString()).as("description of tag " + tag.get("name")).isNotBlank();
			tags.add(tag.get("name").asString());
		});
		assertThat(tags).contains("Products", "Categories", "Suppliers", "Warehouses", "Stock levels",
				"Stock movements", "Authentication", "API tokens");
		Set<String> ids = new HashSet<>();
		List<String> problems = new ArrayList<>();
		forEachOperation(document, (name, operation) -> {
			String id = operation.path("operationId").asString();
			if (!OPERATION_ID.matcher(id).matches()) {
				problems.add(name + ": operation id '" + id + "' is not a verb followed by a resource");
			}
			if (!ids.add(id)) {
				problems.add(name + ": operation id '" + id + "' is not unique");
			}
			if (operation.path("summary").asString().isBlank()) {
				problems.add(name + ": no summary");
			}
			if (operation.path("description").asString().isBlank()) {
				problems.add(name + ": no description");
			}
			JsonNode operationTags = operation.path("tags");
			if (operationTags.size() != 1 || !tags.contains(operationTags.get(0).asString())) {
				problems.add(name + ": tags " + operationTags + " are not one of the document's tags");
			}
		});
		assertThat(problems).isEmpty();
		assertThat(ids).contains("listProducts", "getProduct", "createProduct", "updateProduct", "deleteProduct",
				"listMovements", "createMovement", "listStockLevels");
	}

	@Test
	void everyOperationDocumentsItsErrorsAsProblems() throws Exception {
		JsonNode document = document();
		assertThat(document.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "instance", "errors");
		List<String> problems = new ArrayList<>();
		forEachOperation(document, (name, operation) -> {
			JsonNode responses = operation.get("responses");
			List<String> statuses = new ArrayList<>(responses.propertyNames());
			if (statuses.stream().noneMatch((status) -> status.startsWith("4"))) {
				problems.add(name + ": no 4xx error documented");
			}
			for (String status : statuses) {
				JsonNode content = responses.get(status).path("content");
				if (status.startsWith("4") || status.startsWith("5")) {
					if (!content.path(PROBLEM_JSON).path("schema").path("$ref").asString().endsWith("/Problem")
							|| content.size() != 1) {
						problems.add(name + " " + status + ": not documented as " + PROBLEM_JSON);
					}
					if (!responses.get(status).path("description").asString().contains("`")) {
						problems.add(name + " " + status + ": names no problem type");
					}
				}
				if (content.has("*/*")) {
					problems.add(name + " " + status + ": documented as */*");
				}
			}
			boolean secured = !operation.has("security") || !operation.get("security").isEmpty();
			List<String> expected = new ArrayList<>(List.of("429", "503"));
			if (secured) {
				expected.addAll(List.of("401", "403"));
			}
			if (name.contains("{")) {
				expected.add("404");
			}
			if (operation.has("requestBody")) {
				expected.addAll(List.of("400", "413", "415"));
				JsonNode body = operation.at("/requestBody/content/application~1json");
				if (!body.isMissingNode() && !hasExample(document, body)) {
					problems.add(name + ": the request body has no example");
				}
			}
			for (String status : expected) {
				if (!responses.has(status)) {
					problems.add(name + ": no " + status + " documented");
				}
			}
			for (String status : List.of("429", "503")) {
				if (!responses.path(status).path("headers").has("Retry-After")) {
					problems.add(name + " " + status + ": no Retry-After");
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void createsAnswer201WithLocationDeletes204AndListsOfferCsv() throws Exception {
		JsonNode paths = document().get("paths");
		JsonNode movementPost = paths.at("/~1api~1v1~1stock~1movements/post/responses");
		assertThat(movementPost.propertyNames()).contains("201").doesNotContain("200");
		assertThat(movementPost.at("/201/headers/Location").isMissingNode()).isFalse();
		assertThat(movementPost.at("/201/content/application~1json/schema/$ref").asString())
			.endsWith("/MovementResult");
		assertThat(movementPost.at("/409/description").asString()).contains("`insufficient-stock`");
		assertThat(movementPost.at("/422/description").asString()).contains("`idempotency-key-reused`");
		assertThat(paths.at("/~1api~1v1~1stock~1movements/post/requestBody/content/application~1json/examples")
			.propertyNames()).containsExactly("RECEIPT", "ISSUE", "TRANSFER", "ADJUSTMENT", "COUNT");
		for (String resource : List.of("products", "categories", "suppliers", "warehouses")) {
			JsonNode create = paths.at("/~1api~1v1~1" + resource + "/post/responses");
			assertThat(create.propertyNames()).as(resource).contains("201").doesNotContain("200");
			assertThat(create.at("/201/headers/Location").isMissingNode()).as(resource).isFalse();
			assertThat(create.at("/201/content/application~1json/schema/$ref").asString()).as(resource).isNotBlank();
			JsonNode delete = paths.at("/~1api~1v1~1" + resource + "~1{id}/delete/responses");
			assertThat(delete.propertyNames()).as(resource).contains("204").doesNotContain("200");
			JsonNode list = paths.at("/~1api~1v1~1" + resource + "/get/responses/200/content");
			assertThat(list.propertyNames()).as(resource).containsExactlyInAnyOrder("application/json", "text/csv");
		}
		assertThat(paths.at("/~1api~1v1~1auth~1token/post/security").isEmpty()).isTrue();
		assertThat(paths.at("/~1api~1v1~1auth~1token/post/responses/401/description").asString())
			.contains("`unauthenticated`");
	}

	private static boolean hasExample(JsonNode document, JsonNode body) {
		if (body.has("examples")) {
			return true;
		}
		String ref = body.path("schema").path("$ref").asString();
		JsonNode schema = ref.isEmpty() ? body.path("schema") : document.at(ref.substring(1));
		return schema.has("example");
	}

	private JsonNode document() throws Exception {
		return this.json.readTree(this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> check) {
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (METHODS.contains(operation.getKey())) {
					check.accept(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
							operation.getValue());
				}
			}
		}
	}

}
