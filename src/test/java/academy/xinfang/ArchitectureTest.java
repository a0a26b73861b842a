package academy.xinfang;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The house rules of the layout: code is grouped by feature with domain, application, persistence and web (and api)
 * inside; a feature asks another only through its {@code application} (or {@code domain} value types), never through
 * its tables' repositories or its pages; {@code platform} sits below every feature; the domain is plain Java plus its
 * JPA mapping. A feature missing from {@link #FEATURES} would escape the first rule, so the list is checked too.
 */
@AnalyzeClasses(packages = "academy.xinfang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "academy.xinfang.";

    static final List<String> FEATURES = List.of("account", "authoring", "content", "progress", "quiz", "roleplay");

    /** The layers of a feature that are its own business: another feature neither reads its tables nor its pages. */
    static final Set<String> PRIVATE_LAYERS = Set.of("persistence", "web", "api");

    @ArchTest
    static final ArchRule everyClassIsInAFeatureOrThePlatform = classes()
            .should()
            .resideInAnyPackage(Stream.concat(FEATURES.stream(), Stream.of("platform"))
                    .map(f -> ROOT + f + "..")
                    .toArray(String[]::new))
            .as("every class belongs to a feature listed here or to the platform");

    @ArchTest
    static final ArchRule featuresReadOnlyEachOthersApplicationAndDomain = classes()
            .that()
            .resideInAnyPackage(FEATURES.stream().map(f -> ROOT + f + "..").toArray(String[]::new))
            .should(notReachIntoAnotherFeaturesPrivateLayers())
            .as("no feature depends on another feature's persistence, web or api");

    @ArchTest
    static final ArchRule domainIsPlainJavaWithItsMapping = noClasses()
            .that()
            .resideInAPackage("academy.xinfang..domain..")
            .should()
            .dependOnClassesThat(resideInAPackage("jakarta..")
                    .and(DescribedPredicate.not(resideInAPackage("jakarta.persistence.."))))
            .orShould()
            .dependOnClassesThat(resideInAnyPackage(
                    "academy.xinfang..web..", "academy.xinfang..persistence..", "academy.xinfang..api.."))
            .as("domain depends on no Jakarta API but jakarta.persistence, and on no web, api or persistence");

    @ArchTest
    static final ArchRule platformUsesNoFeature = noClasses()
            .that()
            .resideInAPackage(ROOT + "platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES.stream().map(f -> ROOT + f + "..").toArray(String[]::new))
            .as("platform depends on no feature");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching(ROOT + "(*)..")
            .should()
            .beFreeOfCycles()
            .as("no cycles between features (platform is one slice)");

    /** With no cycles between features, a cycle between these slices can only be between layers of one feature. */
    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching(ROOT + "(*).(*)..")
            .should()
            .beFreeOfCycles()
            .as("no cycles between the layers of a feature");

    private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesPrivateLayers() {
        return new ArchCondition<>("not depend on another feature's persistence, web or api") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = feature(origin.getPackageName()).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    Optional<String> to = feature(target);
                    if (to.isPresent() && !to.get().equals(from) && PRIVATE_LAYERS.contains(layer(target))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> feature(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return Optional.empty();
        }
        String name = packageName.substring(ROOT.length()).split("\\.")[0];
        return FEATURES.contains(name) ? Optional.of(name) : Optional.empty();
    }

    private static String layer(String packageName) {
        String[] parts = packageName.substring(ROOT.length()).split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }
}
