package dev.stockroom.sales;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.pdf.PdfRenderer;
import dev.stockroom.stock.WarehouseService;

/**
 * A sales order as a document: with the names its page shows, and as the packing slip
 * that goes in the box. The slip is the page's own template, its {@code packing-slip}
 * fragment ({@code sales/order-detail :: packing-slip}), so the two cannot drift apart.
 */
@Service
@Transactional(readOnly = true)
public class SalesOrderDocuments {

	/** The fragment of the order's page that is also its packing slip. */
	public static final String PACKING_SLIP_FRAGMENT = "sales/order-detail :: packing-slip";

	private final SalesOrderService orders;

	private final WarehouseService warehouses;

	private final ProductService products;

	private final PdfRenderer pdf;

	SalesOrderDocuments(SalesOrderService orders, WarehouseService warehouses, ProductService products,
			PdfRenderer pdf) {
		this.orders = orders;
		this.warehouses = warehouses;
		this.products = products;
		this.pdf = pdf;
	}

	/**
	 * @param order an order read already
	 * @return the order with its names
	 */
	public SalesOrderDocument document(SalesOrderResponse order) {
		Set<Long> productIds = new HashSet<>();
		order.lines().forEach((line) -> productIds.add(line.productId()));
		return new SalesOrderDocument(order,
				this.warehouses.byIds(List.of(order.warehouseId())).get(order.warehouseId()),
				this.products.summaries(productIds));
	}

	/**
	 * @param order an order read already
	 * @return its packing slip as a PDF: number, customer and address, warehouse, and
	 * each line's SKU, name, quantity ordered and shipped
	 */
	public byte[] packingSlip(SalesOrderResponse order) {
		return this.pdf.render(PACKING_SLIP_FRAGMENT, Map.of("doc", document(order)));
	}

	/**
	 * @param order an order
	 * @return the file name its packing slip is downloaded as
	 */
	public static String fileName(SalesOrderResponse order) {
		return order.number() + "-packing-slip.pdf";
	}

}
