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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets editor controllers take the signed-in {@link User} as a parameter, and tells the shell who is signed in: read
 * fresh from the database on every request, so that roles taken away or an account disabled count at once.
 */
@Configuration
class CurrentUser implements WebMvcConfigurer, HandlerMethodArgumentResolver, SignedInEditors {

    private static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

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

    /** Read once per request: the argument resolver and the page frame both ask. */
    private Optional<User> enabledUser() {
        String name = signedInName();
        if (name == null) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof User known && known.email().equals(Users.normalise(name))) {
            return Optional.of(known);
        }
        Optional<User> user = users.findByEmail(name).filter(User::enabled);
        if (request != null) {
            user.ifPresent(found -> request.setAttribute(REQUEST_ATTRIBUTE, found, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    private static String signedInName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
