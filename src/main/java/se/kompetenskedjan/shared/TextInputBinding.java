package se.kompetenskedjan.shared;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Every String a binder converts (form bean fields, {@code @RequestParam}, {@code @PathVariable}) is checked. */
@ControllerAdvice
class TextInputBinding {

    @InitBinder
    void checkText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextInputChecks.CheckedText());
        binder.setBindingErrorProcessor(new TextInputChecks.FieldErrors());
    }
}
