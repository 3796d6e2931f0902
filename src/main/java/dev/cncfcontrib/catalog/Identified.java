package dev.cncfcontrib.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A catalog enum whose values have a stable, lower-case id as written in the catalog file and on the command line. */
public interface Identified {

    String id();

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
