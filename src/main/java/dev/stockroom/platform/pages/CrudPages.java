package dev.stockroom.platform.pages;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.platform.api.OnUpdate;
import dev.stockroom.platform.api.SortAllowList;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.error.InvalidQueryException;
import dev.stockroom.platform.error.ReferenceNotFoundException;
import dev.stockroom.platform.error.StaleVersionException;

import static dev.stockroom.platform.access.AccessRequirement.permission;
import static dev.stockroom.platform.access.EndpointRules.page;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The list, detail, create, edit and delete pages of one kind of record, written once:
 * the counterpart of Django's {@code ListView}, {@code DetailView}, {@code CreateView},
 * {@code UpdateView} and {@code DeleteView}. A subclass is a {@code @Controller} mapped
 * to the same path it passes here, and says only what differs: how to search, find,
 * create, update and delete through its service, and how its form record maps to and from
 * the service's records. Templates follow a convention, as Django's do
 * ({@code catalog/product_list.html}): {@code <prefix>-list}, {@code -detail},
 * {@code -form} and, for the delete pages of {@link WithDelete}, {@code -confirm-delete}.
 * A subclass may map a handler elsewhere by overriding it with a mapping of its own.
 * <p>
 * The behaviour every page shares lives here: a capped, allow-listed, filtered list
 * (paged and sorted through {@link PageLinks}, as every list is); Bean Validation errors
 * and the service's refusals (an invalid field, a duplicate, a stale version, a delete
 * that something still depends on) shown on the form rather than as an error page;
 * redirect-after-post with a flash message. An unknown id is the service's
 * {@link ResourceNotFoundException}, a 404.
 *
 * @param <Q> the list's filter, a record bound from the query string
 * @param <F> the form, a record bound from the posted fields; its {@code version} field
 * is required on an edit ({@link OnUpdate})
 * @param <D> the record the service answers with
 */
public abstract class CrudPages<Q, F, D> {

	private final String path;

	private final String templates;

	private final String noun;

	private final SortAllowList sort;

	/**
	 * @param path where the pages live, the subclass's mapping, e.g. {@code /products}
	 * @param templates the template prefix, e.g. {@code catalog/product}
	 * @param noun what one record is called in messages, e.g. {@code product}
	 * @param sort the columns the list may be sorted by
	 */
	protected CrudPages(String path, String templates, String noun, SortAllowList sort) {
		this.path = path;
		this.templates = templates;
		this.noun = noun;
		this.sort = sort;
	}

	protected abstract Q emptyFilter();

	protected abstract Page<D> search(Q filter, Pageable pageable);

	protected abstract D find(long id);

	protected abstract F emptyForm();

	protected abstract F formOf(D item);

	protected abstract D create(F form);

	protected abstract D update(long id, F form);

	protected abstract long idOf(D item);

	/** What a message calls the record, e.g. a product's SKU. */
	protected abstract String nameOf(D item);

	/** Adds what the detail page shows beside the record itself (related records). */
	protected void addDetails(D item, Model model) {
	}

	/** Adds the choices the list's filters and the form offer (categories, say). */
	protected void addChoices(Model model) {
	}

	/** The form field a conflict is about (a duplicate SKU: "sku"); null for the form. */
	protected String fieldOf(ConflictException conflict) {
		return null;
	}

