package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A scenario's recommended replies (every choice that breaks no taboo) and its settled ending must be something a
 * trainer would sign: no pledge to stop petitioning praised (the course calls that 压访), no commitment made on a
 * leader's behalf by the officer receiving the visitor, and every node open to a typed reply keeps an authored reply
 * to compare it with.
 */
class BestPathRulesTest {

    private static final Pattern PLEDGE = Pattern.compile("承诺书|保证书|息诉罢访承诺|不再上访的(保证|承诺)|签.{0,6}(保证|承诺)");
    private static final Pattern LEADER_COMMITTED = Pattern.compile("(县|乡|镇)?领导(包案|负责|拍板|做主)");
    private static final Pattern THROUGH_PROCEDURE = Pattern.compile("提请|报告|请示|确定后|定下来|按程序|按\"四定\"");

    @Test
    void noRecommendedReplyOrSettledEndingPraisesAPledgeToStopPetitioning() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Scenario s : shipped()) {
            for (ScenarioNode n : s.nodes()) {
                for (Choice c : n.choices()) {
                    if (!c.breaksTaboo() && PLEDGE.matcher(c.text()).find()) {
                        wrong.add(s.id() + "/" + n.id() + ": " + c.text());
                    }
                }
            }
            for (Ending e : s.endings()) {
                if (e.outcome() == Outcome.SETTLED
                        && PLEDGE.matcher(e.debrief()).find()
                        && !e.debrief().contains("压访")) {
                    wrong.add(s.id() + "#" + e.id() + ": " + e.debrief());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noRecommendedReplyCommitsALeaderExceptThroughProcedure() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Scenario s : shipped()) {
            for (ScenarioNode n : s.nodes()) {
                for (Choice c : n.choices()) {
                    if (!c.breaksTaboo()
                            && LEADER_COMMITTED.matcher(c.text()).find()
                            && !THROUGH_PROCEDURE.matcher(c.text()).find()) {
                        wrong.add(s.id() + "/" + n.id() + ": " + c.text());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyNodeOpenToATypedReplyHasAnAuthoredReplyThatBreaksNoTaboo() throws IOException {
        for (Scenario s : shipped()) {
            for (ScenarioNode n : s.nodes()) {
                if (n.freeText()) {
                    assertThat(n.choices())
                            .as("authored best reply at %s/%s", s.id(), n.id())
                            .anyMatch(c -> !c.breaksTaboo() && !c.text().isBlank());
                }
            }
        }
    }

    private static List<Scenario> shipped() throws IOException {
        List<Scenario> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("quizzes", "scenarios"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                LoadResult r = ScenarioLoader.load(f.getFileName().toString(), TestFiles.read(f));
                result.add(r.scenario().orElseThrow(() -> new AssertionError(f + ": " + r.problems())));
            }
        }
        return result;
    }
}
