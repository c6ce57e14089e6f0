package dev.stockroom.identity.token;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class JwtSecretDeploymentCheckTests {

	private final JwtSecretDeploymentCheck check = new JwtSecretDeploymentCheck();

	@Test
	void theDevKeyIsAFinding() {
		assertThat(this.check.check(secret(JwtSecretDeploymentCheck.DEV_SECRET))).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.setting()).isEqualTo("stockroom.jwt.secret");
				assertThat(finding.problem()).contains("dev profile's public key");
				assertThat(finding.fix()).contains("STOCKROOM_JWT_SECRET");
			});
	}

	@Test
	void aMissingShortOrBrokenKeyIsAFinding() {
		assertThat(this.check.check(new MockEnvironment())).singleElement()
			.satisfies((finding) -> assertThat(finding.problem()).contains("no JWT key"));
		assertThat(this.check.check(secret("x".repeat(31)))).singleElement()
			.satisfies((finding) -> assertThat(finding.problem()).contains("31 bytes"));
		assertThat(this.check.check(secret("base64:" + Base64.getEncoder().encodeToString(new byte[16]))))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.problem()).contains("16 bytes"));
		assertThat(this.check.check(secret("base64:not base64!"))).hasSize(1);
	}

	@Test
	void aLongKeyOfOurOwnPasses() {
		assertThat(this.check.check(secret("x".repeat(32)))).isEmpty();
		assertThat(this.check.check(secret("base64:" + Base64.getEncoder().encodeToString(new byte[32])))).isEmpty();
	}

	@Test
	void theDevKeyIsTheOneTheDevProfileSets() throws Exception {
		var devProfile = new YamlPropertySourceLoader().load("application-dev.yml",
				new ClassPathResource("application-dev.yml"));
		assertThat(devProfile).singleElement()
			.satisfies((settings) -> assertThat(settings.getProperty("stockroom.jwt.secret"))
				.hasToString(JwtSecretDeploymentCheck.DEV_SECRET));
	}

	private static MockEnvironment secret(String secret) {
		return new MockEnvironment().withProperty("stockroom.jwt.secret", secret);
	}

}
