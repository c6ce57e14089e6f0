package dev.stockroom.admin.web;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.platform.error.ConflictException;

/**
 * Deletes through a model's {@link ModelAdmin.Deleter}, one object per transaction, and
 * answers the confirmation page's question, what blocks a delete, by asking the same
 * authority: the delete is tried and always rolled back (Django's collector works out
 * protected objects by itself; here the owning service is the one place that knows its
 * rules, so the admin does not repeat them).
 */
@Component
class AdminDeletes {

	private static final String IN_USE = "other records still refer to it";

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	AdminDeletes(PlatformTransactionManager transactionManager, EntityManager entityManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManager = entityManager;
	}

	/**
	 * @return why the object cannot be deleted, or empty when it can; nothing is deleted
	 */
	Optional<String> blocker(ModelAdmin admin, long id) {
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			try {
				admin.deleter().delete(id);
				this.entityManager.flush();
				return Optional.<String>empty();
			}
			catch (ConflictException ex) {
				return Optional.of(ex.getMessage());
			}
			catch (DataIntegrityViolationException | PersistenceException ex) {
				return Optional.of(IN_USE);
			}
		});
	}

	/**
	 * @return why the object was not deleted, or empty when it was
	 */
	Optional<String> delete(ModelAdmin admin, long id) {
		try {
			this.transactions.executeWithoutResult((status) -> admin.deleter().delete(id));
			return Optional.empty();
		}
		catch (ConflictException ex) {
			return Optional.of(ex.getMessage());
		}
		catch (DataIntegrityViolationException | PersistenceException ex) {
			return Optional.of(IN_USE);
		}
	}

}
