package dev.stockroom.stock;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules of a {@link MovementRequest} that involve more than one field (Django's form
 * {@code clean()}): each broken rule is reported on the field the user has to fix.
 */
@Documented
@Constraint(validatedBy = ValidMovement.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidMovement {

	String message() default "invalid movement";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidMovement, MovementRequest> {

		@Override
		public boolean isValid(MovementRequest request, ConstraintValidatorContext context) {
			if (request.type() == null || request.quantity() == null) {
				return true; // @NotNull on the fields reports these
			}
			Errors errors = new Errors(context);
			int quantity = request.quantity();
			if (Math.abs((long) quantity) > MovementRequest.MAX_QUANTITY) {
				errors.add("quantity", "must be at most " + MovementRequest.MAX_QUANTITY + " in size");
			}
			switch (request.type()) {
				case RECEIPT, ISSUE, TRANSFER -> {
					if (quantity <= 0) {
						errors.add("quantity", "must be greater than 0");
					}
				}
				case ADJUSTMENT -> {
					if (quantity == 0) {
						errors.add("quantity", "must not be 0: an adjustment changes stock up or down");
					}
					if (request.reason() == null || request.reason().isBlank()) {
						errors.add("reason", "is required for an adjustment");
					}
				}
				case COUNT -> {
					if (quantity < 0) {
						errors.add("quantity", "must be 0 or more: it is the counted quantity");
					}
				}
			}
			if (request.type() == MovementType.TRANSFER) {
				if (request.targetWarehouseId() == null) {
					errors.add("targetWarehouseId", "is required for a transfer");
				}
				else if (request.targetWarehouseId().equals(request.warehouseId())) {
					errors.add("targetWarehouseId", "must differ from the source warehouse");
				}
			}
			else if (request.targetWarehouseId() != null) {
				errors.add("targetWarehouseId", "is only for transfers");
			}
			return errors.none();
		}

	}

	/** Collects field errors in place of the constraint's single class-level message. */
	final class Errors {

		private final ConstraintValidatorContext context;

		private boolean any;

		Errors(ConstraintValidatorContext context) {
			this.context = context;
		}

		void add(String field, String message) {
			if (!this.any) {
				this.context.disableDefaultConstraintViolation();
				this.any = true;
			}
			this.context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		}

		boolean none() {
			return !this.any;
		}

	}

}
