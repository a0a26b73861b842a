package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {

    private static List<ImportProblem> validate(String fixture) {
        return ScenarioValidator.validate(Fixtures.scenario(fixture));
    }

    @Test
    void validFixtureHasNoProblems() {
        assertThat(validate("valid.yaml")).isEmpty();
    }

    @Test
    void aScenarioWhoseBestRunIsNotAnAIsRefusedAtThatRunsEnding() {
        String yaml = """
                id: no-good-way
                title: 无路可走
                persona: {visitorType: FIRST_TIME, name: 甲, background: 乙, wants: 丙}
                initial: {agitation: 50, trust: 50}
                nodes:
                  - id: a
                    stage: RECEIVING
                    visitor: 你好
                    choices:
                      - {text: 热情, effects: {qualities: {PROFESSIONAL_ETHICS: 10}}, next: skip}
                      - {text: 平淡, next: skip}
                endings:
                  - id: skip
                    outcome: LEVEL_SKIPPING
                    debrief: 他还是去了市里
                """;
        Scenario scenario =
                ScenarioLoader.load("no-good-way.yaml", yaml).scenario().orElseThrow();

        assertThat(ScenarioValidator.validate(scenario)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("roleplay.bestNotA");
            assertThat(p.file()).isEqualTo("no-good-way.yaml");
            assertThat(p.line()).as("the line of the ending").isEqualTo(13);
            assertThat(p.node()).isEqualTo("skip");
            assertThat(p.arguments()).containsExactly(RolePlayScore.CAP_FAILURE, "C");
        });
    }

    @Test
    void unreachableNodeAndEndingAreNamed() {
        assertThat(validate("unreachable.yaml"))
                .extracting(ImportProblem::key, ImportProblem::node, ImportProblem::file)
                .containsExactlyInAnyOrder(
                        tuple("roleplay.unreachableNode", "island", "unreachable.yaml"),
                        tuple("roleplay.unreachableEnding", "never", "unreachable.yaml"));
    }

    @Test
    void nodeWithoutChoicesIsADeadEnd() {
        assertThat(validate("dead-end.yaml")).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("roleplay.deadEnd");
            assertThat(p.node()).isEqualTo("stuck");
            assertThat(p.line()).isEqualTo(12);
        });
    }

    @Test
    void scenarioWithoutEndingsIsReported() {
        assertThat(validate("no-ending.yaml"))
                .extracting(ImportProblem::key)
                .contains("roleplay.noEndings", "roleplay.loopWithoutExit");
    }

    @Test
    void noPathFromTheStartReachingAnEndingIsReported() {
        assertThat(validate("unreached-ending.yaml"))
                .extracting(ImportProblem::key, ImportProblem::node)
                .contains(
                        tuple("roleplay.noEndingReachable", "a"),
                        tuple("roleplay.unreachableNode", "orphan"),
                        tuple("roleplay.unreachableEnding", "done"));
    }

    @Test
    void cycleWithNoWayOutIsALoopWithoutExit() {
        assertThat(validate("loop.yaml"))
                .extracting(ImportProblem::key, ImportProblem::node)
                .containsExactlyInAnyOrder(
                        tuple("roleplay.loopWithoutExit", "b"), tuple("roleplay.loopWithoutExit", "c"));
    }

    @Test
    void conditionsThatNeverOrAlwaysHoldAreBad() {
        assertThat(validate("bad-condition.yaml"))
                .extracting(ImportProblem::key, p -> p.arguments().get(1))
                .containsExactlyInAnyOrder(
                        tuple("roleplay.badCondition", "never"), tuple("roleplay.badCondition", "always"));
    }

    @Test
    void tabooChoiceNeedsABetterReplyAndASectionAndSectionsNeedTheirForm() {
        assertThat(validate("missing-better.yaml"))
                .extracting(ImportProblem::key, p -> p.arguments().get(0))
                .containsExactlyInAnyOrder(
                        tuple("roleplay.missingBetter", "去那边排队"),
                        tuple("roleplay.badSection", ""),
                        tuple("roleplay.badSection", "six taboos"));
    }

    @Test
    void scenarioBuiltInCodeIsCheckedForUnknownTargetsAndMisplacedTags() {
        Scenario valid = Fixtures.scenario("valid.yaml");
        List<ScenarioNode> nodes = new ArrayList<>(valid.nodes());
        Effects wrongKinds = new Effects(Map.of(Tag.HARSH_ATTITUDE, 5), List.of(Tag.POLICY_AND_LAW), 0, 0);
        nodes.set(
                1,
                new ScenarioNode(
                        "b",
                        Stage.ANSWERING,
                        "然后呢",
                        false,
                        List.of(new Choice("走", wrongKinds, "nowhere", "", "", 0)),
                        List.of(),
                        0));
        Scenario broken = new Scenario(
                "code",
                valid.id(),
                valid.title(),
                valid.persona(),
                valid.initial(),
                valid.start(),
                nodes,
                valid.endings());

        assertThat(ScenarioValidator.validate(broken))
                .extracting(ImportProblem::key)
                .contains("roleplay.unknownNode", "roleplay.wrongTagKind", "roleplay.missingBetter");
    }
}
