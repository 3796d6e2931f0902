package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.ChatPlatform;
import dev.cncfcontrib.catalog.Maturity;
import java.util.List;

/**
 * What the person told the wizard.
 *
 * @param focusAreas  focus values from the catalog; empty means any
 * @param maturity    the preferred maturity, or null for any
 * @param canSignCla  false when the person may not sign a CLA (some employers forbid it)
 * @param chat        the chat platform the person already uses, or null
 * @param language    the programming language the person wants to work in (GitHub's spelling), or null for any
 */
public record Preferences(List<String> focusAreas, Maturity maturity, boolean canSignCla, ChatPlatform chat, String language) {

    public Preferences {
        focusAreas = List.copyOf(focusAreas);
    }

    /** No language preference. */
    public Preferences(List<String> focusAreas, Maturity maturity, boolean canSignCla, ChatPlatform chat) {
        this(focusAreas, maturity, canSignCla, chat, null);
    }
}
