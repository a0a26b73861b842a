package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private static final String HEAD = """
            id: t
            title: 测试
            persona: {visitorType: FIRST_TIME, name: 甲, background: 乙, wants: 丙}
            initial: {agitation: 50, trust: 50}
            """;

    private static List<ImportProblem> problems(String yaml) {
        LoadResult result = ScenarioLoader.load("t.yaml", yaml);
        assertThat(result.isValid()).as("expected problems").isFalse();
        return result.problems();
    }

    @Test
    void loadsEveryPartOfAValidFile() {
        Scenario s = Fixtures.scenario("valid.yaml");

        assertThat(s.id()).isEqualTo("fixture");
        assertThat(s.file()).isEqualTo("valid.yaml");
        assertThat(s.persona().visitorType()).isEqualTo(Tag.FIRST_TIME);
        assertThat(s.initial()).isEqualTo(new VisitorState(50, 50));
        assertThat(s.start()).isEqualTo("a");
        assertThat(s.nodes()).extracting(ScenarioNode::id).containsExactly("a", "b", "angry");
        ScenarioNode a = s.node("a").orElseThrow();
        assertThat(a.freeText()).isTrue();
        assertThat(a.line()).isEqualTo(6);
        Choice cold = a.choices().get(1);
        assertThat(cold.effects().taboos()).containsExactly(Tag.COLD_RECEPTION);
        assertThat(cold.effects().qualities()).containsEntry(Tag.PROFESSIONAL_ETHICS, -10);
        assertThat(cold.effects().agitation()).isEqualTo(40);
        assertThat(cold.effects().trust()).isEqualTo(-60);
        assertThat(cold.section()).isEqualTo("six-taboos#cold-reception");
        assertThat(a.transitions().get(0).when().source()).isEqualTo("agitation >= 80");
        assertThat(s.endings()).extracting(Ending::outcome).containsExactly(Outcome.SETTLED, Outcome.LEVEL_SKIPPING);
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        List<ImportProblem> problems = problems(HEAD + "nodes:\n  - id: a\n    stage: [RECEIVING\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("roleplay.badYaml");
            assertThat(p.file()).isEqualTo("t.yaml");
            assertThat(p.line()).isGreaterThanOrEqualTo(7);
        });
    }

    @Test
    void emptyFileIsBadYaml() {
        assertThat(problems("")).extracting(ImportProblem::key).containsExactly("roleplay.badYaml");
    }

    @Test
    void typeTagsAreRefusedSoNoObjectCanBeInstantiated() {
        List<ImportProblem> problems = problems(HEAD + "nodes: !!java.util.ArrayList []\nendings: []\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("roleplay.badYaml");
            assertThat(p.line()).isEqualTo(5);
        });
        assertThat(problems("id: !foo x\n")).extracting(ImportProblem::key).containsExactly("roleplay.badYaml");
    }

    @Test
    void missingFieldNamesTheFieldAndTheLineOfItsOwner() {
        String yaml = HEAD + """
                nodes:
                  - id: a
                    visitor: 你好
                    choices:
                      - {text: 好, next: done}
                endings:
                  - {id: done, outcome: SETTLED, debrief: 好}
                """;

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("roleplay.missingField");
            assertThat(p.arguments()).containsExactly("stage");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.node()).isEqualTo("a");
        });
    }

    @Test
    void unknownTagIsReportedOnItsLine() {
        String yaml = HEAD + """
                nodes:
                  - id: a
                    stage: RECEIVING
                    visitor: 你好
                    choices:
                      - text: 好
                        effects:
                          taboos: [RUDENESS]
                        next: done
                endings:
                  - {id: done, outcome: SETTLED, debrief: 好}
                """;

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("roleplay.unknownTag");
            assertThat(p.arguments()).containsExactly("RUDENESS");
            assertThat(p.line()).isEqualTo(12);
        });
    }

    @Test
    void qualityUnderTaboosIsTheWrongKind() {
        String yaml = HEAD + """
                nodes:
                  - id: a
                    stage: RECEIVING
                    visitor: 你好
                    choices:
                      - {text: 好, effects: {taboos: [INNOVATION]}, next: done}
                endings:
                  - {id: done, outcome: SETTLED, debrief: 好}
                """;

        assertThat(problems(yaml)).extracting(ImportProblem::key).containsExactly("roleplay.wrongTagKind");
    }

    @Test
    void unknownTargetIsReportedOnTheChoiceLine() {
        String yaml = HEAD + """
                nodes:
                  - id: a
                    stage: RECEIVING
                    visitor: 你好
                    choices:
                      - text: 好
                        next: nowhere
                endings:
                  - {id: done, outcome: SETTLED, debrief: 好}
                """;

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("roleplay.unknownNode");
            assertThat(p.arguments()).containsExactly("nowhere");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.node()).isEqualTo("a");
        });
    }

    @Test
    void unparsableConditionAndBadValuesAreReported() {
        String yaml = HEAD.replace("agitation: 50", "agitation: 150") + """
                nodes:
                  - id: a
                    stage: WAITING
                    visitor: 你好
                    choices:
                      - {text: 好, next: done, effects: {trust: lots}}
                    transitions:
                      - {when: "mood is bad", next: done}
                endings:
                  - {id: done, outcome: SETTLED, debrief: 好}
                """;

        assertThat(problems(yaml))
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("roleplay.badValue", 4),
                        Tuple.tuple("roleplay.badValue", 7),
                        Tuple.tuple("roleplay.badValue", 10),
                        Tuple.tuple("roleplay.badCondition", 12));
    }

    @Test
    void unknownAndDuplicateKeysAreReported() {
        String yaml = HEAD + "tittle: x\nid: again\nnodes: []\nendings: []\n";

        assertThat(problems(yaml))
                .extracting(ImportProblem::key)
                .contains("roleplay.unknownField", "roleplay.duplicateKey");
    }

    @Test
    void duplicateIdsAcrossNodesAndEndingsAreReported() {
        String yaml = HEAD + """
                nodes:
                  - id: done
                    stage: RECEIVING
                    visitor: 你好
                    choices:
                      - {text: 好, next: done}
                endings:
                  - {id: done, outcome: SETTLED, debrief: 好}
                """;

        assertThat(problems(yaml)).extracting(ImportProblem::key).contains("roleplay.duplicateId");
    }

    @Test
    void recursiveAnchorIsReportedInsteadOfLoopingForever() {
        String yaml = HEAD + "nodes: &n\n  - *n\nendings: []\n";

        assertThat(problems(yaml)).extracting(ImportProblem::key).contains("roleplay.badType");
    }

    @Test
    void manyAliasesAreRefusedAsBadYaml() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("b").append(i).append(": [*a, *a]\n");
        }

        assertThat(problems(yaml.toString())).extracting(ImportProblem::key).containsExactly("roleplay.badYaml");
    }

    @Test
    void problemPrintsLikeACompilerMessage() {
        ImportProblem p = ImportProblem.atNode("x.yaml", 3, "a", "roleplay.unknownNode", "b");

        assertThat(p).hasToString("x.yaml:3: [a] roleplay.unknownNode [b]");
    }
}
