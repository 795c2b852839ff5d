package se.kompetenskedjan.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Marks an HTTP Basic login to the API (demo only), which the throttle counts after the password check. */
class ApiLoginDetails extends WebAuthenticationDetails {

    ApiLoginDetails(HttpServletRequest request) {
        super(request);
    }
}
