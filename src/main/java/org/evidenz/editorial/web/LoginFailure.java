package org.evidenz.editorial.web;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Back to the sign-in form with the reason and the e-mail address that was typed (never the password). */
class LoginFailure implements AuthenticationFailureHandler {

    static final String MESSAGE = "evidenz.login.message";
    static final String EMAIL = "evidenz.login.email";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        request.getSession().setAttribute(MESSAGE, exception.getMessage());
        request.getSession().setAttribute(EMAIL, email == null ? "" : email.strip());
        response.sendRedirect(request.getContextPath() + "/editor/login?error");
    }
}
