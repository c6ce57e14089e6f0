package dev.stockroom.notifications;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A notification guards what it holds: a title, a link that stays on the site, texts no
 * longer than their columns, and a read time set once.
 */
class NotificationTests {

	private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

	@Test
	void aLinkIsAPathWithinTheSite() {
		assertThat(notification("/stock/levels?lowStock=true").getLink()).isEqualTo("/stock/levels?lowStock=true");
		assertThat(notification(null).getLink()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> notification("https://evil.example/phish"));
		assertThatIllegalArgumentException().isThrownBy(() -> notification("//evil.example/phish"));
		assertThatIllegalArgumentException().isThrownBy(() -> notification("javascript:alert(1)"));
	}

	@Test
	void aTitleIsRequiredAndLongTextsAreCutToTheirColumns() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notification(1, NotificationKind.LOW_STOCK, " ", null, null, NOW));

		Notification long_ = new Notification(1, NotificationKind.LOW_STOCK, "t".repeat(300), "b".repeat(3000), null,
				NOW);

		assertThat(long_.getTitle()).hasSize(Notification.TITLE_LENGTH).endsWith("…");
		assertThat(long_.getBody()).hasSize(Notification.BODY_LENGTH).endsWith("…");
		assertThat(notification(null).getBody()).isEmpty();
	}

	@Test
	void isReadOnceAndKeepsTheFirstTime() {
		Notification notification = notification(null);

		assertThat(notification.markRead(NOW.plusSeconds(60))).isTrue();
		assertThat(notification.markRead(NOW.plusSeconds(120))).isFalse();

		assertThat(notification.getReadAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void isNeverReadBeforeItWasMadeWhateverAnotherInstancesClockSays() {
		Notification notification = notification(null);

		notification.markRead(NOW.minusSeconds(2));

		assertThat(notification.getReadAt()).isEqualTo(NOW);
	}

	private static Notification notification(String link) {
		return new Notification(1, NotificationKind.IMPORT_FINISHED, "Import finished", null, link, NOW);
	}

}
