package dev.cncfcontrib.onboarding;

import dev.cncfcontrib.catalog.Identified;

/** Where a checklist step stands: not yet seen, done, skipped on purpose, or kept for later. */
public enum StepStatus implements Identified {
    PENDING,
    DONE,
    SKIPPED,
    LATER;

    /** True when the wizard should still bring the step up. */
    public boolean open() {
        return this == PENDING || this == LATER;
    }
}
