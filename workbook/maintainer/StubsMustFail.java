/*
 * Proves that every exercise is still an exercise: run by `./mvnw verify -Psolutions` in each module
 * (see the `solutions` profile of the root pom.xml) with the untouched stubs first on the class path.
 *
 *   1. every stub in src/main/java/.../exercises has a reference solution in src/solutions/java, and back,
 *      and both state ONE contract: the same public (non-private) signatures and the same Javadoc. The
 *      solution may add private members and "(Reference solution.)" to its class comment; nothing else;
 *   2. there is at least one exercise test (a test tagged "exercise-N");
 *   3. every exercise test FAILS against the stubs. A test that passes without a solution cannot tell a
 *      learner anything, so it is named and the build fails.
 *
 * Usage: java -cp <stub-classes>:<test class path> StubsMustFail.java <module dir> <test-classes dir>
 */

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

public class StubsMustFail {

    public static void main(String[] args) throws IOException {
        Path module = Path.of(args[0]);
        Path testClasses = Path.of(args[1]);
        List<String> problems = new ArrayList<>();

        Set<String> stubs = exerciseSources(module.resolve("src/main/java"));
        Set<String> solutions = exerciseSources(module.resolve("src/solutions/java"));
        for (String stub : stubs) {
            if (!solutions.contains(stub)) problems.add("stub without a reference solution: src/main/java/" + stub);
        }
        for (String solution : solutions) {
            if (!stubs.contains(solution)) problems.add("solution without a stub: src/solutions/java/" + solution);
        }
        for (String stub : stubs) {
            if (solutions.contains(stub)) {
                problems.addAll(contractDifferences(module.resolve("src/main/java/" + stub),
                        module.resolve("src/solutions/java/" + stub)));
            }
        }

        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request().selectors(selectClasspathRoots(Set.of(testClasses))).build());
        List<String> exerciseTags = new ArrayList<>(exerciseTags(plan, plan.getRoots()));
        if (exerciseTags.isEmpty()) problems.add("no exercise tests (tests tagged \"exercise-N\") found in " + testClasses);

        // Run the exercise tests. Parameterized and dynamic tests only exist while running, so every test
        // that ran is recorded here, not taken from the discovered plan.
        Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        if (!exerciseTags.isEmpty()) {
            launcher.execute(request()
                    .selectors(selectClasspathRoots(Set.of(testClasses)))
                    .filters(TagFilter.includeTags(exerciseTags))
                    .build(), new TestExecutionListener() {
                        private TestPlan running;

                        @Override
                        public void testPlanExecutionStarted(TestPlan testPlan) {
                            running = testPlan;
                        }

                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (id.isTest()) results.put(describe(running, id), result);
                            else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                                results.put(describe(running, id) + " (container)", result);
                            }
                        }
                    });
        }
        if (!exerciseTags.isEmpty() && results.isEmpty()) problems.add("no exercise test ran");
        results.forEach((test, result) -> {
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                problems.add("exercise test PASSES against the untouched stub: " + test);
            }
        });
        long tests = results.keySet().stream().filter(name -> !name.endsWith(" (container)")).count();

        String moduleName = module.getFileName().toString();
        if (problems.isEmpty()) {
            System.out.printf("[stubs-must-fail] %s: all %d exercise tests of %d exercises fail against the"
                    + " untouched stubs; %d stubs, each with its solution.%n",
                    moduleName, tests, exerciseTags.size(), stubs.size());
            return;
        }
        System.err.printf("[stubs-must-fail] %s: %d problem(s):%n", moduleName, problems.size());
        problems.forEach(p -> System.err.println("  - " + p));
        System.exit(1);
    }

    private static LauncherDiscoveryRequestBuilder request() {
        // No auto-registered listener: the learner's progress report is for learners; here it would only confuse.
        return LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.platform.execution.listeners.deactivate", "*")
                .configurationParameter("workbook.progress.enabled", "false")
                .configurationParameter("workbook.failures.console", "false");
    }

    private static Set<String> exerciseTags(TestPlan plan, Set<TestIdentifier> nodes) {
        Set<String> tags = new TreeSet<>();
        for (TestIdentifier node : nodes) {
            node.getTags().stream().map(TestTag::getName).filter(name -> name.startsWith("exercise-")).forEach(tags::add);
            tags.addAll(exerciseTags(plan, plan.getChildren(node)));
        }
        return tags;
    }

    /** "class display name > method display name > invocation", from the top-most class down. */
    private static String describe(TestPlan plan, TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier node = test; node != null && node.getSource().isPresent();
                node = plan.getParent(node).orElse(null)) {
            names.add(0, node.getDisplayName());
        }
        return String.join(" > ", names);
    }

    private static Set<String> exerciseSources(Path root) throws IOException {
        if (!Files.isDirectory(root)) return Set.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(root::relativize)
                    .filter(p -> p.toString().contains("/exercises/"))
                    .map(Path::toString)
                    .collect(Collectors.toCollection(TreeSet::new));
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
                    return super.visitClass(tree, unused);
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
