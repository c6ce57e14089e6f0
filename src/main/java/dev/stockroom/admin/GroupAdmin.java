package dev.stockroom.admin;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.GroupRequest;
import dev.stockroom.platform.api.OnUpdate;

/**
 * Groups and their permissions; the built-in roles' groups cannot be renamed or deleted.
 */
@Component
class GroupAdmin extends ModelAdmin {

	private final AccountAdministration accounts;

	GroupAdmin(AccountAdministration accounts) {
		super("groups", "UserGroup", "group", "group", "groups");
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
