package jp.iwaki.matching.firm;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 法人番号: 13 digits whose first digit checks the other twelve (国税庁's rule:
 * 9 − (Σ Pn × Qn mod 9), Pn the n-th digit from the right of the 12, Qn 1 when n is odd, 2 when even).
 * Null is valid: sole proprietors have none.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CorporateNumber.Validator.class)
public @interface CorporateNumber {
    String message() default "{firm.corporateNumber.checkDigit}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CorporateNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !value.matches("[0-9]{13}") || hasValidCheckDigit(value);
        }

        static boolean hasValidCheckDigit(String thirteenDigits) {
            int sum = 0;
            for (int n = 1; n <= 12; n++) {
                int digit = thirteenDigits.charAt(13 - n) - '0';
                sum += digit * (n % 2 == 1 ? 1 : 2);
            }
            return thirteenDigits.charAt(0) - '0' == 9 - sum % 9;
        }
    }

}
