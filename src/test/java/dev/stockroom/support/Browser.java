package dev.stockroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium that a {@link BrowserTest} drives, with the few steps the tests
 * repeat (open a page, fill a field, submit a form and wait for the next page).
 * Everything waits explicitly, with {@link WebDriverWait}; nothing sleeps, and there is
 * no implicit wait, which would make every "this is absent" check slow.
 *
 * <p>
 * Which browser: Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * where they are installed ({@code .ci/run} installs them with apt-get on machines that
 * lack them); otherwise Selenium Manager looks for a Chrome or Chromium and the matching
 * driver, and downloads them if it must (which needs the internet; GitHub's runners have
 * Chrome already). Where neither works the test class fails with a message that says to
 * install {@code chromium} and {@code chromium-driver}: a browser test that cannot run is
 * a failure, never a skip.
 */
public final class Browser {

	/** Debian's Chromium: a wrapper script that starts the real binary. */
	static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	/** Debian's ChromeDriver, of the same version as its Chromium. */
	static final Path SYSTEM_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	// Generous: five builds may share this machine's two cores.
	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ChromeDriver driver;

	private final Path profile;

	private final WebDriverWait wait;

	// Quits the browser should the JVM end before the test class does (a build stopped
	// with Ctrl-C, a fork killed at its time limit): no Chromium outlives the tests.
	private final Thread quitOnExit;

	private String baseUrl;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.wait = new WebDriverWait(driver, WAIT);
		this.quitOnExit = new Thread(this::quitNow, "quit-browser");
		Runtime.getRuntime().addShutdownHook(this.quitOnExit);
	}

	/**
	 * Starts a headless Chromium with a profile of its own in a new temporary directory.
	 * @return the browser, on a blank page
	 * @throws IllegalStateException when no browser could be started, saying what to
	 * install
	 */
	static Browser start() {
		Path profile = temporaryProfile();
		ChromeOptions options = new ChromeOptions();
		// --no-sandbox: the tests may run as root (CI here does), where Chromium
		// refuses its sandbox. The rest keep a test run quiet and offline:
		// no GPU, no first-run pages, no background downloads, updates or sync,
		// and /tmp instead of a small /dev/shm.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900");
		// Keeps the console's messages (a failed load, a refused script or style, a
		// script error), which a test reads through the driver's browser log.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		ChromeDriverService.Builder service = new ChromeDriverService.Builder();
		if (Files.isExecutable(SYSTEM_CHROMIUM)) {
			options.setBinary(SYSTEM_CHROMIUM.toFile());
		}
		if (Files.isExecutable(SYSTEM_CHROMEDRIVER)) {
			service.usingDriverExecutable(SYSTEM_CHROMEDRIVER.toFile());
		}
		try {
			ChromeDriver driver = new ChromeDriver(service.build(), options);
			driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
			return new Browser(driver, profile);
		}
		catch (WebDriverException ex) {
			deleteQuietly(profile);
			throw new IllegalStateException("""
					No headless Chromium could be started for the browser tests. Install Debian's \
					chromium and chromium-driver (apt-get install chromium chromium-driver: .ci/run does \
					this where /usr/bin/chromium or /usr/bin/chromedriver is missing), or a Chrome that \
					Selenium Manager can find or download (which needs the internet).""", ex);
		}
	}

	/**
	 * Points the browser at an application and forgets every cookie, so that a test
	 * starts signed out.
	 * @param baseUrl the application's root, e.g. {@code http://localhost:41234}
	 */
	void reset(String baseUrl) {
		this.baseUrl = baseUrl;
		// The protocol's Delete All Cookies deletes only the current page's; this empties
		// the whole cookie jar, whatever page is open.
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		this.driver.get("about:blank");
	}

	/**
	 * Opens a page of the application and waits until it has loaded.
	 * @param path the path and query, e.g. {@code /products?q=bolt}
	 */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/**
	 * @return the path of the page shown, without the query, e.g. {@code /login}
	 */
	public String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	/**
	 * @return the query of the page shown, e.g. {@code error}, or null when it has none
	 */
	public String query() {
		return URI.create(this.driver.getCurrentUrl()).getQuery();
	}

	/**
	 * The HTTP status of the page shown, from the browser's own record of the navigation
	 * (Navigation Timing's {@code responseStatus}): after a redirect, the status of the
	 * page it led to.
	 * @return the status, e.g. 200 or 403
	 */
	public int status() {
		Object status = ((JavascriptExecutor) this.driver)
			.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
		return ((Number) status).intValue();
	}

	/**
	 * @param by what to look for
	 * @return the element, once it is on the page and visible
	 */
	public WebElement find(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Looks without waiting, for checks that something is absent.
	 * @param by what to look for
	 * @return every matching element on the page as it is now
	 */
	public List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	/**
	 * Types into a field, replacing what it held.
	 * @param id the field's id (every field has one: its label points at it)
	 * @param value what to type
	 */
	public void fill(String id, String value) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	/**
	 * Submits a form with its submit button, as a person would, and waits for the page
	 * the server answers with.
	 * @param form which form, e.g. {@code By.cssSelector("form[action$='/login']")}
	 */
	public void submit(By form) {
		WebElement button = find(form).findElement(By.cssSelector("button[type=submit], button:not([type])"));
		WebElement page = this.driver.findElement(By.tagName("html"));
		// A person scrolls to a button below the fold before pressing it;
		// at once, not with Bootstrap's smooth scrolling, which would still
		// be moving when the click lands.
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
		this.wait.until((driver) -> isGone(page));
		this.wait.until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState;")));
	}

	// The page's old root element has been replaced by the next page's. While Chromium
	// swaps documents it may report the old node as stale or as "not in the document";
	// both mean the same here (Selenium's stalenessOf only knows the first).
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			return String.valueOf(ex.getMessage()).contains("does not belong to the document");
		}
	}

	/**
	 * Signs in through the login form and waits for the page that follows.
	 * @param username who
	 * @param password their password ({@link PageSignIn#DEMO_PASSWORD} for the demo
	 * users)
	 */
	public void signIn(String username, String password) {
		open("/login");
		fill("username", username);
		fill("password", password);
		submit(By.cssSelector("form[action$='/login']"));
	}

	/**
	 * @return the Selenium driver, for what the steps above do not cover
	 */
	public ChromeDriver driver() {
		return this.driver;
	}

	void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
	}

	void quit() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.quitOnExit);
		}
		catch (IllegalStateException ex) {
			// The JVM is already shutting down, and the hook quits.
			return;
		}
		quitNow();
	}

	// The driver's quit() ends ChromeDriver and every Chromium process it started.
	private void quitNow() {
		try {
			this.driver.quit();
		}
		finally {
			deleteQuietly(this.profile);
		}
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("stockroom-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A profile left in the temporary directory harms nothing.
		}
	}

}
