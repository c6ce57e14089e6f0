package dev.stockroom.identity.user;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.platform.deploy.DeploymentCheck.Finding;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev profile's demo users, with the demo password, are a finding of
 * {@code check-deploy}; a demo username whose password was changed is not. The change is
 * made in a transaction that is rolled back, so the shared database keeps its demo users.
 */
@IntegrationTest
class DemoUsersDeploymentCheckIntegrationTests {

	@Autowired
	DemoUsersDeploymentCheck check;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyDemoUserWithTheDemoPasswordIsAFinding() {
		assertThat(settings(this.check.check(new MockEnvironment()))).containsExactly("user admin", "user manager",
				"user clerk", "user viewer");
	}

	@Test
	void aDemoUsernameWithAPasswordOfItsOwnIsNot() {
		String hash = this.passwordEncoder.encode("a strong password of the clerk's own");
		List<String> settings = this.transactions.execute((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql("UPDATE users SET password_hash = ? WHERE username = 'clerk'").param(hash).update();
			return settings(this.check.check(new MockEnvironment()));
		});

		assertThat(settings).containsExactly("user admin", "user manager", "user viewer");
		assertThat(settings(this.check.check(new MockEnvironment()))).contains("user clerk");
	}

	private static List<String> settings(List<Finding> findings) {
		return findings.stream().map(Finding::setting).toList();
	}

}
