package dev.stockroom.catalog.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import dev.stockroom.catalog.ProductFilter;
import dev.stockroom.catalog.ProductImageService;
import dev.stockroom.catalog.ProductRequest;
import dev.stockroom.catalog.ProductResponse;
import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierOfferRequest;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;
import dev.stockroom.platform.api.HttpCaching;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.csv.CsvExport;

import static dev.stockroom.platform.csv.CsvExport.column;

/**
 * {@code /api/v1/products}: the REST counterpart of a DRF ModelViewSet, written out as
 * one controller method per action so each reads on its own.
 */
@ApiController("/products")
@Tag(name = "Products",
		description = "The catalog's products: SKU, name, unit, cost and price, reorder point "
				+ "and quantity, category and tags; with each product its image, shipping dimensions and what each "
				+ "supplier offers for it. On-hand quantities are under Stock levels.")
class ProductApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by("sku"), "sku", "sku", "name", "name", "price", "price",
			"cost", "cost", "reorderPoint", "reorderPoint", "createdAt", "createdAt", "updatedAt", "updatedAt");

	static final CsvExport<ProductResponse> CSV = ProductCsvExport.FIELDS.and(
			column("tags", (product) -> String.join(" ", product.tags())),
			column("createdAt", ProductResponse::createdAt), column("updatedAt", ProductResponse::updatedAt));

	private final ProductService products;

	private final SupplierService suppliers;

	private final ProductImageService images;

	ProductApiController(ProductService products, SupplierService suppliers, ProductImageService images) {
		this.products = products;
		this.suppliers = suppliers;
		this.images = images;
	}

	@GetMapping
	@Operation(operationId = "listProducts", summary = "List products",
			description = "Filters: category (id, sub-categories included), active, q (SKU or name). "
					+ "Sort by: sku, name, price, cost, reorderPoint, createdAt, updatedAt. At most 100 a page. With Accept: text/csv, every row the filters select, as CSV (page and size ignored).")
	PagedModel<ProductResponse> list(@ParameterObject @Valid ProductFilter filter, @ParameterObject @Parameter(
			description = "page from 0, size up to 100, sort=field,asc|desc") Pageable pageable) {
		return new PagedModel<>(this.products.list(filter, SORT.apply(pageable)));
	}

	// Accept: text/csv. The same filters as the JSON list, every row they select;
	// documented as the list's second media type (ApiDocumentation), not on its own.
	@GetMapping(produces = CsvExport.TEXT_CSV)
	@Operation(hidden = true)
	void listCsv(@ParameterObject @Valid ProductFilter filter, @ParameterObject @Parameter(
			description = "sort=field,asc|desc; page and size are ignored: every row comes back") Pageable pageable,
			HttpServletResponse response) throws IOException {
		CSV.write(response, "products.csv", SORT.apply(pageable).getSort(), (page) -> this.products.list(filter, page));
	}

	// From the cache (product-detail); validated by the version, so a client that has
	// this version gets a 304 without a body.
	@GetMapping("/{id}")
	@Operation(operationId = "getProduct", summary = "Get a product",
			description = "Answers with an ETag made from the product's version (and what is on order of it): "
					+ "send it back in If-None-Match and an unchanged product answers 304 without a body. onOrder is "
					+ "what placed purchase orders will still bring, over every warehouse.")
	ResponseEntity<ProductResponse> get(@PathVariable long id) {
		ProductResponse product = this.products.get(id);
		if (product.onOrder() == null || product.onOrder() == 0) {
			return HttpCaching.versioned(product, product.id(), product.version(), product.updatedAt());
		}
		// What is on order is in the answer but changes without the product's version:
		// the
		// ETag names it too, and no Last-Modified would vouch for it.
		return ResponseEntity.ok()
			.eTag(HttpCaching.etag(product.id(), product.version()).replaceFirst("\"$", "-" + product.onOrder() + "\""))
			.cacheControl(HttpCaching.PRIVATE_REVALIDATED)
			.body(product);
	}

	@PostMapping
	@Operation(operationId = "createProduct", summary = "Create a product",
			description = "The SKU must be unique; categoryId, when given, must name an existing category.")
	@ApiResponse(responseCode = "201", description = "Created: the product as stored",
			headers = @Header(name = "Location", description = "The new product's URL",
					schema = @Schema(type = "string", format = "uri")))
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-sku", when = "another product has the SKU")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "categoryId names no category")
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
		ProductResponse created = this.products.create(request);
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateProduct", summary = "Update a product",
			description = "Replaces every field. The body carries the version that was read; "
					+ "if someone changed the product since, the answer is a 409 and nothing changes.")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "stale-version",
			when = "the product changed since the version in the body was read")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "duplicate-sku", when = "another product has the SKU")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "unknown-reference",
			when = "categoryId names no category")
	ProductResponse update(@PathVariable long id, @Validated(OnUpdate.class) @RequestBody ProductRequest request) {
		return this.products.update(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteProduct", summary = "Delete a product",
			description = "A product with stock or movement history cannot be deleted: deactivate it "
					+ "instead (active=false in an update).")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "product-in-use",
			when = "the product has stock or movements in the ledger")
	void delete(@PathVariable long id) {
		this.products.delete(id);
	}

	@GetMapping("/{id}/dimensions")
	@Operation(operationId = "getProductDimensions", summary = "Get a product's shipping dimensions",
			description = "Answers 404 until they are recorded.")
	ProductDimensionsResponse dimensions(@PathVariable long id) {
		return this.products.dimensions(id);
	}

	@PutMapping("/{id}/dimensions")
	@Operation(operationId = "setProductDimensions", summary = "Record a product's shipping dimensions",
			description = "Creates or replaces them.")
	ProductDimensionsResponse measure(@PathVariable long id, @Valid @RequestBody ProductDimensionsRequest request) {
		return this.products.measure(id, request);
	}

	@PutMapping(path = "/{id}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "setProductImage", summary = "Upload a product's image",
			description = "Multipart, the file in the field \"file\"; it replaces any earlier image. PNG, JPEG or GIF (WebP where the server can read it), at most 5 MB and 6000 × 6000 pixels. "
					+ "The image is re-encoded (metadata dropped) and a 200 px wide thumbnail made; "
					+ "the answer says where both are served. The file's name is ignored.")
	@ErrorResponse(status = HttpStatus.UNPROCESSABLE_CONTENT, type = "image-too-large",
			when = "the image has more pixels than allowed")
	@ErrorResponse(status = HttpStatus.SERVICE_UNAVAILABLE, type = "busy",
			when = "other images are being processed; Retry-After says when to send it again")
	ProductImageResponse putImage(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		return this.images.attach(id, file.getBytes());
	}

	@DeleteMapping("/{id}/image")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteProductImage", summary = "Delete a product's image",
			description = "Removes the image and its thumbnail; a product without one answers 204 as well.")
	void deleteImage(@PathVariable long id) {
		this.images.remove(id);
	}

	@GetMapping("/{id}/offers")
	@Operation(operationId = "listProductOffers", summary = "List what suppliers offer for a product",
			description = "Each supplier's SKU, unit cost and lead time for the product, cheapest first.")
	List<SupplierOfferResponse> offers(@PathVariable long id) {
		return this.suppliers.offers(id);
	}

	@PutMapping("/{id}/offers/{supplierId}")
	@Operation(operationId = "setProductOffer", summary = "Record what a supplier offers for a product",
			description = "Creates or replaces the offer of the supplier in the path. 404 when the product or "
					+ "the supplier does not exist.")
	SupplierOfferResponse putOffer(@PathVariable long id, @PathVariable long supplierId,
			@Valid @RequestBody SupplierOfferRequest request) {
		return this.suppliers.putOffer(id, supplierId, request);
	}

	@DeleteMapping("/{id}/offers/{supplierId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteProductOffer", summary = "Delete a supplier's offer for a product",
			description = "404 when the supplier offers nothing for the product.")
	void deleteOffer(@PathVariable long id, @PathVariable long supplierId) {
		this.suppliers.deleteOffer(id, supplierId);
	}

}
