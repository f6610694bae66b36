package org.evidenz.editorial.web;

import java.util.List;

import org.evidenz.editorial.accounts.User;
import org.evidenz.editorial.accounts.Users;
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
 * Lets editor controllers take the signed-in {@link User} as a parameter, read fresh from the database on every
 * request, so that roles taken away or an account disabled count at once.
 */
@Configuration
class CurrentUser implements WebMvcConfigurer, HandlerMethodArgumentResolver {

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
        return current();
    }

    /** The signed-in user, or null on the sign-in page; refuses a disabled account. */
    User current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return users.findByEmail(authentication.getName()).filter(User::enabled)
                .orElseThrow(() -> new AccessDeniedException("Your account is disabled or no longer exists."));
    }

    /** The signed-in, enabled user, or null. */
    User userOrNull() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return users.findByEmail(authentication.getName()).filter(User::enabled).orElse(null);
    }
}
