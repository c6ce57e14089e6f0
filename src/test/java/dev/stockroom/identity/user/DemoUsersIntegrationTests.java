package dev.stockroom.identity.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.stockroom.identity.BuiltInRole;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.user.DemoUsers.DemoUser;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev profile (which the tests run with) makes one demo user per role at start-up,
 * with the configured password; making them again changes nothing, even when two
 * instances do it at once.
 */
@IntegrationTest
class DemoUsersIntegrationTests {

	@Autowired
	DemoUsers demoUsers;

	@Autowired
	UserService service;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	DemoUsersProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneDemoUserPerRoleExistsWithTheConfiguredPassword() {
		assertThat(this.properties.password()).isEqualTo("stockroom-demo");
		assertDemoUser("admin", "ADMIN", true, true);
		assertDemoUser("manager", "MANAGER", true, false);
		assertDemoUser("clerk", "CLERK", false, false);
		assertDemoUser("viewer", "VIEWER", false, false);
		for (String username : List.of("admin", "manager", "clerk", "viewer")) {
			assertThat(this.passwordEncoder.matches("stockroom-demo", passwordHash(username))).as(username).isTrue();
		}
		assertThat(this.service.permissionsOf("clerk")).contains("stock.issue").doesNotContain("stock.adjust");
	}

	@Test
	void creatingThemAgainChangesNothing() {
		List<Map<String, Object>> before = demoRows();

		assertThat(this.demoUsers.createMissing()).isZero();

		assertThat(demoRows()).isEqualTo(before);
	}

	@Test
	void twoInstancesCreatingAtOnceMakeEachUserOnceWithoutFailing() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		List<DemoUser> users = List.of(new DemoUser("race-a-" + suffix, "Race A", BuiltInRole.CLERK, false, false),
				new DemoUser("race-b-" + suffix, "Race B", BuiltInRole.VIEWER, false, false));
		CyclicBarrier start = new CyclicBarrier(2);

		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> createAfter(start, users));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> createAfter(start, users));

		assertThat(first.get() + second.get()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT count(*) FROM users WHERE username LIKE :pattern")
			.param("pattern", "race-_-" + suffix)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private int createAfter(CyclicBarrier start, List<DemoUser> users) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return this.demoUsers.createMissing(users);
	}

	private void assertDemoUser(String username, String group, boolean staff, boolean superuser) {
		UserAccount account = this.service.findByUsername(username).orElseThrow();
		assertThat(account.groups()).as(username).containsExactly(group);
		assertThat(account.staff()).as(username).isEqualTo(staff);
		assertThat(account.superuser()).as(username).isEqualTo(superuser);
		assertThat(account.active()).as(username).isTrue();
	}

	private String passwordHash(String username) {
		return this.jdbc.sql("SELECT password_hash FROM users WHERE username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	private List<Map<String, Object>> demoRows() {
		return this.jdbc.sql("""
				SELECT u.id, u.username, u.password_hash, u.version, u.updated_at,
				       (SELECT string_agg(g.name, ',') FROM user_groups ug JOIN groups g ON g.id = ug.group_id
				         WHERE ug.user_id = u.id) AS groups
				  FROM users u WHERE u.username IN ('admin', 'manager', 'clerk', 'viewer') ORDER BY u.username
				""").query().listOfRows();
	}

}
