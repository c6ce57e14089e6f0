package dev.stockroom.platform.api;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.error.Problems;

/**
 * The OpenAPI document as a manual, for what every operation of a kind shares, so that no
 * controller repeats it: each error an operation can answer (a 400 where it takes input,
 * 401 and 403 where it needs a signed-in user, 404 where a path names an id, 413 and 415
 * where it takes a body, 429 and 503 everywhere), each as an
 * {@code application/problem+json} {@value #PROBLEM} naming its problem types; the
 * {@code 304} of every read (see {@link ApiResponseCaching}); and the CSV a list offers
 * beside its JSON. What one operation alone can answer its method states with
 * {@link ErrorResponse}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String FIELD_ERROR = "FieldError";

	private static final String SCHEMAS = "#/components/schemas/";

	@Bean
	GlobalOpenApiCustomizer problemSchemasAndTagOrder() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_ERROR, fieldError());
			// In name order, so the document reads the same from one start to the next.
			if (openApi.getTags() != null) {
				openApi.getTags().sort(Comparator.comparing(Tag::getName));
			}
		};
	}

	@Bean
	GlobalOperationCustomizer commonResponses() {
		return ApiDocumentation::document;
	}

	static Operation document(Operation operation, HandlerMethod handler) {
		Map<HttpStatus, Map<String, String>> errors = new TreeMap<>();
		boolean body = operation.getRequestBody() != null;
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		if (body) {
			error(errors, HttpStatus.BAD_REQUEST, "validation",
					"a field of the body is missing or invalid; errors[] names each field and its problem");
			error(errors, HttpStatus.BAD_REQUEST, "malformed-body",
					"the body is not JSON of the expected shape, or has a property the resource does not have");
		}
		if (parameters.stream().anyMatch((parameter) -> !"header".equals(parameter.getIn()))) {
			error(errors, HttpStatus.BAD_REQUEST, "validation",
					"a parameter is not a valid value of its type; errors[] names it");
		}
		if (parameters.stream().anyMatch((parameter) -> "sort".equals(parameter.getName()))) {
			error(errors, HttpStatus.BAD_REQUEST, "invalid-query",
					"sort names a field outside the allow-list in the description");
		}
		if (!isPublic(handler)) {
			error(errors, HttpStatus.UNAUTHORIZED, "unauthenticated",
					"no credentials, or a token that is expired, revoked or unknown");
			error(errors, HttpStatus.FORBIDDEN, "forbidden", "the signed-in user lacks the permission this needs");
		}
		if (parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
			error(errors, HttpStatus.NOT_FOUND, "not-found", "nothing has the id in the path");
		}
		if (body) {
			error(errors, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "the body is larger than the server accepts");
			error(errors, HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.typeOf(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
					"the body is not of the Content-Type the operation takes");
		}
		for (ErrorResponse declared : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
				ErrorResponse.class)) {
			error(errors, declared.status(), declared.type(), declared.when());
		}
		error(errors, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				"this client sent too many requests; Retry-After says when to send the next");
		error(errors, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
				"the database is out of reach for a moment; Retry-After says when to send it again");

		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		if (isGet(handler)) {
			responses.addApiResponse("304",
					new ApiResponse().description("Not modified: If-None-Match named the current ETag; no body"));
			if (offersCsv(handler) && responses.get("200") != null && responses.get("200").getContent() != null) {
				responses.get("200")
					.getContent()
					.addMediaType(CsvExport.TEXT_CSV, new io.swagger.v3.oas.models.media.MediaType()
						.schema(new StringSchema().description("Every row the filters select, with a header row")));
			}
		}
		errors.forEach((status, types) -> responses.addApiResponse(Integer.toString(status.value()),
				problemResponse(status, types, responses.get(Integer.toString(status.value())))));
		operation.setResponses(sorted(responses));
		return operation;
	}

	private static void error(Map<HttpStatus, Map<String, String>> errors, HttpStatus status, String type,
			String when) {
		errors.computeIfAbsent(status, (key) -> new LinkedHashMap<>())
			.merge(type, when, (first, second) -> first + "; or " + second);
	}

	/*
	 * A declared response (an @ApiResponse with this status) keeps its words, which come
	 * first; the problem types follow, and the body is always a problem.
	 */
	private static ApiResponse problemResponse(HttpStatus status, Map<String, String> types, ApiResponse declared) {
		String intro = (declared != null && declared.getDescription() != null && !declared.getDescription().isBlank())
				? declared.getDescription() : status.getReasonPhrase();
		String description = intro + ". Problem types:\n\n"
				+ types.entrySet()
					.stream()
					.map((type) -> "- `" + type.getKey() + "`: " + type.getValue())
					.collect(Collectors.joining("\n"));
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(SCHEMAS + PROBLEM))));
		if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.addHeaderObject(HttpHeaders.RETRY_AFTER,
					new Header().description("Seconds to wait before sending the request again")
						.schema(new IntegerSchema()));
		}
		if (status == HttpStatus.UNAUTHORIZED) {
			response.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE,
					new Header().description("How to sign in: Bearer (a JWT) or Token (an API token)")
						.schema(new StringSchema()));
		}
		return response;
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		return sorted;
	}

	// Public operations say so with an empty @SecurityRequirements (the document's
	// "security: []"); everything else needs a signed-in user.
	private static boolean isPublic(HandlerMethod handler) {
		SecurityRequirements requirements = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
				SecurityRequirements.class);
		return requirements != null && requirements.value().length == 0;
	}

	private static boolean isGet(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.GET);
	}

	// A list whose controller has a GET of the same path producing text/csv
	// (documented here, so that one hidden method need not be an operation of its own).
	private static boolean offersCsv(HandlerMethod handler) {
		String[] path = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class).path();
		for (Method method : ClassUtils.getUserClass(handler.getBeanType()).getDeclaredMethods()) {
			GetMapping get = AnnotatedElementUtils.findMergedAnnotation(method, GetMapping.class);
			if (get != null && Arrays.equals(get.path(), path)
					&& Arrays.asList(get.produces()).contains(CsvExport.TEXT_CSV)) {
				return true;
			}
		}
		return false;
	}

	private static Schema<?> problem() {
		return new ObjectSchema()
			.description("An RFC 9457 problem detail, the body of every error the API answers with")
			.addProperty("type",
					new StringSchema().format("uri")
						.description("What kind of problem: " + Problems.TYPE_BASE
								+ " and a slug; each response lists the slugs it can carry")
						.example(Problems.TYPE_BASE + "validation"))
			.addProperty("title",
					new StringSchema().description("A short summary, the same for every problem of its type")
						.example("Validation failed"))
			.addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
			.addProperty("detail",
					new StringSchema().description("What went wrong this time, in words a client may show")
						.example("sku: must not be blank"))
			.addProperty("instance",
					new StringSchema().format("uri").description("The request's path").example("/api/v1/products"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref(SCHEMAS + FIELD_ERROR))
						.description("Validation problems only: each invalid field or parameter"))
			.required(List.of("type", "title", "status"));
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema().description("One invalid field or parameter and what is wrong with it")
			.addProperty("field", new StringSchema().example("sku"))
			.addProperty("message", new StringSchema().example("must not be blank"))
			.required(List.of("field", "message"));
	}

}
