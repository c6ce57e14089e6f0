package dev.stockroom.platform.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UrlPathHelper;

/**
 * Links built from the request being answered, for the templates (Thymeleaf 3.1 no longer
 * lets them reach the request): the pagination fragment's page links keep the page's
 * other query parameters (search, filters, sort), and the navigation marks the current
 * section. In templates: {@code ${@links.with('page', 2)}},
 * {@code ${@links.isCurrent('/products')}}.
 */
public class PageLinks {

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	/**
	 * @param name a query parameter, e.g. {@code page} or {@code sort}
	 * @param value its new value
	 * @return the current page's URL (context path included) with that parameter set and
	 * every other one kept
	 */
	public String with(String name, Object value) {
		return with(null, name, value);
	}

	/**
	 * @param path where the link goes, within the application (e.g. {@code /products}),
	 * or {@code null} for the current page
	 * @param name a query parameter
	 * @param value its new value
	 * @return the URL (context path included) with that parameter set and every other
	 * query parameter of the current request kept
	 */
	public String with(String path, String name, Object value) {
		HttpServletRequest request = currentRequest();
		String target = (path != null) ? request.getContextPath() + path : request.getRequestURI();
		// Rebuilt from the decoded parameters rather than copied
		// from the raw query string, so every value is encoded once,
		// the way the servlet container decodes it.
		StringJoiner query = new StringJoiner("&");
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals(name)) {
				for (String other : parameter.getValue()) {
					query.add(encode(parameter.getKey()) + "=" + encode(other));
				}
			}
		}
		query.add(encode(name) + "=" + encode(String.valueOf(value)));
		return target + "?" + query;
	}

	/**
	 * @param section a path within the application, e.g. {@code /products}
	 * @return whether the current page is that path or below it ({@code /} only for
	 * itself)
	 */
	public boolean isCurrent(String section) {
		String path = PATHS.getPathWithinApplication(currentRequest());
		if ("/".equals(section)) {
			return "/".equals(path);
		}
		return path.equals(section) || path.startsWith(section + "/");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
