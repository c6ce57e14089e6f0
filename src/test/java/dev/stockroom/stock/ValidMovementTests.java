package dev.stockroom.stock;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-field rules of a {@link MovementRequest}, checked by a plain Bean Validation
 * validator: each broken rule is reported on the field the client has to fix.
 */
class ValidMovementTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@ParameterizedTest
	@EnumSource(value = MovementType.class, names = { "RECEIPT", "ISSUE" })
	void acceptsPositiveQuantityForReceiptAndIssue(MovementType type) {
		assertThat(errors(request(type, null, 1, null))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = MovementType.class, names = { "RECEIPT", "ISSUE", "TRANSFER" })
	void rejectsZeroOrNegativeQuantityForReceiptIssueAndTransfer(MovementType type) {
		Long target = (type == MovementType.TRANSFER) ? 2L : null;
		assertThat(errors(request(type, target, 0, null))).containsOnlyKeys("quantity")
			.containsEntry("quantity", Set.of("must be greater than 0"));
		assertThat(errors(request(type, target, -3, null))).containsOnlyKeys("quantity");
	}

	@Test
	void acceptsSignedAdjustmentWithReason() {
		assertThat(errors(request(MovementType.ADJUSTMENT, null, -5, "Damaged"))).isEmpty();
		assertThat(errors(request(MovementType.ADJUSTMENT, null, 5, "Found"))).isEmpty();
	}

	@Test
	void rejectsZeroAdjustment() {
		assertThat(errors(request(MovementType.ADJUSTMENT, null, 0, "Damaged"))).containsOnlyKeys("quantity");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void requiresReasonForAdjustment(String reason) {
		assertThat(errors(request(MovementType.ADJUSTMENT, null, -1, reason))).containsOnlyKeys("reason")
			.containsEntry("reason", Set.of("is required for an adjustment"));
		assertThat(errors(request(MovementType.ADJUSTMENT, null, -1, null))).containsOnlyKeys("reason");
	}

	@Test
	void reportsZeroQuantityAndMissingReasonOfAnAdjustmentTogether() {
		assertThat(errors(request(MovementType.ADJUSTMENT, null, 0, null))).containsOnlyKeys("quantity", "reason");
	}

	@Test
	void acceptsCountOfZeroOrMore() {
		assertThat(errors(request(MovementType.COUNT, null, 0, null))).isEmpty();
		assertThat(errors(request(MovementType.COUNT, null, 12, null))).isEmpty();
	}

	@Test
	void rejectsNegativeCount() {
		assertThat(errors(request(MovementType.COUNT, null, -1, null))).containsOnlyKeys("quantity");
	}

	@Test
	void rejectsQuantityBeyondTheMaximum() {
		int tooMany = MovementRequest.MAX_QUANTITY + 1;
		assertThat(errors(request(MovementType.RECEIPT, null, tooMany, null))).containsOnlyKeys("quantity");
		assertThat(errors(request(MovementType.ADJUSTMENT, null, -tooMany, "x"))).containsOnlyKeys("quantity");
		assertThat(errors(request(MovementType.RECEIPT, null, MovementRequest.MAX_QUANTITY, null))).isEmpty();
	}

	@Test
	void acceptsTransferToAnotherWarehouse() {
		assertThat(errors(request(MovementType.TRANSFER, 2L, 3, null))).isEmpty();
	}

	@Test
	void requiresTargetWarehouseForTransfer() {
		assertThat(errors(request(MovementType.TRANSFER, null, 3, null))).containsOnlyKeys("targetWarehouseId")
			.containsEntry("targetWarehouseId", Set.of("is required for a transfer"));
	}

	@Test
	void rejectsTransferToTheSourceWarehouse() {
		assertThat(errors(request(MovementType.TRANSFER, 1L, 3, null))).containsOnlyKeys("targetWarehouseId")
			.containsEntry("targetWarehouseId", Set.of("must differ from the source warehouse"));
	}

	@ParameterizedTest
	@EnumSource(value = MovementType.class, names = "TRANSFER", mode = EnumSource.Mode.EXCLUDE)
	void rejectsTargetWarehouseOnAnythingButTransfer(MovementType type) {
		assertThat(errors(request(type, 2L, 1, "reason"))).containsOnlyKeys("targetWarehouseId")
			.containsEntry("targetWarehouseId", Set.of("is only for transfers"));
	}

	@Test
	void requiresTypeProductWarehouseAndQuantity() {
		MovementRequest empty = new MovementRequest(null, null, null, null, null, null, null);
		assertThat(errors(empty)).containsOnlyKeys("type", "productId", "warehouseId", "quantity");
	}

	@Test
	void limitsReasonAndReferenceLength() {
		MovementRequest request = new MovementRequest(MovementType.ADJUSTMENT, 1L, 1L, null, 1, "r".repeat(501),
				"x".repeat(101));
		assertThat(errors(request)).containsOnlyKeys("reason", "reference");
	}

	private static MovementRequest request(MovementType type, Long target, int quantity, String reason) {
		return new MovementRequest(type, 1L, 1L, target, quantity, reason, null);
	}

	private static Map<String, Set<String>> errors(MovementRequest request) {
		Set<ConstraintViolation<MovementRequest>> violations = validator.validate(request);
		return violations.stream()
			.collect(Collectors.groupingBy((violation) -> violation.getPropertyPath().toString(),
					Collectors.mapping(ConstraintViolation::getMessage, Collectors.toSet())));
	}

}
