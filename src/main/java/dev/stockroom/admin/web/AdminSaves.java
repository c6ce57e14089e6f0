package dev.stockroom.admin.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.admin.FormData;
import dev.stockroom.admin.Inline;
import dev.stockroom.admin.ModelAdmin;

/**
 * Saves a change form and its inline rows in one transaction: all or nothing. The owning
 * services' own transactions join it, so a bad inline row (or any other refusal) after
 * the object was saved rolls the object back too, and the form is shown again over
 * unchanged data (Django's admin wraps {@code changeform_view} in
 * {@code transaction.atomic} for the same reason).
 */
@Component
class AdminSaves {

	private final TransactionTemplate transactions;

	AdminSaves(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * @param admin the model
	 * @param id the object changed, or {@code null} to add one (an added object has no
	 * inline rows yet)
	 * @param form the object's fields
	 * @param inlines the inline submissions the user may make
	 * @return the saved object's id
	 * @throws InvalidInlineException when an inline row is wrong; nothing is saved
	 */
	long save(ModelAdmin admin, Long id, FormData form, List<InlineSubmission> inlines) {
		return this.transactions.execute((status) -> {
			long saved = admin.saver().save(id, form);
			if (id != null) {
				inlines.forEach((inline) -> inline.saveTo(id));
			}
			return saved;
		});
	}

	/**
	 * One inline's part of a submitted change form.
	 *
	 * @param inline the inline
	 * @param remove the keys of the rows ticked for removal
	 * @param extra the extra row's values, by field name without the prefix
	 */
	record InlineSubmission(Inline inline, List<Long> remove, FormData extra) {

		void saveTo(long parentId) {
			try {
				this.inline.saver().save(parentId, this.remove, this.extra);
			}
			catch (FormData.InvalidFormException ex) {
				throw new InvalidInlineException(this.inline, ex.errors());
			}
		}

	}

	/** An inline row with field errors, by field name without the inline's prefix. */
	static final class InvalidInlineException extends RuntimeException {

		private final Inline inline;

		private final Map<String, List<String>> errors;

		InvalidInlineException(Inline inline, Map<String, List<String>> errors) {
			super("Invalid inline row: " + inline.title() + " " + errors.keySet());
			this.inline = inline;
			this.errors = Map.copyOf(errors);
		}

		Inline inline() {
			return this.inline;
		}

		Map<String, List<String>> errors() {
			return this.errors;
		}

	}

}
