package dev.stockroom.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's {@link DataSource} in datasource-proxy so that a
 * {@link StatementCounter} sees every statement. {@code @Import} it into an
 * {@link IntegrationTest}; the test then gets a context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	// Static, and the counter looked up lazily, so that the post-processor is created
	// before the DataSource without dragging other beans in early.
	@Bean
	static BeanPostProcessor statementCountingDataSource(ObjectProvider<StatementCounter> counter) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(counter.getObject())
						.methodListener(counter.getObject())
						.build();
				}
				return bean;
			}

		};
	}

}
