package academy.xinfang.content.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what no single file can: module ids are unique (progress is stored against them), every prerequisite
 * names a module of the set, and prerequisites form no cycle (a learner could never start any module in it).
 * Problems are reported on the file an administrator must change; modules without problems stay usable.
 */
public final class CurriculumValidator {

    private CurriculumValidator() {}

    /**
     * Problems across a set of parsed modules: duplicate ids ({@code content.duplicateId}, on the later file, with
     * the line of its id field), prerequisites that name no module in the set ({@code content.unknownPrerequisite},
     * with the line of the prerequisites field) and prerequisite cycles ({@code content.prerequisiteCycle}, once
     * per cycle, on its member listed first, with the cycle as "a → b → a"). Lines are 0 for modules that were not
     * produced by {@link ModuleParser} in this JVM.
     */
    public static List<ImportProblem> validate(List<ParsedModule> modules) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, ParsedModule> byId = new LinkedHashMap<>();
        for (ParsedModule module : modules) {
            ParsedModule first = byId.putIfAbsent(module.id(), module);
            if (first != null) {
                problems.add(ImportProblem.of(
                        module.file(), line(module, "id"), "content.duplicateId", module.id(), first.file()));
            }
        }
        for (ParsedModule module : modules) {
            for (String prerequisite : module.prerequisites()) {
                if (!byId.containsKey(prerequisite)) {
                    problems.add(ImportProblem.of(
                            module.file(), line(module, "prerequisites"), "content.unknownPrerequisite", prerequisite));
                }
            }
        }
        for (List<ParsedModule> cycle : new Cycles(byId).find()) {
            ParsedModule reported = cycle.get(0);
            String path =
                    cycle.stream().map(ParsedModule::id).collect(Collectors.joining(" → ")) + " → " + reported.id();
            problems.add(ImportProblem.of(
                    reported.file(), line(reported, "prerequisites"), "content.prerequisiteCycle", path));
        }
        return problems;
    }

    private static int line(ParsedModule module, String field) {
        return "id".equals(field) ? module.idLine() : module.prerequisitesLine();
    }

    /**
     * Tarjan's strongly connected components over "needs" edges: each component with more than one module, or a
     * module needing itself, contains a cycle; one concrete cycle through its first-listed member is reported.
     */
    private static final class Cycles {
        private final Map<String, ParsedModule> byId;
        private final Map<String, Integer> position = new HashMap<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<List<ParsedModule>> cycles = new ArrayList<>();
        private int counter;

        Cycles(Map<String, ParsedModule> byId) {
            this.byId = byId;
            int i = 0;
            for (String id : byId.keySet()) {
                position.put(id, i++);
            }
        }

        List<List<ParsedModule>> find() {
            for (String id : byId.keySet()) {
                if (!index.containsKey(id)) {
                    connect(id);
                }
            }
            cycles.sort((a, b) -> Integer.compare(
                    position.get(a.get(0).id()), position.get(b.get(0).id())));
            return cycles;
        }

        private List<String> needs(String id) {
            return byId.get(id).prerequisites().stream()
                    .filter(byId::containsKey)
                    .distinct()
                    .toList();
        }

        private void connect(String id) {
            index.put(id, counter);
            lowLink.put(id, counter);
            counter++;
            stack.push(id);
            onStack.add(id);
            for (String next : needs(id)) {
                if (!index.containsKey(next)) {
                    connect(next);
                    lowLink.put(id, Math.min(lowLink.get(id), lowLink.get(next)));
                } else if (onStack.contains(next)) {
                    lowLink.put(id, Math.min(lowLink.get(id), index.get(next)));
                }
            }
            if (lowLink.get(id).equals(index.get(id))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(id));
                if (component.size() > 1 || needs(id).contains(id)) {
                    cycles.add(cycleThrough(component));
                }
            }
        }

        /** The shortest way from the first-listed member back to itself, staying inside the component. */
        private List<ParsedModule> cycleThrough(List<String> component) {
            Set<String> members = Set.copyOf(component);
            String start = component.stream()
                    .min((a, b) -> Integer.compare(position.get(a), position.get(b)))
                    .orElseThrow();
            Map<String, String> cameFrom = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            String last = null;
            search:
            while (!queue.isEmpty()) {
                String current = queue.poll();
                for (String next : needs(current)) {
                    if (next.equals(start)) {
                        last = current;
                        break search;
                    }
                    if (members.contains(next) && !cameFrom.containsKey(next)) {
                        cameFrom.put(next, current);
                        queue.add(next);
                    }
                }
            }
            List<ParsedModule> cycle = new ArrayList<>();
            for (String step = last; step != null && !step.equals(start); step = cameFrom.get(step)) {
                cycle.add(0, byId.get(step));
            }
            cycle.add(0, byId.get(start));
            return cycle;
        }
    }
}
