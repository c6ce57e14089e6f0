package dev.stockroom.identity.admin;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column;
import dev.stockroom.admin.Fieldset;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ListFilter;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.admin.Registration;
import dev.stockroom.admin.Column.Format;
import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;

import java.util.List;
import java.util.Map;

import static dev.stockroom.platform.access.PermissionCode.USER_ADD;
import static dev.stockroom.platform.access.PermissionCode.USER_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.USER_DELETE;

/**
 * Users. Seeing them here takes {@code user.change}, not {@code user.view}: the admin is
 * where accounts are managed, and a MANAGER (who holds {@code user.view} for the pages
 * and the API) must not find a user admin it can only half use. A new user is registered
 * as the sign-up page does it (password policy, VIEWER group, welcome mail); users are
 * deactivated, not deleted, since the ledger and the audit trail name them.
 */
@Component
class UserAdmin extends ModelAdmin {

	private final AccountAdministration accounts;

	UserAdmin(UserService users, AccountAdministration accounts) {
		super(Registration.of("User")
			.slug("users")
			.names("user", "users")
			.permissions(USER_ADD, USER_CHANGE, USER_DELETE)
			.permission(Operation.VIEW, USER_CHANGE));
		this.accounts = accounts;
		listDisplay(Column.of("username", "Username").link(), Column.of("email", "Email"),
				Column.of("fullName", "Full name"), Column.of("active", "Active").as(Format.BOOLEAN),
				Column.of("staff", "Staff").as(Format.BOOLEAN), Column.of("superuser", "Superuser").as(Format.BOOLEAN),
				Column.of("lastLogin", "Last login").as(Format.TIMESTAMP));
		listFilter(ListFilter.bool("active", "Active"), ListFilter.bool("staff", "Staff"),
				ListFilter.bool("superuser", "Superuser"), ListFilter.dateRange("dateJoined", "Joined"));
		searchFields("username", "email", "fullName");
		ordering("username");
		fieldsets(
				Fieldset.of(null, FormField.text("username", "Username").onlyWhenAdding(),
						FormField.text("email", "Email"), FormField.text("fullName", "Full name"),
						FormField.password("password", "Password").onlyWhenAdding()),
				Fieldset.of("Permissions", FormField.checkbox("active", "Active"),
						FormField.checkbox("staff", "Staff (may enter the admin site)"),
						FormField.readOnly("superuser", "Superuser"),
						FormField.multiSelect("groups", "Groups", accounts::groupNames)),
				Fieldset.of("Dates", FormField.readOnly("dateJoined", "Joined"),
						FormField.readOnly("lastLogin", "Last login")));
		saveWith((id, form) -> {
			if (id == null) {
				RegistrationRequest request = form.valid(new RegistrationRequest(form.text("username"),
						form.text("email"), form.text("fullName"), form.text("password")));
				return users.register(request).id();
			}
			accounts.changeAccount(id, form.valid(new AccountChange(form.text("email"), form.text("fullName"),
					form.checked("active"), form.checked("staff"), form.all("groups"), form.version())));
			return id;
		});
	}

	@Override
	protected Map<String, List<String>> initial(long id) {
		return Map.of("groups", this.accounts.groupsOf(id));
	}

}
