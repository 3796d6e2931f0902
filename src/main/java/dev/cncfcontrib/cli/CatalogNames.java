package dev.cncfcontrib.cli;

import dev.cncfcontrib.catalog.Catalog;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Completion candidates that come from the catalog in use: the ids and aliases of its projects or groups. Commands
 * build these with their options, but they are iterated only to write a completion script or to complete in the
 * shell, so running a command never loads the catalog for them.
 */
abstract class CatalogNames implements Iterable<String> {

    /**
     * The names a completion script may hold. The catalog may come from a downloaded landscape, and the scripts
     * put these words inside shell code: anything beyond this plain spelling (spaces, quotes, {@code $}) is left
     * out rather than quoted. Names with spaces ("open policy agent") still resolve when typed.
     */
    private static final Pattern SHELL_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,99}");

    private final Context context;

    CatalogNames(Context context) {
        this.context = context;
    }

    @Override
    public Iterator<String> iterator() {
        Set<String> names = new LinkedHashSet<>();
        for (Named named : entries(context.catalog().catalog())) {
            add(names, named.id());
            for (String alias : named.aliases()) {
                add(names, alias);
            }
        }
        return names.iterator();
    }

    private static void add(Set<String> names, String name) {
        if (name != null && SHELL_WORD.matcher(name).matches()) {
            names.add(name);
        }
    }

    abstract List<Named> entries(Catalog catalog);

    /** An entry's id and aliases. */
    record Named(String id, List<String> aliases) {
    }

    /** Ids and aliases of the catalog's projects: {@code show}, {@code --project}. */
    static final class Projects extends CatalogNames {
        Projects(Context context) {
            super(context);
        }

        @Override
        List<Named> entries(Catalog catalog) {
            return catalog.projects().stream().map(p -> new Named(p.id(), p.aliases())).toList();
        }
    }

    /** Ids and aliases of the catalog's community groups: {@code groups NAME}. */
    static final class Groups extends CatalogNames {
        Groups(Context context) {
            super(context);
        }

        @Override
        List<Named> entries(Catalog catalog) {
            return catalog.groups().stream().map(g -> new Named(g.id(), g.aliases())).toList();
        }
    }
}
