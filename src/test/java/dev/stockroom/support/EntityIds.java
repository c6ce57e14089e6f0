package dev.stockroom.support;

import java.lang.reflect.Field;

import dev.stockroom.platform.jpa.AbstractEntity;

/**
 * Gives an entity the id the database would give it on insert, for tests of entities
 * without Spring or a database (an order's lines are named by id in receipts and
 * shipments).
 */
public final class EntityIds {

	private EntityIds() {
	}

	/**
	 * @param entity a new entity
	 * @param id the id to give it
	 */
	public static void set(AbstractEntity entity, long id) {
		try {
			Field field = AbstractEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
