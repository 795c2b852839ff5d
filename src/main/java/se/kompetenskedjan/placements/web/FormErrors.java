package se.kompetenskedjan.placements.web;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import se.kompetenskedjan.shared.InvalidFieldException;

/**
 * Files the service's field problems under the form's fields, so the error summary links to them; a problem on a
 * field the form does not show (for example a kept requirement profile) becomes a problem of the whole form.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(InvalidFieldException problem, BindingResult errors) {
        BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(errors.getTarget());
        for (InvalidFieldException.FieldProblem p : problem.problems()) {
            if (form.isReadableProperty(p.field())) {
                errors.rejectValue(p.field(), p.messageKey());
            } else {
                errors.reject(p.messageKey());
            }
        }
    }
}
