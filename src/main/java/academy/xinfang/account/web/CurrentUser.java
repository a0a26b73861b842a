package academy.xinfang.account.web;

import academy.xinfang.account.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

/** Who is signed in, for navigation, plus logout and the redirect from "/" to the right home page. */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityContext security;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /**
     * View action of "/" and of the protected "/account/home": signed-in users go to the home page of their highest
     * role; others to "/account/home", where the container asks them to log in first.
     */
    public String routeHome() {
        return Arrays.stream(new Role[] {Role.ADMIN, Role.TRAINER, Role.OFFICER})
                .filter(r -> security.isCallerInRole(r.name()))
                .findFirst()
                .map(r -> r.homePage() + "?faces-redirect=true")
                .orElse("/account/home.xhtml?faces-redirect=true");
    }
}
