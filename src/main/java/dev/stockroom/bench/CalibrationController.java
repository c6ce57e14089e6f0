package dev.stockroom.bench;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.error.ResourceNotFoundException;

/**
 * The machine's own ceiling, for the benchmark only ({@code bench} profile): a static
 * answer (public, or with a token when the request carries one) and a plain JDBC read
 * that passes through the same filters, authentication and authorisation as the product
 * detail ({@code product.view}), so the difference between them and the real endpoints is
 * what the application adds: JPA, the service layer, caching. Also the running count of
 * SQL statements ({@link BenchStatementCounting}).
 */
@Profile("bench")
@ApiController("/bench")
@Hidden
class CalibrationController {

	private static final StaticAnswer STATIC = new StaticAnswer(1, "calibration", "No database behind this answer.");

	// The columns the product detail shows, the tags aggregated in the same statement:
	// one round trip, no ORM, mapped by hand.
	private static final String PRODUCT_BY_ID = """
			SELECT p.id, p.sku, p.name, p.description, p.unit, p.cost, p.price, p.reorder_point,
			       p.reorder_quantity, p.active, p.barcode, p.category_id, p.version, p.created_at, p.updated_at,
			       ARRAY(SELECT t.name FROM product_tags pt JOIN tags t ON t.id = pt.tag_id
			             WHERE pt.product_id = p.id ORDER BY t.name) AS tags
			FROM products p WHERE p.id = ?
			""";

	private final JdbcTemplate jdbc;

	private final BenchStatementCounting.StatementCounts counts;

	CalibrationController(JdbcTemplate jdbc, BenchStatementCounting.StatementCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	@GetMapping("/static")
	StaticAnswer staticAnswer() {
		return STATIC;
	}

	// Read before and after each figure; public, so that reading it adds no statement.
	@GetMapping("/statements")
	BenchStatementCounting.Totals statements() {
		return this.counts.totals();
	}

	@GetMapping("/products/{id}")
	JdbcProduct product(@PathVariable long id) {
		return this.jdbc.query(PRODUCT_BY_ID, CalibrationController::product, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResourceNotFoundException("Product", id));
	}

	private static JdbcProduct product(ResultSet row, int rowNumber) throws SQLException {
		Array tags = row.getArray("tags");
		return new JdbcProduct(row.getLong("id"), row.getString("sku"), row.getString("name"),
				row.getString("description"), row.getString("unit"), row.getBigDecimal("cost"),
				row.getBigDecimal("price"), row.getInt("reorder_point"), row.getInt("reorder_quantity"),
				row.getBoolean("active"), row.getString("barcode"), row.getObject("category_id", Long.class),
				Arrays.asList((String[]) tags.getArray()), row.getLong("version"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * The static answer: a small record serialised like any other.
	 *
	 * @param id a number
	 * @param name a name
	 * @param note a sentence
	 */
	record StaticAnswer(long id, String name, String note) {
	}

	/**
	 * A product read with plain JDBC, shaped like the API's product.
	 *
	 * @param id the id
	 * @param sku the SKU
	 * @param name the name
	 * @param description the description
	 * @param unit the unit of measure
	 * @param cost the cost
	 * @param price the price
	 * @param reorderPoint the reorder point
	 * @param reorderQuantity the reorder quantity
	 * @param active whether it is active
	 * @param barcode the barcode
	 * @param categoryId the category's id
	 * @param tags the tag names, sorted
	 * @param version the version
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 */
	record JdbcProduct(long id, String sku, String name, String description, String unit, BigDecimal cost,
			BigDecimal price, int reorderPoint, int reorderQuantity, boolean active, String barcode, Long categoryId,
			List<String> tags, long version, Instant createdAt, Instant updatedAt) {
	}

}
