package dev.stockroom.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * A section that another module adds to the product detail page. Stock per warehouse and
 * the movement history belong to the stock module, which depends on catalog; catalog must
 * not depend on it. So catalog states what it needs (this interface) and the stock module
 * provides it as a bean: the dependency points from stock to catalog, and the page still
 * shows everything about the product in one place.
 */
public interface ProductDetailSection {

	/**
	 * @return the template holding the section, whose fragment {@code section(data)} is
	 * rendered with {@link #data}, e.g. {@code stock/product-stock-section}
	 */
	String template();

	/**
	 * @param productId the product shown
	 * @return what the fragment shows, or empty when the signed-in user may not see the
	 * section
	 */
	Optional<Map<String, Object>> data(long productId);

}
