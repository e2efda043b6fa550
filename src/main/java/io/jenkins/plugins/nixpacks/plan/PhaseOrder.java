package io.jenkins.plugins.nixpacks.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Topological order of phases by {@code dependsOn}, stable with respect to the plan's own order. */
final class PhaseOrder {
    private PhaseOrder() {}

    static List<Phase> sort(Map<String, Phase> phases) throws PlanException {
        for (Phase p : phases.values()) {
            for (String dep : p.dependsOn()) {
                if (!phases.containsKey(dep)) {
                    throw new PlanException("Phase '" + p.name() + "' depends on '" + dep
                            + "', which is not a phase of this plan (phases: " + String.join(", ", phases.keySet())
                            + "). Fix its dependsOn or add a [phases." + dep + "] section.");
                }
            }
        }
        List<Phase> result = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Map<String, Phase> pending = new LinkedHashMap<>(phases);
        while (!pending.isEmpty()) {
            Phase next = null;
            for (Phase p : pending.values()) {
                if (done.containsAll(p.dependsOn())) {
                    next = p;
                    break;
                }
            }
            if (next == null) {
                throw new PlanException("Phases depend on each other in a cycle: " + describeCycle(pending)
                        + ". Remove one of these dependsOn entries.");
            }
            result.add(next);
            done.add(next.name());
            pending.remove(next.name());
        }
        return result;
    }

    /** Follows dependencies among the stuck phases until one repeats, so the message shows the actual loop. */
    private static String describeCycle(Map<String, Phase> stuck) {
        List<String> path = new ArrayList<>();
        Phase current = stuck.values().iterator().next();
        while (!path.contains(current.name())) {
            path.add(current.name());
            Phase next = null;
            for (String dep : current.dependsOn()) {
                next = stuck.get(dep);
                if (next != null) {
                    break;
                }
            }
            // Every stuck phase waits on another stuck phase, so there is always a next one.
            current = next;
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(current.name()), path.size()));
        loop.add(current.name());
        return String.join(" -> ", loop);
    }
}
