package academy.xinfang.account.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Departments in depth-first order with their depth, for indented lists and pickers. */
public final class DepartmentTree {
    public record Entry(DepartmentNode node, int depth) implements Serializable {
        public String getIndentedName() {
            return "\u3000".repeat(depth) + node.name();
        }
    }

    private DepartmentTree() {}

    public static List<Entry> flatten(List<DepartmentNode> nodes) {
        Map<Long, List<DepartmentNode>> children = new HashMap<>();
        List<DepartmentNode> roots = new ArrayList<>();
        for (DepartmentNode n : nodes) {
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Entry> out = new ArrayList<>();
        roots.sort(Comparator.comparing(DepartmentNode::name));
        for (DepartmentNode root : roots) {
            walk(root, 0, children, out);
        }
        return out;
    }

    private static void walk(
            DepartmentNode node, int depth, Map<Long, List<DepartmentNode>> children, List<Entry> out) {
        out.add(new Entry(node, depth));
        List<DepartmentNode> kids = new ArrayList<>(children.getOrDefault(node.id(), List.of()));
        kids.sort(Comparator.comparing(DepartmentNode::name));
        for (DepartmentNode kid : kids) {
            walk(kid, depth + 1, children, out);
        }
    }
}
