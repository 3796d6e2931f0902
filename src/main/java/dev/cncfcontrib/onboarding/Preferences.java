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
 */
public record Preferences(List<String> focusAreas, Maturity maturity, boolean canSignCla, ChatPlatform chat) {

    public Preferences {
        focusAreas = List.copyOf(focusAreas);
    }
}
