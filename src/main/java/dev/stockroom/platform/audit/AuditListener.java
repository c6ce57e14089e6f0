package dev.stockroom.platform.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.jpa.AbstractEntity;

/**
 * Writes {@link AuditTrail}'s rows: the counterpart of Django's pre/post-save and
 * post-delete signals, hung on Hibernate's post-insert, post-update and post-delete
 * events because those carry the old and the new state of every property. The row is
 * written just before the transaction commits (as Hibernate Envers does), on the same
 * connection, so it commits or rolls back with the change; the actor is
 * {@link CurrentUser} at the time of the change.
 *
 * <p>
 * Not audited: the stock ledger and the stock levels it maintains (the ledger is itself
 * the record of who moved what; auditing it would double every movement's writes), and
 * bookkeeping that is no one's edit (versions, update times, last login, last use of a
 * token). Secrets are never written: a password or key hash is recorded as changed, with
 * no value. A many-to-many (a product's tags, a user's groups, a group's permissions) is
 * recorded like a property, as the sorted names of its elements ({@link AuditNamed}):
 * {@code groups: [ADMIN] -> [VIEWER]}.
 */
@Component
class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		SmartInitializingSingleton {

	private static final Set<String> SKIPPED_ENTITIES = Set.of("StockLevel", "StockMovement");

	private static final Set<String> SKIPPED_PROPERTIES = Set.of("version", "createdAt", "updatedAt", "lastLogin",
			"lastUsedAt");

	private static final Set<String> SECRET_PROPERTIES = Set.of("passwordHash", "keyHash");

	private static final String HIDDEN = "(hidden)";

	private static final String INSERT = "INSERT INTO audit_entries"
			+ " (entity_type, entity_id, action, actor, occurred_at, changes) VALUES (?, ?, ?, ?, ?, ?::jsonb)";

	private final EntityManagerFactory entityManagerFactory;

	private final CurrentUser currentUser;

	private final JsonMapper json;

	AuditListener(EntityManagerFactory entityManagerFactory, CurrentUser currentUser, JsonMapper json) {
		this.entityManagerFactory = entityManagerFactory;
		this.currentUser = currentUser;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		record(event.getSession(), event.getPersister(), event.getId(), "CREATE", null, event.getState());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		record(event.getSession(), event.getPersister(), event.getId(), "UPDATE", event.getOldState(),
				event.getState());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		record(event.getSession(), event.getPersister(), event.getId(), "DELETE", event.getDeletedState(), null);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void record(SharedSessionContractImplementor session, EntityPersister persister, Object id, String action,
			Object[] oldState, Object[] newState) {
		String entity = persister.getJpaEntityName();
		if (SKIPPED_ENTITIES.contains(entity) || !(id instanceof Long entityId)) {
			return;
		}
		Map<String, String[]> changes = changes(persister, oldState, newState);
		if (changes.isEmpty() && action.equals("UPDATE")) {
			return;
		}
		String actor = this.currentUser.username();
		Instant now = Instant.now();
		String changed = this.json.writeValueAsString(changes);
		session.getTransactionCompletionCallbacks()
			.registerCallback((BeforeCompletionCallback) (completing) -> insert(completing, entity, entityId, action,
					actor, now, changed));
	}

	private Map<String, String[]> changes(EntityPersister persister, Object[] oldState, Object[] newState) {
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		Map<String, String[]> changes = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			if (SKIPPED_PROPERTIES.contains(names[i])) {
				continue;
			}
			if (types[i] instanceof CollectionType collection) {
				String name = names[i];
				if (isOwnedManyToMany(persister, collection)) {
					collectionChange((oldState != null) ? oldState[i] : null, (newState != null) ? newState[i] : null)
						.ifPresent((change) -> changes.put(name, change));
				}
				continue;
			}
			String before = (oldState != null) ? text(oldState[i]) : null;
			String after = (newState != null) ? text(newState[i]) : null;
			if (oldState != null && newState != null && Objects.equals(before, after)) {
				continue;
			}
			if (SECRET_PROPERTIES.contains(names[i])) {
				changes.put(names[i],
						new String[] { (before != null) ? HIDDEN : null, (after != null) ? HIDDEN : null });
			}
			else if (before != null || after != null) {
				changes.put(names[i], new String[] { before, after });
			}
		}
		return changes;
	}

	// The other side of a one-to-many (a category's children)
	// is the children's own history.
	private static boolean isOwnedManyToMany(EntityPersister owner, CollectionType type) {
		CollectionPersister collection = owner.getFactory()
			.getMappingMetamodel()
			.getCollectionDescriptor(type.getRole());
		return collection.isManyToMany() && !collection.isInverse();
	}

	/*
	 * A collection's old elements are its snapshot: the owner's post-update event runs
	 * before Hibernate writes the collection's rows (entity updates come before
	 * collection updates in a flush), so the snapshot still holds what was loaded. A
	 * change to an owned collection always reaches that event, because it increments the
	 * owner's version (every owner here is an AuditableEntity). A collection never loaded
	 * cannot have changed, and is not loaded here (no query in the middle of a flush).
	 */
	private static Optional<String[]> collectionChange(Object oldValue, Object newValue) {
		Object current = (newValue != null) ? newValue : oldValue;
		if (current instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
			return Optional.empty();
		}
		String before = null;
		String after = null;
		if (newValue == null) {
			before = names(current);
		}
		else if (oldValue == null) {
			after = names(current);
		}
		else {
			// A collection replaced by another instance has no snapshot of its own.
			Object snapshot = (current instanceof PersistentCollection<?> collection) ? collection.getStoredSnapshot()
					: null;
			before = names((snapshot != null) ? snapshot : oldValue);
			after = names(current);
		}
		boolean bothEmpty = (before == null || before.equals("[]")) && (after == null || after.equals("[]"));
		if (bothEmpty || Objects.equals(before, after)) {
			return Optional.empty();
		}
		return Optional.of(new String[] { before, after });
	}

	// A set's snapshot is a map from each element to itself.
	private static String names(Object elements) {
		if (elements instanceof PersistentCollection<?> collection && !collection.wasInitialized()) {
			return null;
		}
		Collection<?> values = (elements instanceof Map<?, ?> map) ? map.values()
				: (elements instanceof Collection<?> collection) ? collection : null;
		if (values == null) {
			return null;
		}
		return values.stream().map(AuditListener::name).sorted().toList().toString();
	}

	private static String name(Object element) {
		if (element instanceof AuditNamed named) {
			return named.auditName();
		}
		return text(element);
	}

	// An association is recorded as the id it points at (a proxy answers getId() without
	// loading); decimals keep their scale, so 2.50 stays 2.50.
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof AbstractEntity entity) {
			return String.valueOf(entity.getId());
		}
		if (value instanceof Object[] array) {
			return Arrays.toString(array);
		}
		return value.toString();
	}

	private static void insert(SharedSessionContractImplementor session, String entity, long id, String action,
			String actor, Instant when, String changes) {
		try (PreparedStatement insert = session.getJdbcCoordinator()
			.getLogicalConnection()
			.getPhysicalConnection()
			.prepareStatement(INSERT)) {
			insert.setString(1, entity);
			insert.setLong(2, id);
			insert.setString(3, action);
			insert.setString(4, actor);
			insert.setTimestamp(5, Timestamp.from(when));
			insert.setString(6, changes);
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not record the audit entry of " + entity + " " + id, ex);
		}
	}

}
