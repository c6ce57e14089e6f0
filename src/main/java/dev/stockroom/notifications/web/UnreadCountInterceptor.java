package dev.stockroom.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.notifications.Notifications;

/**
 * Puts the signed-in user's unread count ({@value #ATTRIBUTE}) in the model of every page
 * about to be rendered, for the layout's header. Only there: an API answer, a redirect, a
 * static file or an anonymous page never asks, so the count costs nothing where nothing
 * shows it; where it shows, {@link Notifications#unreadCount} answers from its cache, so
 * a warm page costs no SQL for it (RequestTransactionsIntegrationTests pins that).
 */
class UnreadCountInterceptor implements HandlerInterceptor {

	/** The model attribute the layout reads; absent where no user is signed in. */
	static final String ATTRIBUTE = "unreadNotifications";

	private final Notifications notifications;

	UnreadCountInterceptor(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !rendersAPage(page) || page.getModelMap().containsAttribute(ATTRIBUTE)) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			page.addObject(ATTRIBUTE, this.notifications.unreadCount(user.id()));
		}
	}

	private static boolean rendersAPage(ModelAndView page) {
		String name = page.getViewName();
		if (name != null) {
			return !name.startsWith("redirect:") && !name.startsWith("forward:");
		}
		return page.getView() != null && !(page.getView() instanceof RedirectView);
	}

}
