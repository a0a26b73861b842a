package academy.xinfang.platform.importing;

import academy.xinfang.platform.SourceFolder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One feature's steps of an import (parse a file, check the set, store a file), and the pipeline every import runs
 * ({@link #importAll}): each file is parsed; the files parsed without a problem are checked as a set; those the set
 * check does not refuse are stored. Storing is idempotent: a text stored before (any version) is unchanged, so
 * versions published in the application survive restarts until the file itself changes; a new text becomes the next
 * version. A file with any problem is refused with every problem while what is already online stays. Runs inside the
 * caller's transaction.
 *
 * @param <T> what a file is parsed into
 */
public interface Importer<T> {

    /** What storing a parsed file did. */
    enum Stored {
        ADDED,
        UPDATED,
        UNCHANGED
    }

    /** A parsed file: the item exactly when there is no problem. */
    record Parsed<T>(Optional<T> item, List<ImportProblem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
            if (item.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException("a parsed file has an item exactly when it has no problems");
            }
        }

        public static <T> Parsed<T> of(T item) {
            return new Parsed<>(Optional.of(item), List.of());
        }

        public static <T> Parsed<T> refused(List<ImportProblem> problems) {
            return new Parsed<>(Optional.empty(), problems);
        }
    }

    /** Parses and checks one file on its own; may look at what is stored already. */
    Parsed<T> parse(SourceFolder.SourceFile file);

    /** Problems across the files parsed without a problem; each refuses the file it names. */
    default List<ImportProblem> validate(List<T> parsed) {
        return List.of();
    }

    Stored store(T item, Instant now);

    Clock clock();

    /** Runs the pipeline over the files of a folder and the problems met reading it. */
    default ImportReport importAll(List<SourceFolder.SourceFile> files, List<ImportProblem> readProblems) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        Map<T, String> fileOf = new IdentityHashMap<>();
        List<T> parsed = new ArrayList<>();
        for (SourceFolder.SourceFile file : files) {
            Parsed<T> result = parse(file);
            problems.addAll(result.problems());
            result.item().ifPresent(item -> {
                parsed.add(item);
                fileOf.put(item, file.name());
            });
        }
        List<ImportProblem> setProblems = validate(List.copyOf(parsed));
        problems.addAll(setProblems);
        Set<String> refusedBySet = new HashSet<>();
        setProblems.forEach(p -> refusedBySet.add(p.file()));
        int[] counts = new int[Stored.values().length];
        Instant now = clock().instant();
        for (T item : parsed) {
            if (!refusedBySet.contains(fileOf.get(item))) {
                counts[store(item, now).ordinal()]++;
            }
        }
        int refused =
                (int) problems.stream().map(ImportProblem::file).distinct().count();
        return new ImportReport(
                now,
                counts[Stored.ADDED.ordinal()],
                counts[Stored.UPDATED.ordinal()],
                counts[Stored.UNCHANGED.ordinal()],
                refused,
                problems);
    }

    /**
     * The store every versioned import shares: nothing when the aggregate {@code existing} already has a version with
     * this text ({@code hasText}); otherwise {@code addVersion} adds the next version to it, or to the aggregate
     * {@code create} makes when there is none yet.
     */
    static <A> Stored storeIfNew(
            Optional<A> existing, Predicate<A> hasText, Supplier<A> create, Consumer<A> addVersion) {
        if (existing.isPresent() && hasText.test(existing.get())) {
            return Stored.UNCHANGED;
        }
        addVersion.accept(existing.orElseGet(create));
        return existing.isPresent() ? Stored.UPDATED : Stored.ADDED;
    }

    /**
     * The set check of files that declare what must be unique (a scenario id, a course key): the first file in name
     * order keeps it, each later one gets the problem {@code duplicate} makes from it and the earlier file's name.
     */
    static <T> List<ImportProblem> laterDuplicates(
            List<T> parsed,
            Function<T, String> key,
            Function<T, String> file,
            BiFunction<T, String, ImportProblem> duplicate) {
        Map<String, String> fileOfKey = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (T item : parsed) {
            String earlier = fileOfKey.putIfAbsent(key.apply(item), file.apply(item));
            if (earlier != null) {
                problems.add(duplicate.apply(item, earlier));
            }
        }
        return problems;
    }
}
