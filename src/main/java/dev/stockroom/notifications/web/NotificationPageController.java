package dev.stockroom.notifications.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.notifications.NotificationResponse;
import dev.stockroom.notifications.Notifications;
import dev.stockroom.platform.pages.PageLinks;

/**
 * The signed-in user's notifications as a page, newest first, with the one pager; mark
 * one or all read by POST, then back to the list (post/redirect/get), so that a reload
 * posts nothing again. Works without JavaScript: each "Mark read" is a small form.
 */
@Controller
@RequestMapping("/notifications")
class NotificationPageController {

	static final int PAGE_SIZE = 20;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

	private final Notifications notifications;

	NotificationPageController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(required = false) String unread, @RequestParam(required = false) String page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		boolean unreadOnly = "true".equals(unread);
		Page<NotificationResponse> notifications = this.notifications.list(user.id(), unreadOnly,
				PageRequest.of(PageLinks.pageNumber(page), PAGE_SIZE, NEWEST_FIRST));
		model.addAttribute("notifications", notifications);
		model.addAttribute("unreadOnly", unreadOnly);
		return "notifications/list";
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		NotificationResponse read = this.notifications.markRead(user.id(), id);
		redirect.addFlashAttribute("flash", "Marked read: " + read.title());
		return "redirect:/notifications";
	}

	@PostMapping("/read")
	String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		int marked = this.notifications.markAllRead(user.id());
		redirect.addFlashAttribute("flash",
				(marked == 1) ? "1 notification marked read" : marked + " notifications marked read");
		return "redirect:/notifications";
	}

}
