package academy.xinfang.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.security.SignedInCaller;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ContextNotActiveException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caller's id comes from what the authentication mechanism knows about this request when the names agree, so a
 * page's service calls make no lookup by name; otherwise (another name, no request) the account is looked up.
 */
class UserDirectoryTest {
    private final List<String> lookedUp = new ArrayList<>();
    private UserDirectory directory;
    private User wang;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        wang = new User("wang.fang", "王芳", "x", List.of(Role.OFFICER), Instant.parse("2026-12-01T08:00:00Z"));
        Field id = User.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(wang, 42L);
        directory = new UserDirectory();
        directory.users = new UserRepository(null) {
            @Override
            public Optional<User> findByUsername(String username) {
                lookedUp.add(username);
                return username.equals("wang.fang") ? Optional.of(wang) : Optional.empty();
            }
        };
        directory.context = callerNamed("wang.fang");
    }

    @Test
    void takesTheIdTheMechanismKnowsWithoutALookup() {
        directory.signedIn = knowing("wang.fang", 42L);

        assertThat(directory.callerId()).isEqualTo(42L);
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void looksTheCallerUpWhenTheMechanismKnowsAnotherName() {
        directory.signedIn = knowing("li.ming", 7L);

        assertThat(directory.callerId()).isEqualTo(42L);
        assertThat(lookedUp).containsExactly("wang.fang");
    }

    @Test
    void looksTheCallerUpOutsideARequest() {
        directory.signedIn = new SignedInCaller() {
            @Override
            public OptionalLong idOf(String principalName) {
                throw new ContextNotActiveException("no request");
            }
        };

        assertThat(directory.callerId()).isEqualTo(42L);
        assertThat(lookedUp).containsExactly("wang.fang");
    }

    @Test
    void refusesACallerWhoseAccountIsGoneWhenTheMechanismDoesNotKnowThem() {
        directory.signedIn = new SignedInCaller();
        directory.context = callerNamed("removed.user");

        assertThatThrownBy(directory::callerId).isInstanceOf(AccountException.class);
    }

    private static SignedInCaller knowing(String name, long id) {
        return new SignedInCaller() {
            @Override
            public OptionalLong idOf(String principalName) {
                return name.equals(principalName) ? OptionalLong.of(id) : OptionalLong.empty();
            }
        };
    }

    private SessionContext callerNamed(String name) {
        Principal principal = () -> name;
        return (SessionContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SessionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return principal;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
