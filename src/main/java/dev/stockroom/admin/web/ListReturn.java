package dev.stockroom.admin.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a bulk action returns: the change list as the user left it, filtered, searched,
 * sorted and paged. The list's query travels with the action's form as a hidden field; it
 * comes from the request, so it is parsed and rebuilt, each value encoded once, and only
 * ever appended to the model's own list path: it cannot send the user elsewhere.
 */
final class ListReturn {

	/** The hidden field that carries the list's query string. */
	static final String FIELD = "listQuery";

	// The action form's own fields: never part of the list's query.
	private static final List<String> ACTION_FIELDS = List.of("action", "selected", "confirmed", FIELD, "_csrf");

	private ListReturn() {
	}

	/**
	 * @param slug the model's slug
	 * @param listQuery the list's query string as the form carried it, or {@code null}
	 * @return the redirect to the list with that query
	 */
	static String redirect(String slug, String listQuery) {
		String query = query(listQuery);
		return "redirect:/admin/" + slug + (query.isEmpty() ? "" : "?" + query);
	}

	/**
	 * @param listQuery a query string, with or without its {@code ?}, or {@code null}
	 * @return it parsed and rebuilt: every parameter decoded once and encoded once
	 */
	static String query(String listQuery) {
		if (listQuery == null || listQuery.isBlank()) {
			return "";
		}
		String text = listQuery.startsWith("?") ? listQuery.substring(1) : listQuery;
		MultiValueMap<String, String> parameters = UriComponentsBuilder.newInstance()
			.query(text)
			.build()
			.getQueryParams();
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, values) -> {
			String key = decode(name);
			if (!key.isEmpty() && !ACTION_FIELDS.contains(key)) {
				values.forEach((value) -> query.add(encode(key) + "=" + encode(decode(value))));
			}
		});
		return query.toString();
	}

	/**
	 * @param parameters the change list's request parameters, decoded
	 * @return its query string, for the action form's hidden field
	 */
	static String of(MultiValueMap<String, String> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, values) -> {
			if (!ACTION_FIELDS.contains(name)) {
				values.forEach((value) -> query.add(encode(name) + "=" + encode(value)));
			}
		});
		return query.toString();
	}

	private static String decode(String text) {
		if (text == null) {
			return "";
		}
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A malformed escape: keep the text as it came.
			return text;
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
