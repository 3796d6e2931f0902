package dev.cncfcontrib.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local and remote-tracking branches of a repository as one {@code git for-each-ref} lists them: each with its
 * commit, its upstream and, for {@code refs/remotes/<remote>/HEAD}, what it points at. Every question about the
 * current branch, its upstream and a remote's default branch is answered from this one git process, where asking
 * {@code rev-parse} and {@code symbolic-ref} took a process each.
 */
final class Refs {

    /** Fields separated by NUL; a ref name cannot contain NUL or a newline, so one line is one ref. */
    static final String FORMAT = "--format=%(HEAD)%00%(objectname)%00%(objecttype)%00%(refname)%00%(refname:short)"
            + "%00%(upstream)%00%(upstream:short)%00%(symref)%00%(symref:short)";

    /**
     * One ref.
     *
     * @param current        HEAD is this branch
     * @param upstream       the full name of the branch's upstream, empty when none is configured
     * @param upstreamShort  the upstream as {@code rev-parse --abbrev-ref} names it ({@code origin/main})
     * @param symref         for a symbolic ref, the full name of its target, else empty
     * @param symrefShort    that target as {@code symbolic-ref --short} names it
     */
    record Ref(boolean current, String commit, boolean isCommit, String name, String shortName, String upstream,
               String upstreamShort, String symref, String symrefShort) {
    }

    private final List<Ref> refs;
    private final Map<String, Ref> byName = new HashMap<>();

    private Refs(List<Ref> refs) {
        this.refs = List.copyOf(refs);
        for (Ref ref : refs) {
            byName.put(ref.name(), ref);
        }
    }

    /** The arguments of the one git call; {@link #parse} reads its output. */
    static List<String> arguments() {
        return List.of("for-each-ref", FORMAT, "refs/heads", "refs/remotes");
    }

    static Refs parse(byte[] output) {
        List<Ref> refs = new ArrayList<>();
        for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\0", -1);
            if (f.length != 9) {
                continue;
            }
            refs.add(new Ref(f[0].equals("*"), f[1], f[2].equals("commit"), f[3], f[4], f[5], f[6], f[7], f[8]));
        }
        return new Refs(refs);
    }

    /** The branch HEAD is on; empty on a detached HEAD and on a branch without commits yet. */
    Optional<Ref> current() {
        return refs.stream().filter(Ref::current).findFirst();
    }

    Optional<Ref> byFullName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The commit a short name this listing itself gave (an upstream's or a symbolic ref's target, which git
     * shortens only as far as it stays unambiguous) points at; empty for any other name, which only
     * {@code rev-parse} can resolve.
     */
    Optional<String> commitOfGivenShortName(String shortName) {
        for (Ref ref : refs) {
            String target = shortName.equals(ref.upstreamShort()) ? ref.upstream()
                    : shortName.equals(ref.symrefShort()) ? ref.symref() : null;
            if (target != null && !target.isEmpty()) {
                Ref resolved = byName.get(target);
                return resolved != null && resolved.isCommit() ? Optional.of(resolved.commit()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
