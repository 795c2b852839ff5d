package se.kompetenskedjan.identity.internal;

/**
 * Swedish organisation numbers (organisationsnummer): ten digits written NNNNNN-NNNN, the last a check digit by the
 * Luhn algorithm over the first nine. A legal person's number has a third digit of 2 or more (the "month" of a
 * personal identity number is 01-12), so a sole trader's personal identity number is not taken for one: it is
 * personal data and does not belong in the register of organisations.
 */
final class OrganisationNumbers {

    enum Problem {
        NONE, FORMAT, CHECK_DIGIT, PERSONAL_NUMBER
    }

    private OrganisationNumbers() {
    }

    /** The number written NNNNNN-NNNN, or null if the input is not ten digits (with or without the hyphen). */
    static String normalise(String input) {
        if (input == null) {
            return null;
        }
        String digits = input.strip().replace("-", "");
        if (!digits.matches("\\d{10}") || input.strip().indexOf('-') >= 0 && input.strip().indexOf('-') != 6) {
            return null;
        }
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    static Problem check(String input) {
        String number = normalise(input);
        if (number == null) {
            return Problem.FORMAT;
        }
        String digits = number.replace("-", "");
        if (!luhnValid(digits)) {
            return Problem.CHECK_DIGIT;
        }
        if (digits.charAt(2) < '2') {
            return Problem.PERSONAL_NUMBER;
        }
        return Problem.NONE;
    }

    /** The Luhn check over all digits, the last being the check digit. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
