package dev.stockroom.identity.admin;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.stockroom.admin.Column;
import dev.stockroom.admin.FormField;
import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Registration;
import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.GroupRequest;
import dev.stockroom.platform.api.OnUpdate;

import static dev.stockroom.platform.access.PermissionCode.GROUP_ADD;
import static dev.stockroom.platform.access.PermissionCode.GROUP_CHANGE;
import static dev.stockroom.platform.access.PermissionCode.GROUP_DELETE;
import static dev.stockroom.platform.access.PermissionCode.GROUP_VIEW;

/**
 * Groups and their permissions; the built-in roles' groups cannot be renamed or deleted.
 */
@Component
class GroupAdmin extends ModelAdmin {

	private final AccountAdministration accounts;

	GroupAdmin(AccountAdministration accounts) {
		super(Registration.of("UserGroup")
			.slug("groups")
			.names("group", "groups")
			.permissions(GROUP_VIEW, GROUP_ADD, GROUP_CHANGE, GROUP_DELETE));
		this.accounts = accounts;
		listDisplay(Column.of("name", "Name").link(), Column.of("description", "Description"));
		searchFields("name", "description");
		ordering("name");
		fields(FormField.text("name", "Name"), FormField.textarea("description", "Description"),
				FormField.multiSelect("permissions", "Permissions", AccountAdministration::permissionChoices));
		saveWith((id, form) -> {
			GroupRequest request = new GroupRequest(form.text("name"), form.text("description"),
					form.all("permissions"), form.version());
			return accounts.saveGroup(id, (id == null) ? form.valid(request) : form.valid(request, OnUpdate.class));
		});
		deleteWith(accounts::deleteGroup);
	}

	@Override
	protected Map<String, List<String>> initial(long id) {
		return Map.of("permissions", this.accounts.permissionsOfGroup(id));
	}

}
