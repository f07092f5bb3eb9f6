package dev.futuresworkbook.maintainer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import dev.futuresworkbook.testkit.Exercises;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exercise is still an exercise, as the lesson's list ({@link Exercises#LIST}) names them:
 *
 * <ol>
 *   <li>every listed exercise has its stub ({@code src/main/java/dev/futuresworkbook/<lesson>/exercises}), its
 *       reference solution (same path under {@code src/solutions/java}) and its test class
 *       ({@code Exercise<N><Stub>Test}); every stub has a solution and back, and every test class in
 *       {@code exercises} is listed;
 *   <li>a stub and its solution state ONE contract: the same non-private signatures and the same Javadoc (the
 *       solution may add private members and "(Reference solution.)" to its class comment);
 *   <li>run the one way ({@code ExerciseRunner}) against the untouched stubs, every test of each listed exercise
 *       runs, is tagged {@code exercise-N}, and FAILS. A test that passes without a solution cannot tell a learner
 *       anything, so it is named.
 * </ol>
 */
@DisplayName("Stubs must fail · 스텁은 실패해야 함: every exercise test fails on the untouched stubs")
@ResourceLock(value = Lessons.LOCK, mode = ResourceAccessMode.READ_WRITE)
class StubsMustFailTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.futuresworkbook.maintainer.Lessons#all")
    @Timeout(120)
    @DisplayName("listed, paired, one contract, and every exercise test fails against the stubs")
    void stubsMustFail(Path lesson) throws IOException {
        List<String> problems = problems(lesson, Lessons.built(lesson, "stub-classes"), Lessons.built(lesson, "test-classes"));
        assertThat(problems).as("%s: stubs-must-fail", lesson.getFileName()).isEmpty();
    }

    /** What is wrong with a lesson's exercises, given its stubs and tests compiled into the two folders. */
    static List<String> problems(Path lesson, Path stubClasses, Path testClasses) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Exercises.Exercise> list = Exercises.of(lesson);
        if (list.isEmpty()) problems.add("the exercise list " + Exercises.LIST + " names no exercise");
        Set<String> stubs = sources(lesson.resolve("src/main/java"));
        Set<String> solutions = sources(lesson.resolve("src/solutions/java"));
        Set<String> tests = sources(lesson.resolve("src/test/java"));
        Set<String> packages = Stream.of(stubs, tests).flatMap(Set::stream)
                .map(p -> p.substring(0, p.lastIndexOf('/'))).collect(Collectors.toCollection(TreeSet::new));
        if (packages.size() != 1 || !packages.iterator().next().matches("dev/futuresworkbook/[a-z]+/exercises")) {
            problems.add("stubs and tests live in one package dev.futuresworkbook.<lesson>.exercises, not " + packages);
        }
        String dir = packages.isEmpty() ? "" : packages.iterator().next() + "/";
        Set<String> listedTests = new TreeSet<>();
        for (Exercises.Exercise e : list) {
            if (!stubs.contains(dir + e.stub() + ".java")) problems.add("exercise " + e.number() + ": no stub src/main/java/" + dir + e.stub() + ".java");
            if (!tests.contains(dir + e.test() + ".java")) problems.add("exercise " + e.number() + ": no test src/test/java/" + dir + e.test() + ".java");
            if (!Exercises.numberOfTestClass(e.test()).equals(java.util.Optional.of(e.number()))) {
                problems.add("exercise " + e.number() + ": its test class is named Exercise" + e.number() + "<Stub>Test, not " + e.test());
            }
            listedTests.add(dir + e.test() + ".java");
        }
        tests.stream().filter(t -> !listedTests.contains(t)).forEach(t -> problems.add("test class not in the exercise list: " + t));
        stubs.stream().filter(s -> !solutions.contains(s)).forEach(s -> problems.add("stub without a reference solution: src/main/java/" + s));
        solutions.stream().filter(s -> !stubs.contains(s)).forEach(s -> problems.add("solution without a stub: src/solutions/java/" + s));
        for (String stub : stubs) {
            if (solutions.contains(stub)) {
                problems.addAll(contractDifferences(lesson.resolve("src/main/java/" + stub), lesson.resolve("src/solutions/java/" + stub)));
            }
        }

        Map<String, Lessons.Ran> ran = Lessons.runExerciseTests(stubClasses, testClasses);
        for (Exercises.Exercise e : list) {
            if (ran.values().stream().noneMatch(r -> r.testClass().endsWith("." + e.test()))) {
                problems.add("exercise " + e.number() + ": no test of " + e.test() + " ran");
            }
        }
        ran.forEach((test, r) -> {
            String simpleName = r.testClass().substring(r.testClass().lastIndexOf('.') + 1);
            Exercises.numberOfTestClass(simpleName).map(n -> Exercises.TAG_PREFIX + n)
                    .filter(tag -> !r.tags().contains(tag))
                    .ifPresent(tag -> problems.add("not tagged " + tag + ": " + test));
            if (r.passed()) problems.add("exercise test PASSES against the untouched stub: " + test);
        });
        return problems;
    }

    /** The .java files under {@code root} in an {@code exercises} package, relative to it. */
    private static Set<String> sources(Path root) throws IOException {
        if (!Files.isDirectory(root)) return Set.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(root::relativize).map(Path::toString)
                    .filter(p -> p.contains("/exercises/")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Where a stub and its solution state different contracts; empty when they state the same one. */
    static List<String> contractDifferences(Path stub, Path solution) throws IOException {
        List<String> stubContract = contract(stub);
        List<String> solutionContract = contract(solution);
        List<String> differences = new ArrayList<>();
        for (String line : stubContract) {
            if (!solutionContract.contains(line)) differences.add(line);
        }
        for (String line : solutionContract) {
            if (!stubContract.contains(line)) differences.add(line);
        }
        return differences.isEmpty() ? List.of() : List.of("stub and solution state different contracts (public"
                + " signatures or Javadoc): " + stub + " vs " + solution + "\n      differs at: "
                + String.join("\n      differs at: ", differences.stream().map(d -> abbreviate(d)).toList()));
    }

    /**
     * The contract a file states: each non-private class, method and field, as signature + Javadoc, one line
     * each. Method bodies, private members and annotations are not part of it.
     */
    static List<String> contract(Path file) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (var files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, diagnostic -> { }, List.of("-proc:none"), null,
                    files.getJavaFileObjects(file));
            CompilationUnitTree unit = task.parse().iterator().next();
            DocTrees docs = DocTrees.instance(task);
            List<String> contract = new ArrayList<>();
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitClass(ClassTree tree, Void unused) {
                    if (isPrivate(tree.getModifiers())) return null;
                    contract.add(entry(tree.getKind().toString().toLowerCase(java.util.Locale.ROOT) + " "
                            + tree.getSimpleName() + tree.getTypeParameters()
                            + (tree.getExtendsClause() == null ? "" : " extends " + tree.getExtendsClause())
                            + (tree.getImplementsClause().isEmpty() ? "" : " implements " + tree.getImplementsClause()),
                            tree.getModifiers()));
                    return super.visitClass(tree, null);
                }

                @Override
                public Void visitMethod(MethodTree tree, Void unused) {
                    if (!isPrivate(tree.getModifiers())) {
                        contract.add(entry(tree.getTypeParameters() + " " + tree.getReturnType() + " " + tree.getName()
                                + tree.getParameters() + " throws " + tree.getThrows(), tree.getModifiers()));
                    }
                    return null; // a body is not part of the contract
                }

                @Override
                public Void visitVariable(VariableTree tree, Void unused) {
                    if (!isPrivate(tree.getModifiers())) {
                        contract.add(entry(tree.getType() + " " + tree.getName() + " = " + tree.getInitializer(),
                                tree.getModifiers()));
                    }
                    return null;
                }

                private String entry(String signature, ModifiersTree modifiers) {
                    DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
                    String javadoc = doc == null ? "" : doc.toString()
                            .replace("(Reference solution.)", "")
                            .replaceAll("\\s+", " ").strip();
                    return modifiers.getFlags() + " " + signature.replaceAll("\\s+", " ") + " /** " + javadoc + " */";
                }
            }.scan(unit, null);
            return contract;
        }
    }

    private static boolean isPrivate(ModifiersTree modifiers) {
        return modifiers.getFlags().contains(Modifier.PRIVATE);
    }

    /** One line of a contract as a person reads it: not too long, and with Korean as Korean, not as \\u escapes. */
    private static String abbreviate(String line) {
        String text = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(line)
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
