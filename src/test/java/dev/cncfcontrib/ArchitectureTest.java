package dev.cncfcontrib;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.cncfcontrib.browse.UrlOpener;
import dev.cncfcontrib.git.GitRunner;
import dev.cncfcontrib.net.HttpClients;
import dev.cncfcontrib.net.Network;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout promised in docs/development.md, checked on the compiled classes (every dependency: imports, fully
 * qualified names, calls, fields, signatures), so a rule cannot be dodged by a qualified name and a harmless rename
 * cannot break it.
 *
 * <ul>
 *   <li>The domain packages know nothing of the command line (picocli), the terminal (JLine) or HTTP (okhttp, but
 *       for net, which owns it). picocli's model is read by the command layers: cli, and shell and completion,
 *       which complete and describe the commands from it.</li>
 *   <li>No two packages depend on each other, directly or round a longer loop.</li>
 *   <li>Every way out of the process has a deadline, and there are few of them: git through {@link GitRunner} (a
 *       timeout per call), HTTP through the clients net builds (a call timeout on each), and the person's own
 *       browser through {@link UrlOpener}, waited for as gh does. A process or HTTP client made anywhere else fails
 *       here, so that its author decides on its deadline.</li>
 * </ul>
 */
class ArchitectureTest {

    /** The packages of the program's own domain: no command line, no terminal. */
    static final String[] DOMAIN = {
        "dev.cncfcontrib.browse..", "dev.cncfcontrib.catalog..", "dev.cncfcontrib.dco..", "dev.cncfcontrib.files..",
        "dev.cncfcontrib.git..", "dev.cncfcontrib.links..", "dev.cncfcontrib.live..", "dev.cncfcontrib.net..",
        "dev.cncfcontrib.onboarding..", "dev.cncfcontrib.prompt..", "dev.cncfcontrib.text..", "dev.cncfcontrib.view.."
    };

    private static JavaClasses program;

    @BeforeAll
    static void importTheProgram() {
        // only the program's classes: the picocli sources compiled beside them are picocli's own
        program = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cncfcontrib");
    }

    static ArchRule domainFreeOfPicocliAndJline() {
        return noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..")
                .because("the domain is used by the command line, the shell and tests alike; only cli, shell and"
                        + " completion know the command model, and only shell and cli the terminal");
    }

    static ArchRule jlineOnlyInTheShellAndTheCommandLayer() {
        return noClasses().that().resideOutsideOfPackages("dev.cncfcontrib.shell..", "dev.cncfcontrib.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jline..")
                .because("a command that never asks never loads the terminal library");
    }

