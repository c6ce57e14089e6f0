package dev.stockroom.catalog.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.stockroom.catalog.CategoryRequest;
import dev.stockroom.catalog.CategoryResponse;
import dev.stockroom.catalog.CategoryService;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;
import dev.stockroom.platform.api.HttpCaching;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.csv.CsvExport;

import static dev.stockroom.platform.csv.CsvExport.column;

/** {@code /api/v1/categories}. */
@ApiController("/categories")
@Tag(name = "Categories",
		description = "The catalog's categories, a tree: each may have a parent. A product belongs to at most one; "
				+ "the products list's category filter includes the sub-categories.")
class CategoryApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by("name"), "name", "name", "createdAt", "createdAt",
			"updatedAt", "updatedAt");

	static final CsvExport<CategoryResponse> CSV = CsvExport.of(column("id", CategoryResponse::id),
			column("name", CategoryResponse::name), column("description", CategoryResponse::description),
			column("parentId", CategoryResponse::parentId), column("createdAt", CategoryResponse::createdAt),
			column("updatedAt", CategoryResponse::updatedAt));

	private final CategoryService categories;

	CategoryApiController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping
	@Operation(operationId = "listCategories", summary = "List categories",
			description = "Filters: parent (direct children of a category), q (name). Sort by: name, createdAt, updatedAt. With Accept: text/csv, every row the filters select, as CSV (page and size ignored).")
	PagedModel<CategoryResponse> list(@RequestParam(required = false) Long parent,
			@RequestParam(required = false) @Size(max = 100) String q, @ParameterObject @Parameter(
					description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.categories.list(parent, q, SORT.apply(pageable)));
	}

	// Accept: text/csv. The same filters as the JSON list, every row they select;
	// documented as the list's second media type (ApiDocumentation), not on its own.
	@GetMapping(produces = CsvExport.TEXT_CSV)
	@Operation(hidden = true)
	void listCsv(@RequestParam(required = false) Long parent, @RequestParam(required = false) @Size(max = 100) String q,
			@ParameterObject @Parameter(
					description = "sort=field,asc|desc; page and size are ignored: every row comes back") Pageable pageable,
			HttpServletResponse response) throws IOException {
		CSV.write(response, "categories.csv", SORT.apply(pageable).getSort(),
				(page) -> this.categories.list(parent, q, page));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getCategory", summary = "Get a category",
			description = "Answers with an ETag made from the category's version: send it back in If-None-Match and an unchanged category answers 304 without a body.")
	ResponseEntity<CategoryResponse> get(@PathVariable long id) {
		CategoryResponse category = this.categories.get(id);
		return HttpCaching.versioned(category, category.id(), category.version(), category.updatedAt());
	}

	@PostMapping
	@Operation(operationId = "createCategory", summary = "Create a category",
			description = "parentId, when given, must name an existing category.")
	@ApiResponse(responseCode = "201", description = "Created: the category as stored",
			headers = @Header(name = "Location", description = "The new category's URL",
					schema = @Schema(type = "string", format = "uri")))
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "parentId names no category")
	ResponseEntity<CategoryResponse> create(@Valid @RequestBody CategoryRequest request) {
		CategoryResponse created = this.categories.create(request);
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateCategory", summary = "Update a category",
			description = "Replaces every field. The body carries the version that was read; if someone changed it since, the answer is a 409 and nothing changes.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "stale-version",
			when = "the category changed since the version in the body was read")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "category-cycle",
			when = "parentId is the category itself or one of its sub-categories")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "parentId names no category")
	CategoryResponse update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody CategoryRequest request) {
		return this.categories.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteCategory", summary = "Delete a category",
			description = "Only a category without products; its sub-categories move up to its parent.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "category-in-use",
			when = "products still belong to the category")
	void delete(@PathVariable long id) {
		this.categories.delete(id);
	}

}
