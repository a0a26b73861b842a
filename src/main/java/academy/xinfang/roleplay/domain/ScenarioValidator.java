package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the shape of a scenario so that every talk can finish: every target exists, every node is reachable from
 * the start, no node is a dead end, some ending is reachable, no cycle traps the officer, conditions can hold
 * (and do not always hold), tags are of the right kind, and every taboo choice carries a better reply and a
 * {@code module#section} link. Reachability treats every choice and every transition as a possible move; which ones
 * the visitor's mood really allows is explored by {@link ScenarioExplorer}.
 *
 * <p>Problem keys: {@code roleplay.unknownNode}, {@code roleplay.duplicateId}, {@code roleplay.wrongTagKind},
 * {@code roleplay.unreachableNode}, {@code roleplay.unreachableEnding}, {@code roleplay.deadEnd},
 * {@code roleplay.noEndings}, {@code roleplay.noEndingReachable}, {@code roleplay.loopWithoutExit},
 * {@code roleplay.badCondition}, {@code roleplay.missingBetter}, {@code roleplay.badSection}; and, once the shape is
 * sound, {@code roleplay.bestNotA} when the best complete run of the authored replies earns less than an A.
 */
public final class ScenarioValidator {

    private static final Pattern SECTION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]+(-[a-z0-9]+)*");

    private ScenarioValidator() {}

    public static List<ImportProblem> validate(Scenario scenario) {
        List<ImportProblem> problems = new ArrayList<>();
        String file = scenario.file();
        problems.addAll(referenceProblems(scenario));
        if (scenario.endings().isEmpty()) {
            problems.add(ImportProblem.atNode(file, 0, "", "roleplay.noEndings"));
        }
        for (ScenarioNode n : scenario.nodes()) {
            checkNode(scenario, n, problems);
        }
        checkGraph(scenario, problems);
        if (problems.isEmpty()) {
            checkScores(scenario, problems);
        }
        return List.copyOf(problems);
    }

    /**
     * Ids used twice, and a start, choice or transition naming no node or ending. The loader uses this too, so a
     * file with a dangling reference never loads.
     */
    static List<ImportProblem> referenceProblems(Scenario scenario) {
        String file = scenario.file();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ScenarioNode n : scenario.nodes()) {
            if (!ids.add(n.id())) {
                problems.add(ImportProblem.atNode(file, n.line(), n.id(), "roleplay.duplicateId", n.id()));
            }
        }
        for (Ending e : scenario.endings()) {
            if (!ids.add(e.id())) {
                problems.add(ImportProblem.atNode(file, e.line(), e.id(), "roleplay.duplicateId", e.id()));
            }
        }
        if (scenario.node(scenario.start()).isEmpty()) {
            problems.add(ImportProblem.atNode(file, 0, "", "roleplay.unknownNode", scenario.start()));
        }
        for (ScenarioNode n : scenario.nodes()) {
            for (Choice c : n.choices()) {
                if (!ids.contains(c.next())) {
                    int line = c.line() > 0 ? c.line() : n.line();
                    problems.add(ImportProblem.atNode(file, line, n.id(), "roleplay.unknownNode", c.next()));
                }
            }
            for (Transition t : n.transitions()) {
                if (!ids.contains(t.next())) {
                    int line = t.line() > 0 ? t.line() : n.line();
                    problems.add(ImportProblem.atNode(file, line, n.id(), "roleplay.unknownNode", t.next()));
                }
            }
        }
        return problems;
    }

    private static void checkNode(Scenario scenario, ScenarioNode n, List<ImportProblem> problems) {
        String file = scenario.file();
        if (n.choices().isEmpty()) {
            problems.add(ImportProblem.atNode(file, n.line(), n.id(), "roleplay.deadEnd", n.id()));
        }
        for (Choice c : n.choices()) {
            int line = c.line() > 0 ? c.line() : n.line();
            for (Tag q : c.effects().qualities().keySet()) {
                if (q.kind() != TagKind.QUALITY) {
                    problems.add(
                            ImportProblem.atNode(file, line, n.id(), "roleplay.wrongTagKind", q.name(), "QUALITY"));
                }
            }
            for (Tag t : c.effects().taboos()) {
                if (t.kind() != TagKind.TABOO) {
                    problems.add(ImportProblem.atNode(file, line, n.id(), "roleplay.wrongTagKind", t.name(), "TABOO"));
                }
            }
            if (c.breaksTaboo() && c.better().isBlank()) {
                problems.add(ImportProblem.atNode(file, line, n.id(), "roleplay.missingBetter", c.text()));
            }
            if (c.breaksTaboo() && c.section().isBlank()) {
                problems.add(ImportProblem.atNode(file, line, n.id(), "roleplay.badSection", ""));
            }
            if (!c.section().isBlank() && !SECTION.matcher(c.section()).matches()) {
                problems.add(ImportProblem.atNode(file, line, n.id(), "roleplay.badSection", c.section()));
            }
        }
        for (Transition t : n.transitions()) {
            int line = t.line() > 0 ? t.line() : n.line();
            if (!t.when().isSatisfiable()) {
                problems.add(ImportProblem.atNode(
                        file, line, n.id(), "roleplay.badCondition", t.when().source(), "never"));
            } else if (t.when().isAlwaysTrue()) {
                problems.add(ImportProblem.atNode(
                        file, line, n.id(), "roleplay.badCondition", t.when().source(), "always"));
            }
        }
    }

    private static void checkGraph(Scenario scenario, List<ImportProblem> problems) {
        String file = scenario.file();
        Map<String, ScenarioNode> nodes = scenario.nodesById();
        Set<String> endings = new HashSet<>();
        scenario.endings().forEach(e -> endings.add(e.id()));

        Set<String> reachable = reachableFrom(scenario.start(), nodes);
        for (ScenarioNode n : scenario.nodes()) {
            if (!reachable.contains(n.id())) {
                problems.add(ImportProblem.atNode(file, n.line(), n.id(), "roleplay.unreachableNode", n.id()));
            }
        }
        for (Ending e : scenario.endings()) {
            if (!reachable.contains(e.id())) {
                problems.add(ImportProblem.atNode(file, e.line(), e.id(), "roleplay.unreachableEnding", e.id()));
            }
        }
        if (nodes.containsKey(scenario.start())
                && !endings.isEmpty()
                && reachable.stream().noneMatch(endings::contains)) {
            problems.add(ImportProblem.atNode(file, 0, scenario.start(), "roleplay.noEndingReachable"));
        }

        // Nodes that can still finish: walk backwards from the endings.
        Map<String, Set<String>> predecessors = new HashMap<>();
        for (ScenarioNode n : nodes.values()) {
            for (String target : Scenario.targetsOf(n)) {
                predecessors.computeIfAbsent(target, k -> new HashSet<>()).add(n.id());
            }
        }
        Set<String> canFinish = new HashSet<>(endings);
        Deque<String> work = new ArrayDeque<>(endings);
        while (!work.isEmpty()) {
            for (String p : predecessors.getOrDefault(work.pop(), Set.of())) {
                if (canFinish.add(p)) {
                    work.push(p);
                }
            }
        }
        for (ScenarioNode n : nodes.values()) {
            if (reachable.contains(n.id())
                    && !canFinish.contains(n.id())
                    && !n.choices().isEmpty()
                    && reachableFrom(n.id(), nodes).stream()
                            .anyMatch(m -> nodes.containsKey(m)
                                    && Scenario.targetsOf(nodes.get(m)).contains(n.id()))) {
                problems.add(ImportProblem.atNode(file, n.line(), n.id(), "roleplay.loopWithoutExit", n.id()));
            }
        }
    }

    /**
     * The best complete run of the authored replies must earn an A: a scenario whose model answers cannot reach the
     * top grade would teach officers that even the right reception falls short (reported at the best run's ending).
     */
    private static void checkScores(Scenario scenario, List<ImportProblem> problems) {
        ScenarioScores.RunScore best = ScenarioScores.of(scenario).best();
        if (best.grade() != RolePlayScore.Grade.A) {
            problems.add(ImportProblem.atNode(
                    scenario.file(),
                    best.ending().line(),
                    best.ending().id(),
                    "roleplay.bestNotA",
                    best.points(),
                    best.grade().name()));
        }
    }

    /** Ids reachable from {@code start} (including it), following every choice and transition. */
    static Set<String> reachableFrom(String start, Map<String, ScenarioNode> nodes) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> work = new ArrayDeque<>();
        seen.add(start);
        work.push(start);
        while (!work.isEmpty()) {
            ScenarioNode n = nodes.get(work.pop());
            if (n == null) {
                continue;
            }
            for (String target : Scenario.targetsOf(n)) {
                if (seen.add(target)) {
                    work.push(target);
                }
            }
        }
        return seen;
    }
}