    static ArchRule picocliOnlyInTheCommandLayers() {
        return noClasses().that().resideOutsideOfPackages("dev.cncfcontrib", "dev.cncfcontrib.cli..",
                        "dev.cncfcontrib.shell..", "dev.cncfcontrib.completion..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .because("commands are declared in cli; shell and completion only read the command model");
    }

    static ArchRule okhttpOnlyInNet() {
        return noClasses().that().resideOutsideOfPackage("dev.cncfcontrib.net..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
                .because("net sets every client's deadlines, size caps and the hosts a token may go to");
    }

    static ArchRule noPackageCycles() {
        return slices().matching("dev.cncfcontrib.(*)..").should().beFreeOfCycles();
    }

    static ArchRule processesOnlyWhereTheirDeadlinesAre() {
        return noClasses().that().doNotBelongToAnyOf(GitRunner.class, UrlOpener.class)
                .should().callConstructor(ProcessBuilder.class, String[].class)
                .orShould().callConstructor(ProcessBuilder.class, List.class)
                .orShould().callMethodWhere(callTo(Runtime.class, "exec"))
                .because("GitRunner gives each git a timeout and an output cap; UrlOpener waits for the browser as gh"
                        + " does; a new process elsewhere needs its own deadline, decided by its author");
    }

    static ArchRule gitWaitsWithADeadline() {
        return classes().that().haveFullyQualifiedName(GitRunner.class.getName())
                .should(callMethod(Process.class, "waitFor", long.class, TimeUnit.class))
                .because("a git that hangs (a credential prompt, a network filesystem) must not hang the command");
    }

    static ArchRule httpClientsOnlyWhereTheirDeadlinesAre() {
        return noClasses().that().doNotBelongToAnyOf(HttpClients.class, Network.class)
                .should().callConstructorWhere(constructorOf(OkHttpClient.class, OkHttpClient.Builder.class))
                .orShould().callMethod(OkHttpClient.class, "newBuilder")
                .because("HttpClients and Network give every client a call timeout");
    }

    static ArchRule everyHttpClientHasACallTimeout() {
        return classes().that().haveFullyQualifiedName(HttpClients.class.getName())
                .or().haveFullyQualifiedName(Network.class.getName())
                .should(callMethodWhere("call OkHttpClient.Builder.callTimeout", callTo(OkHttpClient.Builder.class, "callTimeout")))
                .because("a server that answers one byte a second must not hold a command for ever");
    }

    static ArchRule noOtherHttpClient() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().callMethod(URL.class, "openConnection")
                .orShould().callMethod(URL.class, "openStream")
                .because("every HTTP request goes through net's clients, which have deadlines");
    }

    @Test
    void domainPackagesKnowNeitherPicocliNorJline() {
        domainFreeOfPicocliAndJline().check(program);
    }

    @Test
    void onlyTheShellAndTheCommandLayerUseJline() {
        jlineOnlyInTheShellAndTheCommandLayer().check(program);
    }

    @Test
    void onlyTheCommandLayersUsePicocli() {
        picocliOnlyInTheCommandLayers().check(program);
    }

    @Test
    void onlyNetUsesOkhttp() {
        okhttpOnlyInNet().check(program);
    }

    @Test
    void packagesHaveNoCycles() {
        noPackageCycles().check(program);
    }

    @Test
    void processesAreStartedOnlyByTheGitRunnerAndTheBrowserOpener() {
        processesOnlyWhereTheirDeadlinesAre().check(program);
        gitWaitsWithADeadline().check(program);
    }

    @Test
    void httpClientsAreBuiltOnlyInNetWithACallTimeout() {
        httpClientsOnlyWhereTheirDeadlinesAre().check(program);
        everyHttpClientHasACallTimeout().check(program);
        noOtherHttpClient().check(program);
    }

    // --- predicates ArchUnit's fluent API has no word for ---

    private static DescribedPredicate<JavaMethodCall> callTo(Class<?> owner, String name) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + name,
                call -> call.getTargetOwner().isEquivalentTo(owner) && call.getName().equals(name));
    }

    private static DescribedPredicate<JavaConstructorCall> constructorOf(Class<?>... owners) {
        return DescribedPredicate.describe("a constructor of OkHttpClient or its Builder", call -> {
            for (Class<?> owner : owners) {
                if (call.getTargetOwner().isEquivalentTo(owner)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static ArchCondition<JavaClass> callMethod(Class<?> owner, String name, Class<?>... parameters) {
        return callMethodWhere("call " + owner.getSimpleName() + "." + name, DescribedPredicate.describe(
                owner.getSimpleName() + "." + name, call -> call.getTargetOwner().isEquivalentTo(owner)
                        && call.getName().equals(name)
                        && call.getTarget().getRawParameterTypes().size() == parameters.length
                        && matches(call, parameters)));
    }

    private static boolean matches(JavaMethodCall call, Class<?>... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            if (!call.getTarget().getRawParameterTypes().get(i).isEquivalentTo(parameters[i])) {
                return false;
            }
        }
        return true;
    }

    /** A class that makes at least one call matching {@code predicate} (ArchUnit's own words only forbid calls). */
    private static ArchCondition<JavaClass> callMethodWhere(String description,
            DescribedPredicate<JavaMethodCall> predicate) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean calls = javaClass.getMethodCallsFromSelf().stream().anyMatch(predicate);
                events.add(new SimpleConditionEvent(javaClass, calls, javaClass.getName()
                        + (calls ? " calls " : " never calls ") + predicate.getDescription()));
            }
        };
    }
}
