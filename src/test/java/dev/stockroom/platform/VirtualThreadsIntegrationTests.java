package dev.stockroom.platform;

import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests run on virtual threads where the JDK has them (21 and newer), and on Tomcat's
 * pool of platform threads below: {@code spring.threads.virtual.enabled} is on for every
 * profile, and Boot ignores it on JDK 17. Either way the test looks at the executor the
 * running Tomcat really uses, so it fails if the setting is lost on a JDK that has
 * virtual threads, and also if something claimed virtual threads on one that has not.
 */
@IntegrationTest
class VirtualThreadsIntegrationTests {

	@Autowired
	Environment environment;

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void theSettingIsOnInEveryProfile() {
		assertThat(this.environment.getProperty("spring.threads.virtual.enabled", Boolean.class)).isTrue();
	}

	@Test
	void tomcatServesRequestsOnVirtualThreadsExactlyWhenTheJdkHasThem() {
		boolean jdkHasVirtualThreads = Runtime.version().feature() >= 21;
		Executor executor = ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler()
			.getExecutor();

		assertThat(Threading.VIRTUAL.isActive(this.environment)).isEqualTo(jdkHasVirtualThreads);
		assertThat(executor.getClass().getName().contains("VirtualThread")).as(executor.getClass().getName())
			.isEqualTo(jdkHasVirtualThreads);
	}

}
