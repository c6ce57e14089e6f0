package dev.stockroom.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dev.stockroom.StockroomApplication;

/**
 * A second instance of the application beside a test's own, as a second server behind a
 * load balancer: the same PostgreSQL database and Redis (key prefix included), its own
 * port and its own memory (caches, sockets). Page sessions stay in each instance: tests
 * that use one sign in where they use it. Close it after the test class.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	/**
	 * @param first the test context's environment, whose database and Redis it shares
	 * @return the running instance
	 */
	public static ConfigurableApplicationContext start(Environment first) {
		return new SpringApplicationBuilder(StockroomApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + first.getRequiredProperty("spring.datasource.url"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.minimum-idle=1",
				"--stockroom.redis.url=" + first.getRequiredProperty("stockroom.redis.url"),
				"--spring.data.redis.url=" + first.getRequiredProperty("spring.data.redis.url"),
				"--stockroom.redis.key-prefix=" + first.getRequiredProperty("stockroom.redis.key-prefix"),
				"--stockroom.redis.sessions=false", "--stockroom.rate-limit.api.capacity=1000000",
				"--spring.jmx.enabled=false");
	}

	/**
	 * @param instance an instance {@link #start} started
	 * @return the port it serves on
	 */
	public static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
	}

}
