package dev.stockroom.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestServicesTests {

	@Test
	void replacesOnlyTheDatabaseNameInAJdbcUrl() {
		assertThat(TestServices.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "mine"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/mine?user=postgres");
		assertThat(TestServices.withDatabase("jdbc:postgresql://localhost:40000/postgres", "mine"))
			.isEqualTo("jdbc:postgresql://localhost:40000/mine");
	}

}
