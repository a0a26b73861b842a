package academy.xinfang;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The web application is {@code <distributable/>}: after every request the server serialises the HTTP session (with
 * every session-, view- and conversation-scoped bean in it) into its Hazelcast store, and a session whose state does not
 * serialise cannot move to another node (the server logs {@code NotSerializableException} on each request instead).
 * Every such bean, and every class of ours a non-transient field of it can hold (followed through fields, type
 * arguments and arrays), must be {@link Serializable}. Injected normal-scoped beans are exempt: what is stored is the
 * container's proxy (or EJB reference), which serialises by reference. The server-side check of the same rule, over real sessions, is
 * {@code SessionPortabilityIT}.
 */
class SessionStateTest {
    private static final String OURS = "academy.xinfang.";

    private static final List<Class<? extends Annotation>> SESSION_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

    @Test
    void everyBeanKeptInTheSessionAndEveryClassOfOursItHoldsIsSerializable() {
        List<Class<?>> roots = sessionScopedBeans();
        assertThat(roots)
                .as("the scan finds the session-scoped language and the view-scoped pages")
                .hasSizeGreaterThan(15);

        Map<Class<?>, String> notSerializable = new LinkedHashMap<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Reach> todo = new ArrayDeque<>();
        roots.forEach(r -> todo.add(new Reach(r, r.getSimpleName())));
        while (!todo.isEmpty()) {
            Reach next = todo.poll();
            if (!seen.add(next.type())) {
                continue;
            }
            if (!isSerializable(next.type())) {
                notSerializable.putIfAbsent(next.type(), next.path());
            }
            if (next.type().isSealed()) {
                for (Class<?> permitted : next.type().getPermittedSubclasses()) {
                    todo.add(new Reach(permitted, next.path()));
                }
            }
            for (Class<?> c = next.type(); c != null && c.getName().startsWith(OURS); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())
                            || Modifier.isTransient(f.getModifiers())
                            || isInjectedBeanReference(f)) {
                        continue;
                    }
                    for (Class<?> held : classesIn(f.getGenericType())) {
                        if (held.getName().startsWith(OURS)) {
                            todo.add(new Reach(held, next.path() + "." + f.getName()));
                        } else if (isSurelyNotSerializable(held)) {
                            notSerializable.putIfAbsent(held, next.path() + "." + f.getName());
                        }
                    }
                }
            }
        }
        assertThat(notSerializable)
                .as("classes held in the HTTP session that do not implement Serializable (class=path from the bean)")
                .isEmpty();
    }

    @Test
    void theWalkFindsAClassOfOursThatIsNotSerializableBehindATypeArgument() throws NoSuchFieldException {
        assertThat(classesIn(Holder.class.getDeclaredField("held").getGenericType()))
                .contains(Unserializable.class);
        assertThat(isSerializable(Unserializable.class)).isFalse();
    }

    private record Reach(Class<?> type, String path) {}

    private static final class Unserializable {}

    private static final class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        private Map<String, List<Unserializable[]>> held;
    }

    private static List<Class<?>> sessionScopedBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("academy.xinfang")) {
            if (SESSION_SCOPES.stream().anyMatch(c::isAnnotatedWith)) {
                beans.add(c.reflect());
            }
        }
        return beans;
    }

    /** Enums, primitives and interfaces (a {@code List} field holds some serializable list) pass; what's left must say. */
    private static boolean isSerializable(Class<?> type) {
        return type.isPrimitive()
                || type.isEnum()
                || type.isInterface() && !type.getName().startsWith(OURS)
                || Serializable.class.isAssignableFrom(type);
    }

    /** A concrete class of a library that cannot be serialised ({@code Optional}, a stream's iterator, …). */
    private static boolean isSurelyNotSerializable(Class<?> type) {
        return !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers())
                && type != Object.class
                && !isSerializable(type);
    }

    /**
     * An injected normal-scoped bean or session bean: the field holds the container's proxy or EJB reference, which
     * serialises as a reference and is looked up again on the other node (never {@code transient}: it would come back
     * null).
     */
    private static boolean isInjectedBeanReference(Field f) {
        return f.isAnnotationPresent(Inject.class)
                && (f.getType().isAnnotationPresent(Stateless.class)
                        || f.getType().isAnnotationPresent(Singleton.class)
                        || Arrays.stream(f.getType().getAnnotations())
                                .anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class)));
    }

    /** The classes a value of this declared type can be built from: the raw type, type arguments, array elements. */
    static List<Class<?>> classesIn(Type type) {
        List<Class<?>> out = new ArrayList<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Type t = todo.poll();
            if (t instanceof Class<?> c) {
                if (c.isArray()) {
                    todo.add(c.getComponentType());
                } else {
                    out.add(c);
                }
            } else if (t instanceof ParameterizedType p) {
                todo.add(p.getRawType());
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof GenericArrayType a) {
                todo.add(a.getGenericComponentType());
            } else if (t instanceof WildcardType w) {
                todo.addAll(List.of(w.getUpperBounds()));
            } else if (t instanceof TypeVariable<?> v) {
                todo.addAll(List.of(v.getBounds()));
            }
        }
        return out;
    }
}
