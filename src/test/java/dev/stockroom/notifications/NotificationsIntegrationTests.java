package dev.stockroom.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserService;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's notifications through the API and the pages: only their own, newest first,
 * unread ones on their own, marked read one at a time or all at once; another user's is a
 * 404 everywhere; the header of every page counts the unread ones; and the retention
 * deletes what is older than its time.
 */
@IntegrationTest
class NotificationsIntegrationTests {

	private static final String PASSWORD = "amber lantern quietly";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationRetention retention;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApiListsOnlyTheCallersOwnNewestFirstAndTheUnreadOnesOnTheirOwn() throws Exception {
		User ada = register();
		User bob = register();
		long first = this.notifications
			.notify(ada.id(), NotificationKind.IMPORT_FINISHED, "Import 1 finished", "120 rows", "/products")
			.id();
		long second = this.notifications.notify(ada.id(), NotificationKind.IMPORT_FAILED, "Import 2 failed", null, null)
			.id();
		this.notifications.notify(bob.id(), NotificationKind.LOW_STOCK, "Bob's", null, null);
		this.notifications.markRead(ada.id(), first);

		String body = this.mvc.perform(get("/api/v1/notifications").with(SignIn.as(ada.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].kind").value("IMPORT_FAILED"))
			.andExpect(jsonPath("$.content[0].readAt").doesNotExist())
			.andExpect(jsonPath("$.content[1].title").value("Import 1 finished"))
			.andExpect(jsonPath("$.content[1].body").value("120 rows"))
			.andExpect(jsonPath("$.content[1].link").value("/products"))
			.andExpect(jsonPath("$.content[1].readAt").isString())
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		assertThat(ids).map(Number::longValue).containsExactly(second, first);
		this.mvc.perform(get("/api/v1/notifications?unread=true").with(SignIn.as(ada.username())))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].title").value("Import 2 failed"))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc.perform(get("/api/v1/notifications?sort=createdAt,asc&size=1").with(SignIn.as(ada.username())))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].title").value("Import 1 finished"))
			.andExpect(jsonPath("$.page.totalPages").value(2));
	}

	@Test
	void theApiRefusesASortItDoesNotOffer() throws Exception {
		this.mvc.perform(get("/api/v1/notifications?sort=title"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void markingOneReadAnswersItAndKeepsTheFirstTimeWhileAnotherUsersIsA404() throws Exception {
		User ada = register();
		User bob = register();
		long adas = this.notifications.notify(ada.id(), NotificationKind.LOW_STOCK, "Low", null, null).id();

		String body = this.mvc.perform(post("/api/v1/notifications/{id}/read", adas).with(SignIn.as(ada.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(adas))
			.andExpect(jsonPath("$.readAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String readAt = JsonPath.read(body, "$.readAt");
		this.mvc.perform(post("/api/v1/notifications/{id}/read", adas).with(SignIn.as(ada.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readAt").value(readAt));

		long other = this.notifications.notify(ada.id(), NotificationKind.LOW_STOCK, "Still unread", null, null).id();
		this.mvc.perform(post("/api/v1/notifications/{id}/read", other).with(SignIn.as(bob.username())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Still unread"))));
		this.mvc.perform(post("/api/v1/notifications/{id}/read", Long.MAX_VALUE).with(SignIn.as(bob.username())))
			.andExpect(status().isNotFound());
		assertThat(this.notifications.unreadCount(ada.id())).as("Bob's attempt read nothing").isEqualTo(1);
	}

	@Test
	void thePageListsThemAndMarksOneOrAllReadWhileTheHeaderCountsTheUnreadOnes() throws Exception {
		User ada = register();
		MockHttpSession session = PageSignIn.as(this.mvc, ada.username(), PASSWORD);
		page(session, "/").andExpect(content().string(containsString("class=\"nav-link notifications-link\"")))
			.andExpect(content().string(not(containsString("unread-count"))));

		long first = this.notifications
			.notify(ada.id(), NotificationKind.IMPORT_FINISHED, "<b>Import</b> finished", "Line one\nLine two",
					"/products")
			.id();
		this.notifications.notify(ada.id(), NotificationKind.LOW_STOCK, "Two levels are low", null, null);

		page(session, "/").andExpect(content().string(containsString("unread-count\">2</span>")));
		page(session, "/notifications")
			.andExpect(content().string(containsString("&lt;b&gt;Import&lt;/b&gt; finished")))
			.andExpect(content().string(not(containsString("<b>Import</b>"))))
			.andExpect(content().string(containsString("href=\"/products\"")))
			.andExpect(content().string(containsString("Line one\nLine two")))
			.andExpect(content().string(containsString("Mark all as read")));

		this.mvc.perform(post("/notifications/{id}/read", first).session(session).with(SignIn.anonymous()).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("flash", "Marked read: <b>Import</b> finished"));
		page(session, "/notifications").andExpect(content().string(containsString("Marked read: &lt;b&gt;")));
		page(session, "/notifications?unread=true")
			.andExpect(content().string(containsString("unread-count\">1</span>")))
			.andExpect(content().string(containsString("Two levels are low")))
			.andExpect(content().string(not(containsString("Import&lt;/b&gt; finished"))));

		this.mvc.perform(post("/notifications/read").session(session).with(SignIn.anonymous()).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("flash", "1 notification marked read"));
		page(session, "/notifications").andExpect(content().string(containsString("1 notification marked read")))
			.andExpect(content().string(not(containsString("unread-count"))))
			.andExpect(content().string(not(containsString("Mark all as read"))));
		page(session, "/notifications?unread=true")
			.andExpect(content().string(containsString("No notifications match these filters.")));
	}

	@Test
	void anotherUsersNotificationIsA404OnThePageAndStaysUnread() throws Exception {
		User ada = register();
		User bob = register();
		long adas = this.notifications.notify(ada.id(), NotificationKind.LOW_STOCK, "Ada's", null, null).id();
		MockHttpSession session = PageSignIn.as(this.mvc, bob.username(), PASSWORD);

		this.mvc.perform(post("/notifications/{id}/read", adas).session(session).with(SignIn.anonymous()).with(csrf()))
			.andExpect(status().isNotFound());
		page(session, "/notifications").andExpect(content().string(not(containsString("Ada&#39;s"))))
			.andExpect(content().string(containsString("There are no notifications yet.")));

		assertThat(this.notifications.unreadCount(ada.id())).isEqualTo(1);
	}

	@Test
	void aFormWithoutItsCsrfTokenMarksNothing() throws Exception {
		User ada = register();
		MockHttpSession session = PageSignIn.as(this.mvc, ada.username(), PASSWORD);
		this.notifications.notify(ada.id(), NotificationKind.LOW_STOCK, "Low", null, null);

		this.mvc.perform(post("/notifications/read").session(session).with(SignIn.anonymous()))
			.andExpect(status().isForbidden());

		assertThat(this.notifications.unreadCount(ada.id())).isEqualTo(1);
	}

	@Test
	void theRetentionDeletesWhatIsOlderThanItsTimeReadOrNot() {
		User ada = register();
		long old = insertAged(ada.id(), 91, true);
		long oldUnread = insertAged(ada.id(), 91, false);
		long recent = insertAged(ada.id(), 89, false);

		assertThat(this.retention.run()).isGreaterThanOrEqualTo(2);

		assertThat(this.jdbc.sql("SELECT id FROM notifications WHERE user_id = ?")
			.param(ada.id())
			.query(Long.class)
			.list()).containsExactly(recent).doesNotContain(old, oldUnread);
	}

	private long insertAged(long userId, int days, boolean read) {
		Instant created = Instant.now().minus(days, ChronoUnit.DAYS);
		return this.jdbc.sql("""
				INSERT INTO notifications (id, user_id, kind, title, created_at, read_at)
				VALUES (nextval('stockroom_id_seq'), ?, 'LOW_STOCK', 'Aged', ?, ?) RETURNING id
				""")
			.params(userId, Timestamp.from(created), read ? Timestamp.from(created.plusSeconds(60)) : null)
			.query(Long.class)
			.single();
	}

	private org.springframework.test.web.servlet.ResultActions page(MockHttpSession session, String path)
			throws Exception {
		return this.mvc.perform(get(path).session(session).with(SignIn.anonymous())).andExpect(status().isOk());
	}

	private User register() {
		String username = "notified-" + UUID.randomUUID().toString().substring(0, 8);
		long id = this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Nora Notified", PASSWORD))
			.id();
		return new User(id, username);
	}

	record User(long id, String username) {
	}

}
