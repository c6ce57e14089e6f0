package dev.stockroom.platform.jpa;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;

import org.springframework.beans.factory.annotation.Autowired;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inserts go to PostgreSQL in batches: Hibernate groups them (50 a batch, ordered by
 * table so that one batch holds one table's rows; ids come from a sequence in blocks of
 * 50, so no insert waits for its id), and the driver rewrites each batch into multi-row
 * INSERTs. Checked on the running application's own connections and session factory, so a
 * lost setting fails here.
 */
@IntegrationTest
class PersistenceSettingsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theDriverRewritesBatchedInserts() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
				.isTrue();
		}
	}

	@Test
	void hibernateBatchesAndOrdersInserts() {
		Map<String, Object> properties = this.entityManagerFactory.getProperties();

		assertThat(properties).containsEntry("hibernate.jdbc.batch_size", "50")
			.containsEntry("hibernate.order_inserts", "true")
			.containsEntry("hibernate.order_updates", "true");
	}

}
