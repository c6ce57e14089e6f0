package dev.stockroom.platform.error;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLState class 22 (the request's data) is told apart from class 23 (a conflict with
 * stored data), however deep Spring and Hibernate wrap the driver's exception.
 */
class DataErrorsTests {

	@Test
	void aDataExceptionIsInvalidData() {
		// 22021: a NUL byte in text; 22008: a timestamp out of range.
		assertThat(DataErrors.isInvalidData(wrapped("22021"))).isTrue();
		assertThat(DataErrors.isInvalidData(wrapped("22008"))).isTrue();
	}

	@Test
	void aConstraintViolationIsNot() {
		assertThat(DataErrors.isInvalidData(wrapped("23505"))).isFalse();
		assertThat(DataErrors.isInvalidData(new DataIntegrityViolationException("no cause"))).isFalse();
	}

	private static DataIntegrityViolationException wrapped(String sqlState) {
		return new DataIntegrityViolationException("refused",
				new IllegalStateException("hibernate", new SQLException("refused", sqlState)));
	}

}
