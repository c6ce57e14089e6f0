package dev.stockroom.jobs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.states.EnqueuedState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dev.stockroom.identity.AccountAdministration;
import dev.stockroom.identity.AccountChange;
import dev.stockroom.identity.PermissionMatrix;
import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.jobs.Jobs;
import dev.stockroom.platform.access.EndpointRule;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The staff pages for background jobs: the failed jobs listed with their error, a job's
 * page with its error escaped and its stack trace for staff only, retry, delete and "run
 * now", and every role let in exactly where the permission matrix says. No worker runs on
 * this database, so a job stays where a page put it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobPagesIntegrationTests {

	static final List<String> ROLES = List.of("viewer", "clerk", "manager", "admin");

	// Markup in an error message, which the pages must show as text.
	private static final String ERROR = "<b>boom</b> & more";

	@Autowired
	MockMvc mvc;

	@Autowired
	StorageProvider storage;

	@Autowired
	Jobs jobs;

	@Autowired
	UserService users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	PermissionMatrix matrix;

	@Autowired
	JdbcClient jdbc;

	private final java.util.Map<String, MockHttpSession> sessions = new java.util.HashMap<>();

	@BeforeAll
	void signIn() throws Exception {
		for (String role : ROLES) {
			this.sessions.put(role, PageSignIn.as(this.mvc, role, PageSignIn.DEMO_PASSWORD));
		}
	}

	@Test
	void theFailedJobsAreListedWithTheirError() throws Exception {
		UUID failed = failedJob();

		Document page = page("admin", "/jobs");

		assertThat(page.select("a").eachAttr("href")).contains("/jobs/" + failed);
		assertThat(page.select("td.job-error").eachText()).contains(ERROR);
		assertThat(page.select("select#state option[selected]").text()).startsWith("Failed");
	}

	@Test
	void theListFiltersByStateAndPages() throws Exception {
		UUID enqueued = enqueuedJob();

		Document page = page("admin", "/jobs?state=ENQUEUED");

		assertThat(page.select("a").eachAttr("href")).contains("/jobs/" + enqueued);
		assertThat(page.select(".pagination-summary").text()).contains("enqueued jobs");
		assertThat(page("admin", "/jobs?state=nonsense&page=x").select("h1").text()).isEqualTo("Background jobs");
	}

	@Test
	void staffSeeTheErrorEscapedAndTheStackTrace() throws Exception {
		UUID failed = failedJob();

		MockHttpServletResponse response = get("admin", "/jobs/" + failed);

		assertThat(response.getContentAsString()).contains("&lt;b&gt;boom&lt;/b&gt; &amp; more")
			.doesNotContain("<b>boom</b>");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".error-message").text()).isEqualTo(ERROR);
		assertThat(page.select("pre.stack-trace").text()).contains("IllegalStateException");
	}

	@Test
	void aUserWhoMayViewJobsButIsNotStaffSeesTheErrorWithoutTheStackTrace() throws Exception {
		UUID failed = failedJob();
		String username = "jobs-" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount account = this.users.register(new RegistrationRequest(username, username + "@example.com",
				"Not Staff", PageSignIn.DEMO_PASSWORD + "-long"));
		long version = this.jdbc.sql("SELECT version FROM users WHERE id = ?")
			.param(account.id())
			.query(Long.class)
			.single();
		this.accounts.changeAccount(account.id(),
				new AccountChange(account.email(), "Not Staff", true, false, Set.of("MANAGER"), version));
		MockHttpSession session = PageSignIn.as(this.mvc, username, PageSignIn.DEMO_PASSWORD + "-long");

		Document page = Jsoup.parse(this.mvc
			.perform(MockMvcRequestBuilders.get("/jobs/" + failed).session(session).with(SignIn.anonymous()))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".error-message").text()).isEqualTo(ERROR);
		assertThat(page.select("pre.stack-trace")).isEmpty();
	}

	@Test
	void retryEnqueuesAFailedJobAgain() throws Exception {
		UUID failed = failedJob();

		MockHttpServletResponse response = post("manager", "/jobs/" + failed + "/retry");

		assertThat(response.getRedirectedUrl()).isEqualTo("/jobs/" + failed);
		assertThat(this.storage.getJobById(failed).getState()).isEqualTo(StateName.ENQUEUED);
		MockHttpServletResponse again = post("manager", "/jobs/" + failed + "/retry");
		assertThat(again.getRedirectedUrl()).isEqualTo("/jobs/" + failed);
		assertThat(this.storage.getJobById(failed).getState()).as("only a failed job is retried")
			.isEqualTo(StateName.ENQUEUED);
	}

	@Test
	void deleteMarksTheJobDeleted() throws Exception {
		UUID job = enqueuedJob();

		MockHttpServletResponse response = post("admin", "/jobs/" + job + "/delete");

		assertThat(response.getRedirectedUrl()).isEqualTo("/jobs");
		assertThat(this.storage.getJobById(job).getState()).isEqualTo(StateName.DELETED);
	}

	@Test
	void runNowEnqueuesOneRunOfARecurringJob() throws Exception {
		String id = "test-run-now-" + UUID.randomUUID();
		this.jobs.recurring(id, "0 6 * * *", java.time.ZoneId.of("UTC"), () -> JobPagesIntegrationTests.nothing());
		assertThat(page("manager", "/jobs").select("form").eachAttr("action"))
			.contains("/jobs/recurring/" + id + "/run");

		MockHttpServletResponse response = post("manager", "/jobs/recurring/" + id + "/run");

		UUID run = UUID.fromString(response.getRedirectedUrl().substring("/jobs/".length()));
		Job job = this.storage.getJobById(run);
		assertThat(job.getState()).isEqualTo(StateName.ENQUEUED);
		assertThat(job.getRecurringJobId()).contains(id);
		assertThat(post("manager", "/jobs/recurring/no-such-job/run").getStatus()).isEqualTo(404);
		this.jdbc.sql("DELETE FROM jobrunr_recurring_jobs WHERE id = ?").param(id).update();
	}

	@Test
	void anUnknownOrMalformedJobIsA404() throws Exception {
		assertThat(get("admin", "/jobs/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(get("admin", "/jobs/not-a-uuid").getStatus()).isEqualTo(404);
	}

	@Test
	void theNavigationLinksTheJobsOnlyForThoseWhoMaySeeThem() throws Exception {
		assertThat(page("manager", "/").select("nav a").eachAttr("href")).contains("/jobs");
		assertThat(page("clerk", "/").select("nav a").eachAttr("href")).doesNotContain("/jobs");
	}

	static Stream<Arguments> rowsAndRoles() {
		List<Arguments> arguments = new ArrayList<>();
		for (String row : List.of("GET /jobs", "GET /jobs/{id}", "POST /jobs/{id}/retry", "POST /jobs/{id}/delete",
				"POST /jobs/recurring/{id}/run")) {
			for (String role : ROLES) {
				arguments.add(Arguments.of(row, role));
			}
		}
		return arguments.stream();
	}

	// Allowed: the page (200) or the action done (a redirect); refused: 403.
	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("rowsAndRoles")
	void everyRoleGetsExactlyWhatTheMatrixSays(String row, String role) throws Exception {
		String[] parts = row.split(" ", 2);
		EndpointRule rule = this.matrix.rules()
			.stream()
			.filter((each) -> each.method().name().equals(parts[0]) && each.pattern().equals(parts[1]))
			.findFirst()
			.orElseThrow();
		boolean allowed = rule.requirement().allows(this.users.permissionsOf(role));

		int status = this.mvc
			.perform(example(parts[0], parts[1]).session(this.sessions.get(role)).with(SignIn.anonymous()).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();

		if (allowed) {
			assertThat(status).as("%s as %s", row, role).isIn(200, 302);
		}
		else {
			assertThat(status).as("%s as %s", row, role).isEqualTo(403);
		}
	}

	@Test
	void theJobPagesNeedASignIn() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.get("/jobs").with(SignIn.anonymous()))
			.andReturn()
			.getResponse();

		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}

	private MockHttpServletRequestBuilder example(String method, String pattern) throws Exception {
		String path = switch (pattern) {
			case "/jobs/{id}", "/jobs/{id}/delete" -> pattern.replace("{id}", failedJob().toString());
			case "/jobs/{id}/retry" -> pattern.replace("{id}", failedJob().toString());
			case "/jobs/recurring/{id}/run" -> {
				String id = "test-matrix-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
				this.jobs.recurring(id, "0 6 * * *", java.time.ZoneId.of("UTC"),
						() -> JobPagesIntegrationTests.nothing());
				yield pattern.replace("{id}", id);
			}
			default -> pattern;
		};
		return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
	}

	/** What the recurring jobs of these tests would run; no worker runs them here. */
	public static void nothing() {
	}

	private UUID enqueuedJob() {
		return this.jobs.enqueue(() -> JobPagesIntegrationTests.nothing());
	}

	// A job that ran and failed, as a worker would have left it.
	private UUID failedJob() {
		Job job = new Job(
				new JobDetails(JobPagesIntegrationTests.class.getName(), null, "nothing", List.<JobParameter>of()),
				new EnqueuedState());
		job.failed("An exception occurred during the performance of the job", new IllegalStateException(ERROR));
		this.storage.save(job);
		return job.getId();
	}

	private MockHttpServletResponse get(String role, String path) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.get(path).session(this.sessions.get(role)).with(SignIn.anonymous()))
			.andReturn()
			.getResponse();
	}

	private Document page(String role, String path) throws Exception {
		MockHttpServletResponse response = get(role, path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse post(String role, String path) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.post(path)
				.session(this.sessions.get(role))
				.with(SignIn.anonymous())
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

}
