package dev.cncfcontrib;

/** The program's entry point: the only place that exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        System.exit(App.run(args));
    }
}