	// A filter that does not bind (a category "abc", an over-long search) lists
	// everything rather than answering an error: a page has no 400 to show.
	@GetMapping
	String list(@Valid @ModelAttribute("filter") Q filter, BindingResult filterErrors, Pageable pageable, Model model) {
		Q effective = filterErrors.hasErrors() ? emptyFilter() : filter;
		model.addAttribute("filter", effective);
		model.addAttribute("page", search(effective, sorted(pageable)));
		addChoices(model);
		return this.templates + "-list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		D item = find(id);
		model.addAttribute("item", item);
		addDetails(item, model);
		return this.templates + "-detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", emptyForm());
		return form(model);
	}

	@PostMapping("/new")
	protected String submitNew(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(result, model, redirect, () -> create(form), "Created");
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		D item = find(id);
		model.addAttribute("item", item);
		model.addAttribute("form", formOf(item));
		return form(model);
	}

	@PostMapping("/{id}/edit")
	protected String submitEdit(@PathVariable long id, @Validated(OnUpdate.class) @ModelAttribute("form") F form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("item", find(id));
		return save(result, model, redirect, () -> update(id, form), "Saved");
	}

	/**
	 * The permission matrix's rows for the pages mapped above, so that a module states
	 * its pages' permissions without repeating their paths: the form and its POST share a
	 * path and a permission, as Django's views do; a delete needs its permission to show
	 * the confirmation too.
	 * @param path where the pages live, as passed to the constructor
	 * @param view the permission to list and read
	 * @param add the permission to create
	 * @param change the permission to edit
	 * @param delete the permission to delete
	 * @return the rows
	 */
	public static List<EndpointRule> endpointRules(String path, PermissionCode view, PermissionCode add,
			PermissionCode change, PermissionCode delete) {
		return List.of(page(GET, path, permission(view)), page(GET, path + "/{id}", permission(view)),
				page(GET, path + "/new", permission(add)), page(POST, path + "/new", permission(add)),
				page(GET, path + "/{id}/edit", permission(change)), page(POST, path + "/{id}/edit", permission(change)),
				page(GET, path + "/{id}/delete", permission(delete)),
				page(POST, path + "/{id}/delete", permission(delete)));
	}

	private String save(BindingResult result, Model model, RedirectAttributes redirect, Supplier<D> action,
			String verb) {
		if (!result.hasErrors()) {
			try {
				D saved = action.get();
				redirect.addFlashAttribute("flash", verb + " " + this.noun + " " + nameOf(saved));
				return "redirect:" + this.path + "/" + idOf(saved);
			}
			catch (ConflictException | InvalidFieldException | ReferenceNotFoundException
					| OptimisticLockingFailureException | DataIntegrityViolationException ex) {
				reject(result, ex, model);
			}
		}
		return form(model);
	}

	// The service's refusals become errors on the form, so the user keeps what they
	// typed and sees what to change.
	private void reject(BindingResult result, RuntimeException ex, Model model) {
		if (ex instanceof InvalidFieldException invalid) {
			invalid.getMessages().forEach((message) -> rejectField(result, invalid.getField(), message));
		}
		else if (ex instanceof ReferenceNotFoundException reference) {
			rejectField(result, reference.getField(), reference.getMessage());
		}
		else if (ex instanceof StaleVersionException || ex instanceof OptimisticLockingFailureException) {
			model.addAttribute("stale", true);
			result.reject("stale", "Someone else changed this " + this.noun
					+ " while you were editing it. Open it again to see their changes, then make yours.");
		}
		else if (ex instanceof ConflictException conflict) {
			rejectField(result, fieldOf(conflict), conflict.getMessage());
		}
		else {
			result.reject("conflict", "The change conflicts with existing data (a duplicate or a record in use)");
		}
	}

	private static void rejectField(BindingResult result, String field, String message) {
		try {
			if (field != null) {
				result.rejectValue(field, "invalid", message);
				return;
			}
		}
		catch (NotReadablePropertyException ex) {
			// The service named a field the form does not have: show it on the form.
		}
		result.reject("invalid", message);
	}

	private String form(Model model) {
		addChoices(model);
		return this.templates + "-form";
	}

	// An unknown sort column falls back to the default order instead of a 400.
	private Pageable sorted(Pageable pageable) {
		try {
			return this.sort.apply(pageable);
		}
		catch (InvalidQueryException ex) {
			return this.sort.apply(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		}
	}

	/**
	 * The pages plus Django's {@code DeleteView}: a confirmation page and its POST. For
	 * records the pages may delete; those that are only deactivated there (warehouses)
	 * use {@link CrudPages} itself.
	 */
	public abstract static class WithDelete<Q, F, D> extends CrudPages<Q, F, D> {

		protected WithDelete(String path, String templates, String noun, SortAllowList sort) {
			super(path, templates, noun, sort);
		}

		protected abstract void delete(long id);

		/**
		 * What stops the record being deleted, asked before the confirmation is offered.
		 * @param id the record's id
		 * @return why it cannot be deleted, a sentence to show as it is, or empty when
		 * nothing blocks it (the default)
		 */
		protected Optional<String> deleteBlocker(long id) {
			return Optional.empty();
		}

		// A delete that would be refused is refused up front: the page says why and
		// offers no button, rather than asking for a confirmation it cannot honour.
		@GetMapping("/{id}/delete")
		String deleteConfirmation(@PathVariable long id, Model model) {
			model.addAttribute("item", find(id));
			deleteBlocker(id).ifPresent((reason) -> model.addAttribute("error", reason));
			return super.templates + "-confirm-delete";
		}

		// A blocked delete (products still in a category) deletes nothing and says why on
		// the same confirmation page, with the 409 the API would answer.
		@PostMapping("/{id}/delete")
		String submitDelete(@PathVariable long id, Model model, RedirectAttributes redirect,
				HttpServletResponse response) {
			D item = find(id);
			try {
				delete(id);
			}
			catch (ConflictException ex) {
				model.addAttribute("item", item);
				model.addAttribute("error", ex.getMessage());
				response.setStatus(HttpStatus.CONFLICT.value());
				return super.templates + "-confirm-delete";
			}
			redirect.addFlashAttribute("flash", "Deleted " + super.noun + " " + nameOf(item));
			return "redirect:" + super.path;
		}

	}

}
