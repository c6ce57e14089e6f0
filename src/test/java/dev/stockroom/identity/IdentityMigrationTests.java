package dev.stockroom.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.support.RepositoryTest;
import dev.stockroom.platform.access.PermissionCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows the migration inserts and the Java constants are the same, so neither can
 * change without the other.
 */
@RepositoryTest
class IdentityMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void permissionRowsAreExactlyThePermissionCodes() {
		List<String> rows = this.jdbc.sql("SELECT code, resource, action, description FROM permissions")
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();

		assertThat(rows).containsExactlyInAnyOrderElementsOf(Arrays.stream(PermissionCode.values())
			.map((p) -> String.join("|", p.code(), p.resource(), p.action(), p.description()))
			.toList());
	}

	@Test
	void eachBuiltInRoleIsAGroupWithExactlyItsPermissions() {
		for (BuiltInRole role : BuiltInRole.values()) {
			List<String> codes = this.jdbc.sql("""
					SELECT p.code FROM groups g
					  JOIN group_permissions gp ON gp.group_id = g.id
					  JOIN permissions p ON p.id = gp.permission_id
					 WHERE g.name = :name
					""").param("name", role.groupName()).query(String.class).list();

			Set<String> expected = role.permissions().stream().map(PermissionCode::code).collect(Collectors.toSet());
			assertThat(codes).as(role.name()).containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void everyPermissionCodeIsFoundByItsCode() {
		for (PermissionCode permission : PermissionCode.values()) {
			assertThat(PermissionCode.ofCode(permission.code())).hasValue(permission);
		}
		assertThat(PermissionCode.ofCode("product.fly")).isEmpty();
	}

}
