package dev.stockroom.catalog.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.stockroom.catalog.SupplierService;
import dev.stockroom.catalog.SupplierResponse;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.pages.CrudPages;

/** The supplier pages, on the same {@link CrudPages} as the product pages. */
@Controller
@RequestMapping(SupplierPages.PATH)
public class SupplierPages extends CrudPages.WithDelete<SupplierFilter, SupplierForm, SupplierResponse> {

	public static final String PATH = "/suppliers";

	private final SupplierService suppliers;

	SupplierPages(SupplierService suppliers) {
		super(PATH, "catalog/supplier", "supplier",
				SortAllowList.of(Sort.by("name"), "name", "name", "createdAt", "createdAt"));
		this.suppliers = suppliers;
	}

	@Override
	protected SupplierFilter emptyFilter() {
		return SupplierFilter.none();
	}

	@Override
	protected Page<SupplierResponse> search(SupplierFilter filter, Pageable pageable) {
		return this.suppliers.list(filter.active(), filter.q(), pageable);
	}

	@Override
	protected SupplierResponse find(long id) {
		return this.suppliers.get(id);
	}

	@Override
	protected SupplierForm emptyForm() {
		return SupplierForm.empty();
	}

	@Override
	protected SupplierForm formOf(SupplierResponse supplier) {
		return SupplierForm.of(supplier);
	}

	@Override
	protected SupplierResponse create(SupplierForm form) {
		return this.suppliers.create(form.toRequest());
	}

	@Override
	protected SupplierResponse update(long id, SupplierForm form) {
		return this.suppliers.update(id, form.toRequest());
	}

	@Override
	protected void delete(long id) {
		this.suppliers.delete(id);
	}

	@Override
	protected long idOf(SupplierResponse supplier) {
		return supplier.id();
	}

	@Override
	protected String nameOf(SupplierResponse supplier) {
		return supplier.name();
	}

	@Override
	protected String fieldOf(ConflictException conflict) {
		return "duplicate-supplier".equals(conflict.getProblemType()) ? "name" : null;
	}

}
