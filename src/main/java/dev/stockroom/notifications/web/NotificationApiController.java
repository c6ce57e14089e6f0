package dev.stockroom.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.notifications.NotificationResponse;
import dev.stockroom.notifications.Notifications;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.SortAllowList;

/**
 * {@code /api/v1/notifications}: the signed-in user's notifications. Nobody reads or
 * marks another user's: their ids answer 404, as ids that do not exist do.
 */
@ApiController("/notifications")
@Tag(name = "Notifications",
		description = "What Stockroom told you: stock at or below its reorder point (the daily digest), imports "
				+ "that finished or failed, and for superusers ledger drift. Only your own.")
class NotificationApiController {

	static final SortAllowList SORT = SortAllowList.of(Sort.by(Sort.Direction.DESC, "createdAt", "id"), "createdAt",
			"createdAt");

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(operationId = "listNotifications", summary = "List your notifications",
			description = "Newest first. Filter: unread=true for those not read yet. Sort by: createdAt.")
	PagedModel<NotificationResponse> list(
			@RequestParam(required = false) @Parameter(
					description = "true: only those not read yet; false or absent: all") Boolean unread,
			@ParameterObject @Parameter(
					description = "page from 0, size up to 100, sort=createdAt,asc|desc") Pageable pageable,
			@AuthenticationPrincipal SignedInUser user) {
		return new PagedModel<>(this.notifications.list(user.id(), Boolean.TRUE.equals(unread), SORT.apply(pageable)));
	}

	@PostMapping("/{id}/read")
	@Operation(operationId = "markNotificationRead", summary = "Mark one of your notifications read",
			description = "Answers 200 with the notification. Marking one that is read already changes nothing "
					+ "(it keeps the time it was first read). 404 for an id that is not one of yours.")
	NotificationResponse markRead(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return this.notifications.markRead(user.id(), id);
	}

}
