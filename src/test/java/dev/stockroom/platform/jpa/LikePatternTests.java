package dev.stockroom.platform.jpa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTests {

	@Test
	void wrapsTheTextInWildcards() {
		assertThat(LikePattern.contains("bolt")).isEqualTo("%bolt%");
	}

	@Test
	void escapesPercent() {
		assertThat(LikePattern.contains("50%")).isEqualTo("%50\\%%");
	}

	@Test
	void escapesUnderscore() {
		assertThat(LikePattern.contains("a_b")).isEqualTo("%a\\_b%");
	}

	@Test
	void escapesTheEscapeCharacterItself() {
		assertThat(LikePattern.contains("c:\\tmp")).isEqualTo("%c:\\\\tmp%");
	}

	@Test
	void escapesEverySpecialCharacterInARow() {
		assertThat(LikePattern.contains("%_\\")).isEqualTo("%\\%\\_\\\\%");
	}

	@Test
	void lowerCases() {
		assertThat(LikePattern.contains("HeX-Bolt")).isEqualTo("%hex-bolt%");
	}

	@Test
	void trims() {
		assertThat(LikePattern.contains("  hex bolt \t")).isEqualTo("%hex bolt%");
	}

	@Test
	void declaresBackslashAsTheEscape() {
		assertThat(LikePattern.ESCAPE).isEqualTo('\\');
	}

}
