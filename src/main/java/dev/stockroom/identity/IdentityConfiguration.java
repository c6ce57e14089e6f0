package dev.stockroom.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.stockroom.identity.password.CommonPasswords;
import dev.stockroom.identity.password.PasswordHashing;
import dev.stockroom.identity.password.PasswordPolicy;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	// The delegating encoder: bcrypt by default, and the {id} prefix on every stored hash
	// lets the algorithm change later without invalidating existing passwords.
	@Bean
	PasswordEncoder passwordEncoder() {
		return new PasswordHashing();
	}

	// The list is read once, at start-up (about 50,000 lines).
	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy(CommonPasswords.fromClasspath());
	}

}
