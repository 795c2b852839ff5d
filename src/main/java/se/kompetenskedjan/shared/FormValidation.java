package se.kompetenskedjan.shared;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Pages bind forms (JavaBeans with text fields) but the modules validate commands (records). This runs the command's
 * constraints and files each problem under the form field of the same name, so the error summary links to it.
 */
@Component
public class FormValidation {

    private final SmartValidator validator;

    public FormValidation(SmartValidator validator) {
        this.validator = validator;
    }

    /** True when the form has no binding errors and the command is valid. */
    public boolean validate(Object command, BindingResult form) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, form.getObjectName());
        validator.validate(command, result);
        for (FieldError error : result.getFieldErrors()) {
            String field = error.getField().replaceAll("\\[.*$", "");
            if (form.getFieldErrorCount(field) == 0) {
                form.rejectValue(field, "invalid", error.getDefaultMessage());
            }
        }
        return !form.hasErrors();
    }

    public void reject(InvalidFieldException problem, BindingResult form) {
        problem.problems().forEach(p -> form.rejectValue(p.field(), p.messageKey()));
    }
}
