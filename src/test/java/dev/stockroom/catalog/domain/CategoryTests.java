package dev.stockroom.catalog.domain;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CategoryTests {

	private long nextId = 1;

	@Test
	void refusesToBeItsOwnParent() {
		Category tools = category("Tools");
		assertThatExceptionOfType(CategoryCycleException.class).isThrownBy(() -> tools.moveTo(tools))
			.satisfies((ex) -> assertThat(ex.getProblemType()).isEqualTo("category-cycle"));
		assertThat(tools.getParent()).isNull();
	}

	@Test
	void refusesToMoveUnderItsChild() {
		Category tools = category("Tools");
		Category saws = category("Saws");
		saws.moveTo(tools);
		assertThatExceptionOfType(CategoryCycleException.class).isThrownBy(() -> tools.moveTo(saws));
		assertThat(tools.getParent()).isNull();
	}

	@Test
	void refusesToMoveUnderADeeperDescendant() {
		Category tools = category("Tools");
		Category saws = category("Saws");
		Category blades = category("Blades");
		saws.moveTo(tools);
		blades.moveTo(saws);
		assertThatExceptionOfType(CategoryCycleException.class).isThrownBy(() -> tools.moveTo(blades));
		assertThat(tools.getParent()).isNull();
	}

	@Test
	void recognisesItselfByIdEvenAsAnotherInstance() {
		Category tools = category("Tools");
		Category sameRow = new Category("Tools (another read)", null);
		ReflectionTestUtils.setField(sameRow, "id", tools.getId());
		assertThatExceptionOfType(CategoryCycleException.class).isThrownBy(() -> tools.moveTo(sameRow));
	}

	@Test
	void movesUnderAnUnrelatedCategoryOrASibling() {
		Category tools = category("Tools");
		Category saws = category("Saws");
		Category drills = category("Drills");
		Category garden = category("Garden");
		saws.moveTo(tools);
		drills.moveTo(tools);

		saws.moveTo(garden);
		assertThat(saws.getParent()).isSameAs(garden);
		drills.moveTo(saws);
		assertThat(drills.getParent()).isSameAs(saws);
		assertThat(drills.hasAncestor(garden)).isTrue();
		assertThat(drills.hasAncestor(tools)).isFalse();
	}

	@Test
	void movesUnderItsOwnAncestorAgainOrToTheTop() {
		Category tools = category("Tools");
		Category saws = category("Saws");
		Category blades = category("Blades");
		saws.moveTo(tools);
		blades.moveTo(saws);

		blades.moveTo(tools);
		assertThat(blades.getParent()).isSameAs(tools);
		blades.moveTo(null);
		assertThat(blades.getParent()).isNull();
	}

	@Test
	void twoNewCategoriesAreNeverEqual() {
		Category one = new Category("Same", null);
		Category other = new Category("Same", null);
		assertThat(one).isNotEqualTo(other).isEqualTo(one);
	}

	@Test
	void stripsTheName() {
		assertThat(new Category("  Tools ", "all of them").getName()).isEqualTo("Tools");
	}

	// Equality is by id, so a category must look persisted for the cycle check to see it.
	private Category category(String name) {
		Category category = new Category(name, null);
		ReflectionTestUtils.setField(category, "id", this.nextId++);
		return category;
	}

}
