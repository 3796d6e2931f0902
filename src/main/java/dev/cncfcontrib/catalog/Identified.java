package dev.cncfcontrib.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An enum whose values have a stable, lower-case id as written in the catalog file and on the command line: the
 * constant's name in lower case with hyphens ({@code GITHUB_DISCUSSIONS} is {@code github-discussions}).
 */
public interface Identified {

    /** The constant's name; every enum has it. */
    String name();

    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the constant whose id matches {@code text}, ignoring case and treating '_' like '-'. */
    static <E extends Enum<E> & Identified> E parse(Class<E> type, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + String.join(", ", ids(type)));
    }

    static <E extends Enum<E> & Identified> List<String> ids(Class<E> type) {
        List<String> ids = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            ids.add(constant.id());
        }
        return ids;
    }
}
