package dev.stockroom.platform.error;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule broken by one field becomes a 400 whose errors name that field. */
class InvalidFieldProblemTests {

	@Test
	void becomesAValidationProblemWithOneErrorPerMessage() {
		ProblemDetail problem = new ApiExceptionHandler().invalidField(new InvalidFieldException("password",
				List.of("Use at least 12 characters", "This password is too common")));

		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getType()).hasToString(Problems.TYPE_BASE + "validation");
		assertThat(problem.getProperties()).containsEntry("errors",
				List.of(new Problems.FieldMessage("password", "Use at least 12 characters"),
						new Problems.FieldMessage("password", "This password is too common")));
	}

}
