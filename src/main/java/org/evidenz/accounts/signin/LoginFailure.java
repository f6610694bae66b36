package org.evidenz.accounts.signin;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a refused sign-in with the form again, at once: 401 (429 while signing in is paused), the reason, and the
 * e-mail address that was typed (never the password). A forward rather than a redirect, so that the answer says
 * what happened and no message has to wait in a session.
 */
class LoginFailure implements AuthenticationFailureHandler {

    /** Where the form is rendered again; not the sign-in address itself, which the sign-in filter answers. */
    static final String PATH = "/editor/login/refused";
    static final String MESSAGE = "evidenz.login.message";
    static final String EMAIL_PROBLEM = "evidenz.login.email-problem";
    static final String EMAIL = "evidenz.login.email";
    static final String STATUS = "evidenz.login.status";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String email = request.getParameter("email");
        request.setAttribute(exception instanceof EditorAuthentication.AddressTooLongException ? EMAIL_PROBLEM
                : MESSAGE, exception.getMessage());
        request.setAttribute(EMAIL, email == null ? "" : email.strip());
        request.setAttribute(STATUS, exception instanceof LockedException ? HttpStatus.TOO_MANY_REQUESTS.value()
                : HttpStatus.UNAUTHORIZED.value());
        request.getRequestDispatcher(PATH).forward(request, response);
    }
}
