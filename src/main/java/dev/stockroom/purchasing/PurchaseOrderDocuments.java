package dev.stockroom.purchasing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.catalog.SupplierService;
import dev.stockroom.platform.pdf.PdfRenderer;
import dev.stockroom.stock.WarehouseService;

/**
 * A purchase order as a document: with the names its page shows, and as the PDF sent to
 * the supplier. The PDF is the page's own template, its {@code print} fragment
 * ({@code purchasing/order-detail :: print}), so the two cannot drift apart.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseOrderDocuments {

	/** The fragment of the order's page that is also its PDF. */
	public static final String PRINT_FRAGMENT = "purchasing/order-detail :: print";

	private final PurchaseOrderService orders;

	private final SupplierService suppliers;

	private final WarehouseService warehouses;

	private final ProductService products;

	private final PdfRenderer pdf;

	PurchaseOrderDocuments(PurchaseOrderService orders, SupplierService suppliers, WarehouseService warehouses,
			ProductService products, PdfRenderer pdf) {
		this.orders = orders;
		this.suppliers = suppliers;
		this.warehouses = warehouses;
		this.products = products;
		this.pdf = pdf;
	}

	/**
	 * @param id the order's id
	 * @return the order with its names, in four statements however many lines it has
	 */
	public PurchaseOrderDocument document(long id) {
		return document(this.orders.get(id));
	}

	/**
	 * @param order an order read already
	 * @return the order with its names
	 */
	public PurchaseOrderDocument document(PurchaseOrderResponse order) {
		Set<Long> productIds = new HashSet<>();
		order.lines().forEach((line) -> productIds.add(line.productId()));
		return new PurchaseOrderDocument(order,
				this.suppliers.byIds(List.of(order.supplierId())).get(order.supplierId()),
				this.warehouses.byIds(List.of(order.warehouseId())).get(order.warehouseId()),
				this.products.summaries(productIds));
	}

	/**
	 * @param id the order's id
	 * @return the order as a PDF: number, supplier, warehouse, lines and total
	 */
	public byte[] pdf(long id) {
		return this.pdf.render(PRINT_FRAGMENT, Map.of("doc", document(id)));
	}

	/**
	 * @param order an order
	 * @return the file name its PDF is downloaded as
	 */
	public static String fileName(PurchaseOrderResponse order) {
		return order.number() + ".pdf";
	}

}
