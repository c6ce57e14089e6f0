package dev.stockroom.admin.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.stockroom.admin.ModelAdmin;
import dev.stockroom.admin.Operation;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.error.ResourceNotFoundException;
import dev.stockroom.platform.access.PermissionCode;

/**
 * The admin site (Django's {@code admin.site}): every {@link ModelAdmin} bean, registered
 * by being one, under its slug; and the question every admin page asks first, whether the
 * current user holds the model's permission for what they are about to do. The security
 * rules let only staff in; a superuser holds every permission, so sees everything.
 */
@Component
public class AdminSite {

	private final Map<String, ModelAdmin> models = new LinkedHashMap<>();

	private final CurrentUser currentUser;

	AdminSite(List<ModelAdmin> admins, CurrentUser currentUser) {
		this.currentUser = currentUser;
		admins.stream().sorted(Comparator.comparing(ModelAdmin::plural)).forEach((admin) -> {
			if (this.models.putIfAbsent(admin.slug(), admin) != null) {
				throw new IllegalStateException("Two ModelAdmins for /admin/" + admin.slug());
			}
		});
	}

	/**
	 * @return every registered model, by name
	 */
	public List<ModelAdmin> models() {
		return List.copyOf(this.models.values());
	}

	/**
	 * @return the models the current user may view, for the index
	 */
	List<ModelAdmin> visibleModels() {
		return this.models.values().stream().filter((admin) -> may(admin, Operation.VIEW)).toList();
	}

	/**
	 * @param slug the URL segment
	 * @param operation what the user is about to do
	 * @return the model
	 * @throws ResourceNotFoundException when no model has that slug (404)
	 * @throws AccessDeniedException when the user lacks the permission (403)
	 */
	ModelAdmin require(String slug, Operation operation) {
		ModelAdmin admin = this.models.get(slug);
		if (admin == null) {
			throw new ResourceNotFoundException("admin model", slug);
		}
		if (!may(admin, operation)) {
			throw new AccessDeniedException("Needs " + admin.permission(operation));
		}
		return admin;
	}

	/**
	 * @return whether the current user may do that to the model's objects; adding,
	 * changing and deleting also need the model to allow it
	 */
	boolean may(ModelAdmin admin, Operation operation) {
		boolean allowed = switch (operation) {
			case ADD, CHANGE -> admin.isEditable();
			case DELETE -> admin.isDeletable();
			case VIEW -> true;
		};
		return allowed && holds(admin.permission(operation));
	}

	/**
	 * @return whether the current user holds a permission (an inline's); never for none
	 */
	boolean holds(PermissionCode permission) {
		return permission != null && this.currentUser.permissions().contains(permission.code());
	}

}
