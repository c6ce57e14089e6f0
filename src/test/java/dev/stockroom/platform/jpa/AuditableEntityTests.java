package dev.stockroom.platform.jpa;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import dev.stockroom.platform.error.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every entity inherits from the two base classes. */
class AuditableEntityTests {

	@Test
	void aChangeFromAStaleCopyIsRefused() {
		Thing thing = thing(7L, 3);

		assertThatNoException().isThrownBy(() -> thing.checkVersion(3));
		assertThatThrownBy(() -> thing.checkVersion(2)).isInstanceOf(StaleVersionException.class)
			.hasMessageContaining("version 2 was sent, the current version is 3");
	}

	@Test
	void entitiesAreEqualByIdOnceSaved() {
		assertThat(thing(1L, 0)).isEqualTo(thing(1L, 5)).hasSameHashCodeAs(thing(2L, 0));
		assertThat(thing(1L, 0)).isNotEqualTo(thing(2L, 0));
		assertThat(new Thing()).isNotEqualTo(new Thing());
		assertThat(new Thing().isNew()).isTrue();
	}

	private static Thing thing(Long id, long version) {
		Thing thing = new Thing();
		ReflectionTestUtils.setField(thing, AbstractEntity.class, "id", id, Long.class);
		ReflectionTestUtils.setField(thing, AuditableEntity.class, "version", version, long.class);
		return thing;
	}

	static class Thing extends AuditableEntity {

	}

}
