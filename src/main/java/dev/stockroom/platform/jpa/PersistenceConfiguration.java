package dev.stockroom.platform.jpa;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills in {@link AuditableEntity}'s creation and update times. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class PersistenceConfiguration {

}
