package dev.stockroom.platform;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Links that leave the application are built from the configured base URL alone.
 */
class SitePropertiesTests {

	@Test
	void buildsLinksUnderTheBaseUrlWithOrWithoutATrailingSlash() {
		assertThat(new SiteProperties(URI.create("https://stock.example.com")).link("/password-reset/abc"))
			.isEqualTo(URI.create("https://stock.example.com/password-reset/abc"));
		assertThat(new SiteProperties(URI.create("https://example.com/stockroom/")).link("/password-reset/abc"))
			.isEqualTo(URI.create("https://example.com/stockroom/password-reset/abc"));
	}

	@Test
	void refusesABaseUrlThatIsNotAPlainWebAddress() {
		for (String bad : new String[] { "stock.example.com", "ftp://stock.example.com", "https://user@example.com",
				"https://example.com/?next=x", "https://example.com/#top", "/relative" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new SiteProperties(URI.create(bad)));
		}
	}

}
