package dev.stockroom.platform.api;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort.Order;

import dev.stockroom.platform.error.InvalidQueryException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SortAllowListTests {

	private final SortAllowList allowList = SortAllowList.of(Sort.by("sku"), "sku", "sku", "name", "name", "created",
			"createdAt", "reorderPoint", "reorderPoint");

	@Test
	void mapsApiNamesToEntityPropertiesKeepingDirections() {
		Sort sort = this.allowList.apply(Sort.by(Order.desc("created"), Order.asc("name")));
		assertThat(sort).containsExactly(Order.desc("createdAt"), Order.asc("name"), Order.asc("id"));
	}

	@Test
	void appendsTheIdAsTiebreak() {
		assertThat(this.allowList.apply(Sort.by(Direction.DESC, "reorderPoint")))
			.containsExactly(Order.desc("reorderPoint"), Order.asc("id"));
	}

	@Test
	void usesTheDefaultSortThenIdWhenUnsorted() {
		assertThat(this.allowList.apply(Sort.unsorted())).containsExactly(Order.asc("sku"), Order.asc("id"));
	}

	@Test
	void keepsADefaultSortThatAlreadyEndsWithTheId() {
		SortAllowList newestFirst = SortAllowList.of(Sort.by(Order.desc("createdAt"), Order.desc("id")), "created",
				"createdAt");
		assertThat(newestFirst.apply(Sort.unsorted())).containsExactly(Order.desc("createdAt"), Order.desc("id"));
	}

	@Test
	void keepsPageNumberAndSizeWhenApplyingToAPageable() {
		Pageable applied = this.allowList.apply(PageRequest.of(3, 25, Sort.by(Direction.DESC, "name")));
		assertThat(applied.getPageNumber()).isEqualTo(3);
		assertThat(applied.getPageSize()).isEqualTo(25);
		assertThat(applied.getSort()).containsExactly(Order.desc("name"), Order.asc("id"));
	}

	@Test
	void refusesAnUnknownFieldNamingTheParameterAndTheAllowedFields() {
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> this.allowList.apply(Sort.by("password")))
			.satisfies((ex) -> {
				assertThat(ex.getParameter()).isEqualTo("sort");
				assertThat(ex.getMessage()).contains("'password'")
					.contains("allowed: created, name, reorderPoint, sku");
			});
	}

	@Test
	void refusesAnEntityPropertyThatIsNotAnApiName() {
		// "createdAt" is the property behind "created"; only the API name is accepted.
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> this.allowList.apply(Sort.by("createdAt")));
	}

	@Test
	void refusesTheWholeSortWhenOneFieldIsUnknown() {
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> this.allowList.apply(Sort.by("name", "id")))
			.withMessageContaining("'id'");
	}

}
