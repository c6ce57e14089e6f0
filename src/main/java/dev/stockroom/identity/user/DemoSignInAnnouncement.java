package dev.stockroom.identity.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.command.CommandRunner;

/**
 * Once the application is ready, says where it runs and how to sign in, so that a
 * newcomer finds both in the first lines after start instead of in the README.
 */
@Component
@Profile("dev")
class DemoSignInAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(DemoSignInAnnouncement.class);

	private final DemoUsersProperties properties;

	DemoSignInAnnouncement(DemoUsersProperties properties) {
		this.properties = properties;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		// A command (create-superuser, check-deploy) serves nothing: nothing to sign in
		// to.
		if (CommandRunner.isCommand(event.getArgs())) {
			return;
		}
		log.info(message(port(event.getApplicationContext()), contextPath(event.getApplicationContext())));
	}

	private static int port(ApplicationContext context) {
		if (context instanceof WebServerApplicationContext web && web.getWebServer() != null
				&& web.getWebServer().getPort() > 0) {
			return web.getWebServer().getPort();
		}
		return context.getEnvironment().getProperty("server.port", Integer.class, 8080);
	}

	String message(int port, String contextPath) {
		return "Stockroom is running at http://localhost:" + port + contextPath + " \u2014 sign in as "
				+ String.join(" / ", DemoUsers.USERS.stream().map(DemoUsers.DemoUser::username).toList())
				+ ", password " + password();
	}

	/*
	 * A password set through STOCKROOM_DEMO_PASSWORD is a secret of whoever set it and
	 * never reaches the log; only the public default is printed.
	 */
	private String password() {
		if (DemoUsersDeploymentCheck.DEFAULT_DEMO_PASSWORD.equals(this.properties.password())) {
			return DemoUsersDeploymentCheck.DEFAULT_DEMO_PASSWORD + " (STOCKROOM_DEMO_PASSWORD sets another)";
		}
		return "the one you set in STOCKROOM_DEMO_PASSWORD";
	}

	private static String contextPath(ApplicationContext context) {
		String path = context.getEnvironment().getProperty("server.servlet.context-path", "");
		return path.equals("/") ? "" : path;
	}

}
