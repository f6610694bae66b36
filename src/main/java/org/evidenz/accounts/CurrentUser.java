package org.evidenz.accounts;

import java.util.List;
import java.util.Optional;

import org.evidenz.shell.SignedIn;
import org.evidenz.shell.SignedInEditors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets editor controllers take the signed-in {@link User} as a parameter, and tells the shell who is signed in: read
 * fresh from the database on every request, so that roles taken away or an account disabled count at once.
 */
@Configuration
class CurrentUser implements WebMvcConfigurer, HandlerMethodArgumentResolver, SignedInEditors {

    private final Users users;

    CurrentUser(Users users) {
        this.users = users;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == User.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        if (signedInName() == null) {
            return null;
        }
        return enabledUser().orElseThrow(
                () -> new AccessDeniedException("Your account is disabled or no longer exists."));
    }

    @Override
    public Optional<SignedIn> current() {
        return enabledUser().map(User::signedIn);
    }

    private Optional<User> enabledUser() {
        String name = signedInName();
        return name == null ? Optional.empty() : users.findByEmail(name).filter(User::enabled);
    }

    private static String signedInName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
